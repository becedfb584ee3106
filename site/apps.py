from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def create_cache_tables(**kwargs) -> None:
    """The database cache's table (production without Redis) is made by `migrate`, so that no
    deployment step can be forgotten; `createcachetable` leaves an existing table alone."""
    from django.conf import settings
    from django.core.management import call_command

    if any(cache["BACKEND"].endswith("DatabaseCache") for cache in settings.CACHES.values()):
        call_command("createcachetable", database=kwargs.get("using", "default"), verbosity=0)


class ContinuumConfig(AppConfig):
    """The site itself: home page, site settings, themes, roles, search and the page shell."""

    name = "continuum"
    verbose_name = _("Continuum site")

    def ready(self) -> None:
        post_migrate.connect(create_cache_tables, sender=self, dispatch_uid="continuum.create_cache_tables")
