"""Replace Wagtail's welcome page with the site's HomePage, and point the default site at it."""

from django.db import migrations


def create_home_page(apps, schema_editor):
    content_type_model = apps.get_model("contenttypes", "ContentType")
    page_model = apps.get_model("wagtailcore", "Page")
    site_model = apps.get_model("wagtailcore", "Site")
    locale_model = apps.get_model("wagtailcore", "Locale")
    home_page_model = apps.get_model("continuum", "HomePage")

    if home_page_model.objects.exists():
        return
    page_model.objects.filter(depth=2, slug="home", content_type__app_label="wagtailcore").delete()
    locale = locale_model.objects.order_by("pk").first()
    content_type, _ = content_type_model.objects.get_or_create(app_label="continuum", model="homepage")
    root = page_model.objects.get(depth=1)
    path = root.path + "0001"
    while page_model.objects.filter(path=path).exists():
        path = f"{root.path}{int(path[-4:]) + 1:04d}"
    home = home_page_model.objects.create(
        title="Continuum",
        draft_title="Continuum",
        slug="home",
        content_type=content_type,
        path=path,
        depth=2,
        numchild=0,
        url_path="/home/",
        locale=locale,
        live=True,
    )
    root.numchild = page_model.objects.filter(depth=2).count()
    root.save(update_fields=["numchild"])
    site_model.objects.all().delete()
    site_model.objects.create(
        hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="Continuum"
    )


class Migration(migrations.Migration):
    dependencies = [
        ("continuum", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_home_page, migrations.RunPython.noop)]
