from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PracticesConfig(AppConfig):
    """The good-practice library, its vocabularies, submission, moderation and exports."""

    name = "practices"
    verbose_name = _("Practices")
