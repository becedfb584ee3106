"""The page tree's fixed top: the root, the home page and the default site.

The data migration builds them on a new database; this module rebuilds whatever is missing
(after tests flush the database, or on a database restored without them).
"""

from wagtail.models import Locale, Page, Site

from continuum.models import HomePage


def ensure_home_page() -> HomePage:
    Locale.objects.get_or_create(language_code="en")
    home = HomePage.objects.first()
    if home is None:
        root = Page.get_first_root_node() or Page.add_root(instance=Page(title="Root", slug="root"))
        home = root.add_child(instance=HomePage(title="Continuum", slug="home"))
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="Continuum"
        )
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.save(update_fields=["root_page"])
    return home
