"""Let trainers and curriculum leads create learner accounts."""

from django.db import migrations

from continuum.roles import ensure_permissions_exist, sync_roles


def grant(apps, schema_editor):
    ensure_permissions_exist(apps)
    sync_roles(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("continuum", "0004_account_administration"),
        ("curricula", "0002_audiences_and_roles"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
