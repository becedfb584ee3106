"""The audit trail of personal data: who exported, downloaded, imported or typed in what, when.

A log model of Wagtail's audit log (a `BaseLogEntry`), shown in the admin's site history beside
pages' and snippets' entries. It has a model of its own because Wagtail's `ModelLogEntry` shows an
entry to everyone holding any permission on the logged object's model: every trainer (they may add
cohorts) would see every other trainer's imports and exports. Entries are written by
`assessments.audit` and hold the scope and counts, never the data."""

from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.models.audit_log import BaseLogEntry, ModelLogEntryManager

COMMAND_LINE = "command_line"


class PersonalDataLogEntryManager(ModelLogEntryManager):
    def viewable_by_user(self, user):
        """Administrators see every entry, as does whoever an administrator gives the permission
        "Can view personal data log entry"; anyone else sees only what they did themselves."""
        if user.is_superuser or user.has_perm("assessments.view_personaldatalogentry"):
            return self.all()
        if not user.is_authenticated:
            return self.none()
        return self.filter(user_id=user.pk)


class PersonalDataLogEntry(BaseLogEntry):
    object_id = models.CharField(max_length=255, db_index=True)

    objects = PersonalDataLogEntryManager()

    class Meta(BaseLogEntry.Meta):
        ordering = ["-timestamp", "-id"]
        default_permissions = ("view",)
        verbose_name = _("personal data log entry")
        verbose_name_plural = _("personal data log entries")

    def __str__(self) -> str:
        return (
            f"PersonalDataLogEntry {self.pk}: {self.action!r} on {self.object_verbose_name} {self.object_id}"
        )

    @cached_property
    def user_display_name(self):
        if not self.user_id and (self.data or {}).get("via") == COMMAND_LINE:
            return _("command line")
        return super().user_display_name
