from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CurriculaConfig(AppConfig):
    """Curricula and modules, enrolment and progress, certificates."""

    name = "curricula"
    verbose_name = _("Curricula")

    def ready(self) -> None:
        from curricula import selectors, signals  # noqa: F401  (page views; receivers)
