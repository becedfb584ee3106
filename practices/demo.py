"""The practice library part of the demo content: /practices/ and its practices.

The practices are files in `practices/content/`, read by `practices.content_loader`.
Idempotent: a practice whose slug exists is left as it is.
"""

import json

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from wagtail.models import PageViewRestriction

from continuum.content_files import ContentFileError
from continuum.models import HomePage, Theme
from curricula.models import CurriculumPage
from practices.content_loader import load_practices
from practices.models import (
    ActorType,
    ContinuumStage,
    ImplementingOrganisation,
    PracticeCurriculum,
    PracticeIndexPage,
    PracticePage,
    PracticeSource,
    TargetGroup,
)
from practices.structure import ensure_practice_index
from practices.vocabulary import ensure_practice_terms


def _create_practice(index: PracticeIndexPage, data: dict, moderator) -> PracticePage:
    practice = PracticePage(
        title=data["title"],
        slug=data["slug"],
        summary=data["summary"],
        search_description=data["summary"],
        description=json.dumps(data["description"]),
        country=data["country"],
        locality=data["locality"],
        gender_considerations=data["gender_considerations"],
        deliverables=data["deliverables"],
        evidence_level=data["evidence_level"],
        evidence_text=data["evidence_text"],
        sustainability=data["sustainability"],
        transferability=data["transferability"],
        implementation_requirements=data["implementation_requirements"],
        start_year=data["start_year"],
        end_year=data["end_year"],
        status=data["status"],
        languages=", ".join(data["languages"]),
        contact=data["contact"],
        last_verified=data["last_verified"],
    )
    practice.organisations = [
        ImplementingOrganisation(name=name, organisation_type=kind, sort_order=position)
        for position, (name, kind) in enumerate(data["organisations"])
    ]
    practice.sources = [
        PracticeSource(title=title, url=url, sort_order=position)
        for position, (title, url) in enumerate(data["sources"])
    ]
    curricula = {page.slug: page for page in CurriculumPage.objects.filter(slug__in=data["linked_curricula"])}
    practice.linked_curricula = [
        PracticeCurriculum(curriculum=curricula[slug], sort_order=position)
        for position, slug in enumerate(data["linked_curricula"])
    ]
    practice.phases.set(list(ContinuumStage.objects.filter(slug__in=data["phases"])))
    practice.actor_types.set(list(ActorType.objects.filter(slug__in=data["actor_types"])))
    practice.target_groups.set(list(TargetGroup.objects.filter(slug__in=data["target_groups"])))
    practice.themes.set(list(Theme.objects.filter(slug__in=data["themes"])))
    try:
        index.add_child(instance=practice)
    except ValidationError as error:  # what the model checks itself: lengths, years, the slug
        fields = ", ".join(getattr(error, "error_dict", ())) or "page"
        raise ContentFileError(data["path"], fields, "; ".join(error.messages)) from None
    practice.save_revision(user=moderator).publish(user=moderator)
    if data["members_only"]:
        PageViewRestriction.objects.create(page=practice, restriction_type=PageViewRestriction.LOGIN)
    return practice


def seed(*, stdout) -> None:
    # The migrations seed the vocabularies; a database emptied since (a test's flush) gets them back.
    ensure_practice_terms()
    index = ensure_practice_index(HomePage.objects.get())
    moderator = get_user_model().objects.filter(username="moderator").first()
    existing = set(PracticePage.objects.values_list("slug", flat=True))
    practices = [data for data in load_practices() if data["slug"] not in existing]
    created = [_create_practice(index, data, moderator) for data in practices]
    total = PracticePage.objects.count()
    stdout.write(f"Practices: {len(created)} new ({total} in all).")
