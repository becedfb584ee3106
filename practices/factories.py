"""Builders for practices in tests."""

import json

from practices.models import (
    ContinuumStage,
    ImplementingOrganisation,
    PracticeIndexPage,
    PracticePage,
    PracticeSource,
)


def make_practice(
    index: PracticeIndexPage,
    *,
    slug: str,
    title: str | None = None,
    country: str = "BA",
    phases: tuple[str, ...] = ("post_release",),
    themes: tuple = (),
    evidence_level: str = "anecdotal",
    start_year: int | None = 2020,
    summary: str = "Social welfare centres support people after release.",
    publish: bool = True,
) -> PracticePage:
    practice = PracticePage(
        title=title or slug.replace("-", " ").capitalize(),
        slug=slug,
        summary=summary,
        description=json.dumps([{"type": "text", "value": "<p>How the practice works.</p>"}]),
        country=country,
        evidence_level=evidence_level,
        start_year=start_year,
        evidence_text="Reported by practitioners.",
        live=publish,
    )
    practice.organisations = [
        ImplementingOrganisation(name="Centre for Social Work", organisation_type="social_services")
    ]
    practice.sources = [PracticeSource(title="RAN paper", url="https://ec.europa.eu/ran")]
    practice.phases.set(list(ContinuumStage.objects.filter(slug__in=phases)))
    practice.themes.set(list(themes))
    index.add_child(instance=practice)
    if publish:
        practice.save_revision().publish()
    return practice
