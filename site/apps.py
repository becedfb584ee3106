from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ContinuumConfig(AppConfig):
    """The site itself: home page, site settings, themes, roles, search and the page shell."""

    name = "continuum"
    verbose_name = _("Continuum site")
