from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AssessmentsConfig(AppConfig):
    """Instruments, cohorts, participants, attempts and scoring; evaluation reports."""

    name = "assessments"
    verbose_name = _("Assessments")

    def ready(self) -> None:
        from assessments import signals  # noqa: F401  (connects the receivers)
