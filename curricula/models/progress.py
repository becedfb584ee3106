"""A learner's path through a curriculum: enrolment, completed modules, certificate."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from continuum.codes import format_code, random_code

CERTIFICATE_CODE_GROUPS = 3
CERTIFICATE_CODE_GROUP_LENGTH = 4


def new_certificate_code() -> str:
    """A random code such as `K7QM-2WXH-9DRT` (about 59 bits)."""
    return format_code(random_code(CERTIFICATE_CODE_GROUPS * CERTIFICATE_CODE_GROUP_LENGTH), 4)


class EnrolmentQuerySet(models.QuerySet):
    def for_user(self, user) -> "EnrolmentQuerySet":
        if not user.is_authenticated:
            return self.none()
        return self.filter(user=user)

    def completed(self) -> "EnrolmentQuerySet":
        return self.filter(completed_at__isnull=False)

    def in_progress(self) -> "EnrolmentQuerySet":
        return self.filter(completed_at__isnull=True)


class Enrolment(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("learner"),
        on_delete=models.CASCADE,
        related_name="enrolments",
    )
    curriculum = models.ForeignKey(
        "curricula.CurriculumPage",
        verbose_name=_("curriculum"),
        on_delete=models.CASCADE,
        related_name="enrolments",
    )
    enrolled_at = models.DateTimeField(_("enrolled at"), auto_now_add=True)
    completed_at = models.DateTimeField(_("completed at"), null=True, blank=True)

    objects = EnrolmentQuerySet.as_manager()

    class Meta:
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        constraints = [
            models.UniqueConstraint(fields=["user", "curriculum"], name="one_enrolment_per_curriculum")
        ]

    def __str__(self) -> str:
        return f"{self.user} → {self.curriculum}"


class ModuleCompletion(models.Model):
    """A module marked complete, with the revision of the page that was read."""

    enrolment = models.ForeignKey(Enrolment, on_delete=models.CASCADE, related_name="completions")
    module = models.ForeignKey("curricula.ModulePage", on_delete=models.CASCADE, related_name="completions")
    revision = models.ForeignKey(
        "wagtailcore.Revision", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    completed_at = models.DateTimeField(_("completed at"), auto_now_add=True)

    class Meta:
        verbose_name = _("module completion")
        constraints = [
            models.UniqueConstraint(fields=["enrolment", "module"], name="one_completion_per_module")
        ]

    def __str__(self) -> str:
        return f"{self.enrolment.user} ✓ {self.module}"


class Certificate(models.Model):
    enrolment = models.OneToOneField(Enrolment, on_delete=models.CASCADE, related_name="certificate")
    code = models.CharField(_("verification code"), max_length=20, unique=True, default=new_certificate_code)
    issued_at = models.DateTimeField(_("issued at"), auto_now_add=True)

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")

    def __str__(self) -> str:
        return self.code

    def get_absolute_url(self) -> str:
        return reverse("certificate", kwargs={"code": self.code})

    def get_verification_url(self) -> str:
        return reverse("verify_certificate", kwargs={"code": self.code})
