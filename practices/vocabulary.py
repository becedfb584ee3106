"""The seeded values of the practice library's extendable vocabularies."""

from django.utils.translation import gettext_noop as _

PHASES = (
    (
        "in_prison",
        _("In prison"),
        _("While the person serves the sentence: assessment, daily contact, programmes."),
    ),
    (
        "release_preparation",
        _("Release preparation"),
        _("The months before release: plans, information for the services that take over, first contacts."),
    ),
    (
        "release_transition",
        _("Release and transition"),
        _("The days and weeks around release: housing, documents, first appointments, the handover."),
    ),
    (
        "post_release",
        _("Post-release"),
        _("Life after prison: probation, social welfare, work, family and community, follow-up."),
    ),
)

ACTOR_TYPES = (
    ("prison_staff", _("Prison staff"), _("Custodial officers, educators and managers in prison.")),
    ("probation_staff", _("Probation staff"), _("Probation officers supervising people in the community.")),
    ("social_workers", _("Social workers"), _("Social welfare centres and social services.")),
    ("psychologists", _("Psychologists"), _("Psychologists and other mental health workers.")),
    ("police", _("Police"), _("Local police and security services.")),
    ("religious_leaders", _("Religious leaders"), _("Imams, priests and faith-based organisations.")),
    ("civil_society", _("Civil society"), _("Non-governmental and community organisations.")),
    ("families", _("Families"), _("Relatives who support the person.")),
    ("local_community", _("Local community"), _("Neighbourhoods, municipalities and community leaders.")),
    ("employers", _("Employers"), _("Businesses and employment services.")),
    ("government_agencies", _("Government agencies"), _("Ministries and national agencies.")),
    (
        "international_organisations",
        _("International organisations"),
        _("Bodies such as the Council of Europe, the OSCE or the EU."),
    ),
)

TARGET_GROUPS = (
    ("vetos", _("VETOs"), _("Violent extremist or terrorist offenders.")),
    (
        "ftfs",
        _("Returned foreign terrorist fighters"),
        _("People who returned from conflict zones such as Syria and Iraq."),
    ),
    ("women_returnees", _("Women returnees"), _("Women who returned from conflict zones, charged or not.")),
    ("children", _("Children"), _("Children of returnees and of offenders.")),
    ("families", _("Families"), _("Relatives of offenders and returnees.")),
    ("prison_staff", _("Prison staff"), _("Practices that train or support prison staff.")),
    ("probation_staff", _("Probation staff"), _("Practices that train or support probation staff.")),
    ("practitioners", _("Other practitioners"), _("Social workers, psychologists, NGOs and others.")),
    ("communities", _("Communities"), _("The communities people return to.")),
)


def ensure_terms(model, terms) -> None:
    for position, (slug, name, description) in enumerate(terms):
        model.objects.get_or_create(
            slug=slug, defaults={"name": name, "description": description, "sort_order": position}
        )


def ensure_practice_terms() -> None:
    """Every practice vocabulary the migrations seed, made again where it is missing."""
    from practices.models import ActorType, ContinuumStage, TargetGroup

    for model, terms in ((ContinuumStage, PHASES), (ActorType, ACTOR_TYPES), (TargetGroup, TARGET_GROUPS)):
        ensure_terms(model, terms)
