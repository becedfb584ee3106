"""Seed the phases, actor types and target groups; let practice moderators edit them."""

from django.db import migrations

from continuum.roles import ensure_permissions_exist, sync_roles
from practices.vocabulary import ACTOR_TYPES, PHASES, TARGET_GROUPS, ensure_terms


def seed(apps, schema_editor):
    ensure_terms(apps.get_model("practices", "Phase"), PHASES)
    ensure_terms(apps.get_model("practices", "ActorType"), ACTOR_TYPES)
    ensure_terms(apps.get_model("practices", "TargetGroup"), TARGET_GROUPS)
    ensure_permissions_exist(apps)
    sync_roles(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("practices", "0001_initial"),
        ("continuum", "0005_grant_account_creation"),
    ]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
