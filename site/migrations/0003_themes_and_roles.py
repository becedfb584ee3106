"""Seed the shared vocabulary of themes; create the site's groups with their permissions."""

from django.db import migrations

from continuum.roles import ensure_permissions_exist, sync_roles
from continuum.vocabulary import ensure_themes


def seed_themes(apps, schema_editor):
    ensure_themes(apps.get_model("continuum", "Theme"))


def create_roles(apps, schema_editor):
    ensure_permissions_exist(apps)
    sync_roles(apps)


def retire_wagtail_default_groups(apps, schema_editor):
    """Wagtail's starter groups edit the whole tree; the site's own roles replace them."""
    apps.get_model("auth", "Group").objects.filter(name__in=["Editors", "Moderators"]).delete()
    workflow_model = apps.get_model("wagtailcore", "Workflow")
    apps.get_model("wagtailcore", "WorkflowPage").objects.filter(
        workflow__name="Moderators approval"
    ).delete()
    workflow_model.objects.filter(name="Moderators approval").update(active=False)


class Migration(migrations.Migration):
    dependencies = [
        ("continuum", "0002_home_page"),
        ("assessments", "0001_initial"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [
        migrations.RunPython(seed_themes, migrations.RunPython.noop),
        migrations.RunPython(create_roles, migrations.RunPython.noop),
        migrations.RunPython(retire_wagtail_default_groups, migrations.RunPython.noop),
    ]
