"""Seed the audiences; give trainers and curriculum leads the facilitator-notes permission."""

from django.db import migrations

from continuum.roles import ensure_permissions_exist, sync_roles
from curricula.vocabulary import ensure_audiences


def seed(apps, schema_editor):
    ensure_audiences(apps.get_model("curricula", "Audience"))
    ensure_permissions_exist(apps)
    sync_roles(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("curricula", "0001_initial"),
        ("continuum", "0003_themes_and_roles"),
    ]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
