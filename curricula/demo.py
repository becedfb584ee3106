"""The curricula part of the demo content: /curricula/, three curricula and a learner's progress.

The curricula and their modules are content files in curricula/content/ (`curricula.content_loader`).
Idempotent: a curriculum whose slug exists is left as it is, and progress is only added for a
learner who has none.
"""

import json

from django.contrib.auth import get_user_model

from continuum.models import HomePage, Theme
from curricula.content_loader import Curriculum, load_curricula
from curricula.models import (
    Audience,
    CurriculumIndexPage,
    CurriculumPage,
    Enrolment,
    LearningOutcome,
    ModulePage,
)
from curricula.services import complete_module, enrol
from curricula.structure import ensure_curriculum_index
from curricula.vocabulary import ensure_audiences

DEMO_LEARNER = "learner"
# The demo learner has finished the second curriculum and is part-way through the first.
COMPLETED_CURRICULUM = "dynamic-security-in-daily-practice"
IN_PROGRESS_CURRICULUM = "rapport-building-and-trust"
IN_PROGRESS_MODULES_DONE = 2


def curricula() -> list[Curriculum]:
    """The demo curricula as their files say, in their order on /curricula/ (checked: a broken file
    is a `ContentFileError` naming the file and the field)."""
    return load_curricula()


def _create_curriculum(index: CurriculumIndexPage, data: Curriculum) -> CurriculumPage:
    curriculum = CurriculumPage(
        title=data.title,
        slug=data.slug,
        summary=data.summary,
        search_description=data.summary,
        level=data.level,
        duration_minutes=data.duration_minutes,
        prerequisites=data.prerequisites,
    )
    curriculum.outcomes = [
        LearningOutcome(code=code, text=text, sort_order=position)
        for position, (code, text) in enumerate(data.outcomes)
    ]
    curriculum.themes.set(list(Theme.objects.filter(slug__in=data.themes)))
    curriculum.audiences.set(list(Audience.objects.filter(slug__in=data.audiences)))
    index.add_child(instance=curriculum)
    curriculum.save_revision().publish()
    for module_data in data.modules:
        module = ModulePage(
            title=module_data.title,
            slug=module_data.slug,
            summary=module_data.summary,
            search_description=module_data.summary,
            outcome_codes=", ".join(module_data.outcomes),
            body=json.dumps(module_data.body),
        )
        curriculum.add_child(instance=module)
        module.save_revision().publish()
    return curriculum


def _seed_learner_progress() -> None:
    learner = get_user_model().objects.filter(username=DEMO_LEARNER).first()
    if learner is None or Enrolment.objects.filter(user=learner).exists():
        return
    for slug, modules_done in (
        (COMPLETED_CURRICULUM, None),
        (IN_PROGRESS_CURRICULUM, IN_PROGRESS_MODULES_DONE),
    ):
        curriculum = CurriculumPage.objects.get(slug=slug)
        enrol(user=learner, curriculum=curriculum)
        for module in list(curriculum.modules())[:modules_done]:
            complete_module(user=learner, module=module)


def seed(*, stdout) -> None:
    ensure_audiences(Audience)
    index = ensure_curriculum_index(HomePage.objects.get())
    created = [
        _create_curriculum(index, data).title
        for data in curricula()
        if not CurriculumPage.objects.filter(slug=data.slug).exists()
    ]
    _seed_learner_progress()
    total = CurriculumPage.objects.count()
    stdout.write(f"Curricula: {len(created)} new ({total} in all); the demo learner has progress.")
