"""The shared vocabulary of themes, as first seeded.

Moderators may edit the descriptions and add themes in the admin afterwards; `ensure_themes`
only adds what is missing and never overwrites an edited description.
"""

from typing import NamedTuple

from django.utils.translation import gettext_noop as _


class ThemeTerm(NamedTuple):
    slug: str
    name: str
    description: str


THEMES: tuple[ThemeTerm, ...] = (
    ThemeTerm(
        "rapport-building",
        _("Rapport building"),
        _(
            "Violent extremist and terrorist offenders are often suspicious of state "
            "institutions and reluctant to cooperate with staff. Rapport is built over time, "
            "through consistency and visible helpfulness, and it is the ground on which every "
            "rehabilitation effort stands."
        ),
    ),
    ThemeTerm(
        "dynamic-security",
        _("Dynamic security"),
        _(
            "Security that comes from knowing the people in custody: regular, professional "
            "contact, positive relationships and attention to what is happening on the wing. "
            "It complements walls and procedures and makes individualised work possible."
        ),
    ),
    ThemeTerm(
        "gender-sensitive-approaches",
        _("Gender-sensitive approaches"),
        _(
            "Programmes in the region are mostly designed for men, and staff often do not know "
            "how to approach women offenders and returnees. A gender-sensitive approach also "
            "attends to women and children in the family, and to stereotypes such as male "
            "clients refusing to work with female social workers."
        ),
    ),
    ThemeTerm(
        "family-engagement",
        _("Family engagement"),
        _(
            "Reaching out to families, with educational, socioeconomic, medical and mental "
            "health support, has proven effective in gaining trust. Finding one reliable family "
            "member who supports the rehabilitation process helps to plan the first steps after "
            "release."
        ),
    ),
    ThemeTerm(
        "multi-agency-cooperation",
        _("Multi-agency cooperation"),
        _(
            "Prisons should not be left alone with the responsibility for these offenders. "
            "Social services, security institutions, civil society, religious actors and "
            "communities need a shared understanding of their roles and of what information "
            "may be exchanged, without compromising security."
        ),
    ),
    ThemeTerm(
        "release-preparation",
        _("Release preparation"),
        _(
            "Preparation for release too often starts days, not months, before discharge. "
            "Early individual plans, shared with the institutions that take over, and access "
            "for social workers and psychologists while the person is still in prison make the "
            "transition workable."
        ),
    ),
    ThemeTerm(
        "post-release-support",
        _("Post-release support"),
        _(
            "After release there are rarely special programmes; people depend on general "
            "welfare measures that are short and hard to reach. Follow-up support, realistic "
            "expectations and continuity of contact reduce the risk of reoffending."
        ),
    ),
    ThemeTerm(
        "human-rights-based-interviewing",
        _("Human-rights-based interviewing"),
        _(
            "Investigative interviewing that respects the person's rights and dignity produces "
            "better information and builds a professional relationship. It replaces "
            "confrontation with preparation, open questions and active listening."
        ),
    ),
    ThemeTerm(
        "mental-health",
        _("Mental health"),
        _(
            "Adequate mental health support for offenders and their families is part of "
            "effective disengagement and reintegration. Mental health workers need access to "
            "clients while they are still in prison, not only after release."
        ),
    ),
    ThemeTerm(
        "socioeconomic-support",
        _("Socioeconomic support"),
        _(
            "Economic support, employment and help to start a business build trust in public "
            "institutions and resilience against radicalisation. Poor communication about what "
            "is offered can create unrealistic expectations, and public perception needs care."
        ),
    ),
    ThemeTerm(
        "faith-based-engagement",
        _("Faith-based engagement"),
        _(
            "Religious leaders and faith-based organisations are key partners after release. "
            "Their role should be planned together with other actors so that it supports a "
            "consistent prison-exit continuum."
        ),
    ),
    ThemeTerm(
        "community-reintegration",
        _("Community reintegration"),
        _(
            "Communities, especially small and rural ones, need to be prepared for the return "
            "of released offenders. Empowering civil society organisations and local "
            "practitioners to take on this work is an important part of reintegration."
        ),
    ),
    ThemeTerm(
        "staff-training",
        _("Staff training"),
        _(
            "Prison staff are trained for security and often lack the skills to assess "
            "radicalisation or to work individually with these offenders. Training should be "
            "regular, updated, shared across the region, and assessed for its effectiveness."
        ),
    ),
)


def ensure_themes(theme_model) -> int:
    """Add the seeded themes that are missing; return how many were added."""
    existing = set(theme_model.objects.values_list("slug", flat=True))
    missing = [
        theme_model(slug=term.slug, name=term.name, description=term.description)
        for term in THEMES
        if term.slug not in existing
    ]
    theme_model.objects.bulk_create(missing)
    return len(missing)
