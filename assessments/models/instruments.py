"""Instruments, their frozen versions, and a curriculum's evaluation plan."""

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, HelpPanel, MultiFieldPanel
from wagtail.search import index

from assessments.blocks import InstrumentItemsBlock
from assessments.items import ItemSpec, item_specs, snapshot
from continuum.fields import StreamField


class InstrumentKind(models.TextChoices):
    KNOWLEDGE = "knowledge", _("Knowledge test")
    CONFIDENCE = "confidence", _("Confidence scale")
    REACTION = "reaction", _("Reaction survey")
    BEHAVIOUR = "behaviour", _("Behaviour follow-up")


class FeedbackPolicy(models.TextChoices):
    NONE = "none", _("Nothing: only a thank-you")
    SCORE = "score", _("The score")
    SCORE_AND_FEEDBACK = "score_and_feedback", _("The score, right answers and each item's feedback")


class Instrument(index.Indexed, models.Model):
    """A test, scale or survey. Saving it records a version (see `record_version`)."""

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    kind = models.CharField(_("kind"), max_length=20, choices=InstrumentKind.choices)
    instructions = models.TextField(_("instructions"), blank=True, help_text=_("Shown above the questions."))
    feedback_policy = models.CharField(
        _("after submission, show"),
        max_length=20,
        choices=FeedbackPolicy.choices,
        default=FeedbackPolicy.SCORE_AND_FEEDBACK,
    )
    items = StreamField(InstrumentItemsBlock(), verbose_name=_("items"), blank=True)
    is_demo = models.BooleanField(_("demo data"), default=False, editable=False)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("title"),
                FieldPanel("slug"),
                FieldRowPanel([FieldPanel("kind"), FieldPanel("feedback_policy")]),
            ],
            heading=_("Instrument"),
        ),
        FieldPanel("instructions"),
        HelpPanel(
            content=_(
                "Editing an instrument that has been answered makes a new version: submitted answers keep "
                "the version they answered, and reports match items across versions by their code."
            )
        ),
        FieldPanel("items"),
    ]
    search_fields = [index.SearchField("title"), index.AutocompleteField("title")]

    class Meta:
        ordering = ["title"]
        verbose_name = _("instrument")
        verbose_name_plural = _("instruments")

    def __str__(self) -> str:
        return self.title

    def save(self, *args, **kwargs) -> None:
        with transaction.atomic():
            super().save(*args, **kwargs)
            self.record_version()
        self.__dict__.pop("current_version", None)  # a new or changed version: read it again

    def record_version(self) -> "InstrumentVersion":
        """Make the latest version match the items.

        A version nobody has submitted is updated in place; one with submitted attempts is left
        as it was and a new version is made, so every attempt keeps what it answered."""
        items = snapshot(self.items)
        latest = self.versions.order_by("-number").first()
        if latest is not None and latest.items == items and latest.title == self.title:
            return latest
        if latest is not None and not latest.attempts.filter(submitted_at__isnull=False).exists():
            latest.items, latest.title = items, self.title
            latest.save(update_fields=["items", "title"])
            return latest
        number = latest.number + 1 if latest else 1
        return self.versions.create(number=number, items=items, title=self.title)

    @property
    def answerable_online(self) -> bool:
        """False for instruments of score-only items (paper or imported results)."""
        version = self.current_version
        return bool(version) and any(spec.kind_rules.answerable_online for spec in version.specs)

    @cached_property
    def current_version(self) -> "InstrumentVersion | None":
        return self.versions.order_by("-number").first()


class InstrumentVersion(models.Model):
    instrument = models.ForeignKey(Instrument, related_name="versions", on_delete=models.CASCADE)
    number = models.PositiveIntegerField(_("version"))
    title = models.CharField(_("title"), max_length=200)
    items = models.JSONField(_("items"), default=list)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        ordering = ["instrument", "number"]
        verbose_name = _("instrument version")
        constraints = [
            models.UniqueConstraint(fields=["instrument", "number"], name="unique_instrument_version_number")
        ]

    def __str__(self) -> str:
        return f"{self.title} (v{self.number})"

    @property
    def specs(self) -> list[ItemSpec]:
        if not hasattr(self, "_specs"):
            self._specs = item_specs(self.items)
        return self._specs

    def spec(self, code: str) -> ItemSpec | None:
        return next((spec for spec in self.specs if spec.code == code), None)

    @property
    def max_score(self) -> float | None:
        scores = [spec.max_score for spec in self.specs if spec.max_score is not None]
        return sum(scores) if scores else None


class Phase(models.TextChoices):
    PRE = "pre", _("Before the training")
    POST = "post", _("After the training")
    FOLLOW_UP = "follow_up", _("Follow-up")


@dataclass(frozen=True)
class PlanSlot:
    """One instrument of an evaluation plan: the field that names it and the phases it is answered in."""

    field: str
    phases: tuple[str, ...]
    # The phase's test: kept once answered (swapping it would drop attempts from the reports),
    # and what an import fills for its phase.
    is_phase_test: bool


