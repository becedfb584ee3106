"""Phase → ContinuumStage: the stage of the prison-exit continuum, not an assessment's phase.

The table, the practice pages' links to it and its content type follow the rename (Django);
its permissions are renamed here, so that the groups that had them keep them."""

from django.db import migrations

from continuum.roles import ensure_permissions_exist, sync_roles

ACTIONS = ("add", "change", "delete", "view")


def _rename(apps, old: str, new: str) -> None:
    permission_model = apps.get_model("auth", "Permission")
    for action in ACTIONS:
        permission_model.objects.filter(content_type__app_label="practices", codename=f"{action}_{old}").update(
            codename=f"{action}_{new}"
        )


def rename_permissions(apps, schema_editor):
    _rename(apps, "phase", "continuumstage")
    ensure_permissions_exist(apps)
    sync_roles(apps)


def rename_permissions_back(apps, schema_editor):
    _rename(apps, "continuumstage", "phase")


class Migration(migrations.Migration):
    dependencies = [
        ("practices", "0003_streamfield_blocks_out_of_migrations"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [
        migrations.RenameModel("Phase", "ContinuumStage"),
        migrations.RunPython(rename_permissions, rename_permissions_back),
    ]
