"""Cohorts (one training session) and their pseudonymous participants."""

import hashlib

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from continuum.codes import format_code, is_code, normalise_code, random_code

JOIN_CODE_LENGTH = 6  # about 30 bits: guessing is slowed down, and a code only lets people join
PARTICIPANT_CODE_LENGTH = 10  # about 50 bits (the issue asks for at least 40)
PSEUDONYM_LENGTH = 5


def looks_like_participant_code(label: str) -> bool:
    """A label written as a personal code: such a label is resolved to its participant or
    refused, and never stored as a pseudonym that trainers and exports would show."""
    return is_code(normalise_code(label), PARTICIPANT_CODE_LENGTH)


def code_digest(code: str) -> str:
    """Participant codes are stored only as a digest: whoever reads the database cannot sign in."""
    return hashlib.sha256(normalise_code(code).encode()).hexdigest()


class DeliveryMode(models.TextChoices):
    FACE_TO_FACE = "face_to_face", _("Face to face")
    ONLINE = "online", _("Online")
    BLENDED = "blended", _("Blended")


class CohortQuerySet(models.QuerySet):
    def run_by(self, user) -> "CohortQuerySet":
        """The cohorts a user may manage: their own; every cohort for superusers."""
        if not user.is_authenticated:
            return self.none()
        if user.is_superuser:
            return self
        return self.filter(trainers=user)


class Cohort(models.Model):
    curriculum = models.ForeignKey(
        "curricula.CurriculumPage",
        verbose_name=_("curriculum"),
        related_name="cohorts",
        on_delete=models.PROTECT,
    )
    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    institution = models.CharField(_("institution"), max_length=200, blank=True)
    country = CountryField(_("country"), blank=True)
    delivery_mode = models.CharField(
        _("delivery mode"), max_length=20, choices=DeliveryMode.choices, default=DeliveryMode.FACE_TO_FACE
    )
    starts_on = models.DateField(_("first day"))
    ends_on = models.DateField(_("last day"), null=True, blank=True)
    trainers = models.ManyToManyField(
        settings.AUTH_USER_MODEL, verbose_name=_("trainers"), related_name="cohorts_trained", blank=True
    )
    join_code = models.CharField(_("join code"), max_length=12, unique=True, editable=False)
    pre_open = models.BooleanField(_("pre-test open"), default=True)
    post_open = models.BooleanField(_("post-test open"), default=False)
    is_demo = models.BooleanField(_("demo data"), default=False, editable=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    objects = CohortQuerySet.as_manager()

    class Meta:
        ordering = ["-starts_on", "title"]
        verbose_name = _("cohort")
        verbose_name_plural = _("cohorts")

    def __str__(self) -> str:
        return self.title

    def save(self, *args, **kwargs) -> None:
        if not self.join_code:
            self.join_code = self.new_join_code()
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("assessments:cohort", args=[self.slug])

    @classmethod
    def new_join_code(cls) -> str:
        while True:
            code = random_code(JOIN_CODE_LENGTH)
            if not cls.objects.filter(join_code=code).exists():
                return code

    @property
    def join_code_display(self) -> str:
        return format_code(self.join_code)

    @property
    def accepts_newcomers(self) -> bool:
        return self.pre_open or self.post_open

    def is_open(self, phase: str) -> bool:
        return {"pre": self.pre_open, "post": self.post_open}.get(phase, False)


class ServiceYears(models.TextChoices):
    UNDER_2 = "0-2", _("Less than 2 years")
    FROM_2_TO_5 = "2-5", _("2 to 5 years")
    FROM_6_TO_10 = "6-10", _("6 to 10 years")
    FROM_11_TO_20 = "11-20", _("11 to 20 years")
    OVER_20 = "20+", _("More than 20 years")


class StaffRole(models.TextChoices):
    PRISON_OFFICER = "prison_officer", _("Prison officer")
    PROBATION_OFFICER = "probation_officer", _("Probation officer")
    PSYCHOLOGIST = "psychologist", _("Psychologist")
    SOCIAL_WORKER = "social_worker", _("Social worker")
    EDUCATOR = "educator", _("Educator or trainer")
    CHAPLAIN = "chaplain", _("Chaplain or faith counsellor")
    MANAGER = "manager", _("Manager")
    OTHER = "other", _("Other")


class Gender(models.TextChoices):
    WOMAN = "woman", _("Woman")
    MAN = "man", _("Man")
    OTHER = "other", _("In another way")


class Participant(models.Model):
    """A person answering under a pseudonym. No name is kept; an account is optional.

    `pseudonym` is what trainers see and what imports and exports call the participant; the
    personal participant code (a secret that lets them come back) is stored only as a digest."""

    curriculum = models.ForeignKey(
        "curricula.CurriculumPage", related_name="participants", on_delete=models.PROTECT
    )
    cohort = models.ForeignKey(
        Cohort, related_name="participants", null=True, blank=True, on_delete=models.CASCADE
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        related_name="participations",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
    )
    pseudonym = models.CharField(_("pseudonym"), max_length=40)
    code_digest = models.CharField(max_length=64, unique=True, null=True, blank=True, editable=False)
    created_at = models.DateTimeField(_("joined"), auto_now_add=True)
    consented_at = models.DateTimeField(_("consented"), null=True, blank=True)
    role = models.CharField(_("role"), max_length=30, choices=StaffRole.choices, blank=True)
    gender = models.CharField(_("gender"), max_length=10, choices=Gender.choices, blank=True)
    service_years = models.CharField(
        _("years of service"), max_length=10, choices=ServiceYears.choices, blank=True
    )
    institution = models.CharField(_("institution"), max_length=200, blank=True)

    class Meta:
        ordering = ["pseudonym"]
        verbose_name = _("participant")
        verbose_name_plural = _("participants")
        constraints = [
            models.UniqueConstraint(
                fields=["cohort", "pseudonym"],
                condition=Q(cohort__isnull=False),
                name="unique_pseudonym_per_cohort",
            ),
            models.UniqueConstraint(
                fields=["curriculum", "pseudonym"],
                condition=Q(cohort__isnull=True),
                name="unique_online_pseudonym_per_curriculum",
            ),
            models.UniqueConstraint(
                fields=["user", "curriculum"],
                condition=Q(cohort__isnull=True, user__isnull=False),
                name="one_online_participant_per_learner_and_curriculum",
            ),
            models.UniqueConstraint(
                fields=["user", "cohort"],
                condition=Q(cohort__isnull=False, user__isnull=False),
                name="one_participant_per_learner_and_cohort",
            ),
        ]

    def __str__(self) -> str:
        return self.pseudonym
