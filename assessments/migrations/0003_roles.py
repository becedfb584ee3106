"""Let trainers and curriculum leads edit instruments and plans and run cohorts."""

from django.db import migrations

from continuum.roles import ensure_permissions_exist, sync_roles


def grant(apps, schema_editor):
    ensure_permissions_exist(apps)
    sync_roles(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("assessments", "0002_instruments_cohorts_attempts"),
        ("curricula", "0002_audiences_and_roles"),
        ("practices", "0002_vocabularies_and_roles"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
