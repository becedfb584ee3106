from django.db import models
from django.utils.translation import gettext_lazy as _


class AccountAdministration(models.Model):
    """Holds no rows: it carries the permission to create learner accounts from the site.

    Trainers create accounts for the people they train without Wagtail's user administration,
    which would also let them edit other staff and administrators.
    """

    class Meta:
        managed = False
        default_permissions = ()
        permissions = [("create_learner_accounts", _("Can create learner accounts"))]
        verbose_name = _("account administration")

    def __str__(self) -> str:
        return str(self._meta.verbose_name)