# In the order participants meet them within a phase.
PLAN_SLOTS = (
    PlanSlot("pre_test", (Phase.PRE,), is_phase_test=True),
    PlanSlot("post_test", (Phase.POST,), is_phase_test=True),
    PlanSlot("confidence_scale", (Phase.PRE, Phase.POST), is_phase_test=False),
    PlanSlot("reaction_survey", (Phase.POST,), is_phase_test=False),
    PlanSlot("follow_up", (Phase.FOLLOW_UP,), is_phase_test=True),
)
INSTRUMENT_FIELDS = tuple(slot.field for slot in PLAN_SLOTS)
# The field of each phase's test: {"pre": "pre_test", "post": "post_test", "follow_up": "follow_up"}.
PHASE_TEST_FIELDS = {slot.phases[0]: slot.field for slot in PLAN_SLOTS if slot.is_phase_test}


class EvaluationPlanQuerySet(models.QuerySet):
    def with_instruments(self) -> "EvaluationPlanQuerySet":
        return self.select_related(*INSTRUMENT_FIELDS)


class EvaluationPlan(models.Model):
    """Which instruments a curriculum's participants answer, and when (see PLAN_SLOTS)."""

    curriculum = models.OneToOneField(
        "curricula.CurriculumPage",
        verbose_name=_("curriculum"),
        related_name="evaluation_plan",
        on_delete=models.CASCADE,
    )
    pre_test = models.ForeignKey(
        Instrument,
        verbose_name=_("pre-test"),
        null=True,
        blank=True,
        related_name="+",
        on_delete=models.PROTECT,
    )
    post_test = models.ForeignKey(
        Instrument,
        verbose_name=_("post-test"),
        null=True,
        blank=True,
        related_name="+",
        on_delete=models.PROTECT,
        help_text=_("The same instrument as the pre-test, or a parallel form with the same item codes."),
    )
    confidence_scale = models.ForeignKey(
        Instrument,
        verbose_name=_("confidence scale"),
        null=True,
        blank=True,
        related_name="+",
        on_delete=models.PROTECT,
        help_text=_("Answered before and after the training."),
    )
    reaction_survey = models.ForeignKey(
        Instrument,
        verbose_name=_("reaction survey"),
        null=True,
        blank=True,
        related_name="+",
        on_delete=models.PROTECT,
        help_text=_("Answered after the training."),
    )
    follow_up = models.ForeignKey(
        Instrument,
        verbose_name=_("follow-up instrument"),
        null=True,
        blank=True,
        related_name="+",
        on_delete=models.PROTECT,
        help_text=_("A retest or a behaviour follow-up, due some time after the post-test."),
    )
    follow_up_delay_days = models.PositiveSmallIntegerField(_("follow-up after (days)"), default=90)
    pre_test_before_modules = models.BooleanField(
        _("pre-test before the modules"),
        default=True,
        help_text=_("Online learners take the pre-test before the modules open."),
    )

    objects = EvaluationPlanQuerySet.as_manager()

    panels = [
        FieldPanel("curriculum"),
        MultiFieldPanel(
            [FieldPanel("pre_test"), FieldPanel("post_test"), FieldPanel("confidence_scale")],
            heading=_("Before and after"),
        ),
        FieldPanel("reaction_survey"),
        MultiFieldPanel(
            [FieldPanel("follow_up"), FieldPanel("follow_up_delay_days")], heading=_("Follow-up")
        ),
        FieldPanel("pre_test_before_modules"),
    ]

    class Meta:
        verbose_name = _("evaluation plan")
        verbose_name_plural = _("evaluation plans")

    def __str__(self) -> str:
        return str(_("Evaluation plan: %(curriculum)s") % {"curriculum": self.curriculum.title})

    def clean(self):
        """Once people have answered, a plan's tests stay: swapping one would drop their attempts
        from the reports. Editing the instrument itself makes a new version instead."""
        super().clean()
        if not self.pk:
            return
        before = EvaluationPlan.objects.get(pk=self.pk)
        from assessments.models.attempts import Attempt

        for phase, name in PHASE_TEST_FIELDS.items():
            old = getattr(before, f"{name}_id")
            if old and old != getattr(self, f"{name}_id"):
                answered = Attempt.objects.filter(
                    participant__curriculum_id=self.curriculum_id, phase=phase, instrument_id=old
                ).exists()
                if answered:
                    raise ValidationError(
                        {name: _("People have answered this one; edit the instrument to make a new version.")}
                    )

    def instruments_for_all_phases(self) -> list[Instrument]:
        return [i for i in (getattr(self, slot.field) for slot in PLAN_SLOTS) if i]

    def instruments_for(self, phase: str) -> list[Instrument]:
        """The instruments answered in a phase, in the order participants meet them."""
        found: list[Instrument] = []
        for slot in PLAN_SLOTS:
            instrument = getattr(self, slot.field)
            if phase in slot.phases and instrument is not None and instrument not in found:
                found.append(instrument)
        return found
