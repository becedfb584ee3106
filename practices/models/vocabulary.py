"""The practice library's controlled vocabularies.

Fixed lists are `TextChoices` (evidence level, status, organisation type); lists moderators may
extend are snippet models (phases, actor types, target groups), seeded by a data migration from
`practices/vocabulary.py`. Every value carries a plain-language explanation.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class EvidenceLevel(models.TextChoices):
    NONE = "none", _("No evidence yet")
    ANECDOTAL = "anecdotal", _("Anecdotal")
    PROCESS = "process_evaluation", _("Process evaluation")
    OUTCOME_PREPOST = "outcome_prepost", _("Outcome (before and after)")
    QUASI_EXPERIMENTAL = "quasi_experimental", _("Quasi-experimental")
    RANDOMISED = "randomised", _("Randomised trial")


EVIDENCE_RANK = {level: rank for rank, level in enumerate(EvidenceLevel.values)}

EVIDENCE_EXPLANATIONS = {
    EvidenceLevel.NONE: _("Nobody has yet documented whether or how the practice works."),
    EvidenceLevel.ANECDOTAL: _(
        "Practitioners report that it works, from their experience or workshops, but nothing has been "
        "measured or independently checked."
    ),
    EvidenceLevel.PROCESS: _(
        "A documented review of how the practice was carried out (reach, fidelity, obstacles), without "
        "measuring its effect on participants."
    ),
    EvidenceLevel.OUTCOME_PREPOST: _(
        "Outcomes were measured before and after, for the same people. Change is shown, but without a "
        "comparison group it cannot be attributed to the practice alone."
    ),
    EvidenceLevel.QUASI_EXPERIMENTAL: _(
        "Outcomes were compared with a similar group that did not take part, chosen without random "
        "allocation. Stronger, but the groups may still differ."
    ),
    EvidenceLevel.RANDOMISED: _(
        "Participants were allocated at random to the practice or a comparison, the strongest design "
        "for showing that the practice itself caused the change."
    ),
}


class PracticeStatus(models.TextChoices):
    PILOT = "pilot", _("Pilot")
    ACTIVE = "active", _("Active")
    ENDED = "ended", _("Ended")


class OrganisationType(models.TextChoices):
    GOVERNMENT = "government", _("Government ministry or agency")
    PRISON_SERVICE = "prison_service", _("Prison or correctional service")
    PROBATION_SERVICE = "probation_service", _("Probation service")
    SOCIAL_SERVICES = "social_services", _("Social services")
    POLICE = "police", _("Police")
    CIVIL_SOCIETY = "civil_society", _("Civil-society organisation")
    FAITH_BASED = "faith_based", _("Religious or faith-based organisation")
    INTERNATIONAL = "international", _("International organisation")
    ACADEMIC = "academic", _("University or research institute")
    LOCAL_AUTHORITY = "local_authority", _("Local authority")


class VocabularyTerm(models.Model):
    name = models.CharField(_("name"), max_length=100, unique=True)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    description = models.TextField(_("explanation"), blank=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        abstract = True
        ordering = ["sort_order", "name"]

    def __str__(self) -> str:
        return self.name


class ContinuumStage(VocabularyTerm):
    """A stage of the prison-exit continuum (in prison, release preparation, release and
    transition, post-release), called a phase on the site; not the pre/post/follow-up phase of
    an assessment (`assessments.models.Phase`)."""

    class Meta(VocabularyTerm.Meta):
        verbose_name = _("phase of the continuum")
        verbose_name_plural = _("phases of the continuum")


class ActorType(VocabularyTerm):
    """Who carries a practice out."""

    class Meta(VocabularyTerm.Meta):
        verbose_name = _("actor type")
        verbose_name_plural = _("actor types")


class TargetGroup(VocabularyTerm):
    """Whom a practice is for."""

    class Meta(VocabularyTerm.Meta):
        verbose_name = _("target group")
        verbose_name_plural = _("target groups")
