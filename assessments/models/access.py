from django.db import models
from django.utils.translation import gettext_lazy as _


class EvaluationAccess(models.Model):
    """Holds no rows: it carries the permission to see evaluation reports."""

    class Meta:
        managed = False
        default_permissions = ()
        permissions = [("view_evaluation", _("Can see evaluation reports"))]
        verbose_name = _("evaluation access")

    def __str__(self) -> str:
        return str(self._meta.verbose_name)
