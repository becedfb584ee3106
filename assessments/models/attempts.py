"""Attempts (one participant's answers to one instrument in one phase) and their responses."""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from .cohorts import Participant
from .instruments import Instrument, InstrumentVersion, Phase


class AttemptSource(models.TextChoices):
    ONLINE = "online", _("Online")
    PAPER = "paper", _("Paper, typed in by a trainer")
    IMPORT = "import", _("Imported from a file")


class AttemptQuerySet(models.QuerySet):
    def submitted(self) -> "AttemptQuerySet":
        return self.filter(submitted_at__isnull=False)

    def drafts(self) -> "AttemptQuerySet":
        return self.filter(submitted_at__isnull=True)


class Attempt(models.Model):
    """The database allows one attempt per participant, phase and instrument, so a participant
    can never have two submitted attempts for a phase of their plan; a draft becomes the
    submitted attempt when it is submitted."""

    participant = models.ForeignKey(Participant, related_name="attempts", on_delete=models.CASCADE)
    phase = models.CharField(_("phase"), max_length=10, choices=Phase.choices)
    instrument = models.ForeignKey(Instrument, related_name="attempts", on_delete=models.PROTECT)
    version = models.ForeignKey(InstrumentVersion, related_name="attempts", on_delete=models.PROTECT)
    source = models.CharField(
        _("source"), max_length=10, choices=AttemptSource.choices, default=AttemptSource.ONLINE
    )
    started_at = models.DateTimeField(_("started"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last saved"), auto_now=True)
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True, db_index=True)
    score = models.FloatField(_("score"), null=True, blank=True)
    max_score = models.FloatField(_("maximum score"), null=True, blank=True)
    scale_scores = models.JSONField(
        _("scale scores"),
        default=dict,
        blank=True,
        help_text=_(
            "Likert scale name → mean of its (reverse-coded) items, when at least half are answered."
        ),
    )

    objects = AttemptQuerySet.as_manager()

    class Meta:
        verbose_name = _("attempt")
        constraints = [
            models.UniqueConstraint(
                fields=["participant", "phase", "instrument"],
                name="one_attempt_per_participant_phase_instrument",
            ),
            models.CheckConstraint(
                condition=Q(score__isnull=True) | Q(submitted_at__isnull=False),
                name="only_submitted_attempts_scored",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.participant} · {self.get_phase_display()} · {self.version}"

    @property
    def is_submitted(self) -> bool:
        return self.submitted_at is not None


class Response(models.Model):
    attempt = models.ForeignKey(Attempt, related_name="responses", on_delete=models.CASCADE)
    item_code = models.CharField(_("item"), max_length=20)
    answer = models.JSONField(_("answer"), null=True, blank=True)
    score = models.FloatField(_("score"), null=True, blank=True)
    max_score = models.FloatField(_("maximum score"), null=True, blank=True)

    class Meta:
        verbose_name = _("response")
        constraints = [models.UniqueConstraint(fields=["attempt", "item_code"], name="one_response_per_item")]

    def __str__(self) -> str:
        return f"{self.attempt_id}:{self.item_code}"
