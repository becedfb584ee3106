from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PracticesConfig(AppConfig):
    """The good-practice library, its vocabularies, submission, moderation and exports."""

    name = "practices"
    verbose_name = _("Practices")

    def ready(self) -> None:
        from practices import selectors, views  # noqa: F401  (they register the pages' views)
