"""Builders for curricula in tests (factory-boy style, but page trees need add_child)."""

import json

from curricula.models import CurriculumIndexPage, CurriculumPage, LearningOutcome, ModulePage

NOTES_MARKER = "zebracrossing"  # a word that appears only in facilitator notes


def module_body(*, notes: str = f"Ask the group about the {NOTES_MARKER} moment.") -> str:
    return json.dumps(
        [
            {"type": "text", "value": "<p>Consistency builds trust between staff and prisoners.</p>"},
            {
                "type": "scenario",
                "value": {
                    "title": "A refusal",
                    "situation": "<p>A prisoner refuses to meet the psychologist.</p>",
                    "questions": ["What would you do first?"],
                    "facilitator_notes": f"<p>{notes}</p>",
                },
            },
            {
                "type": "self_check",
                "value": {
                    "question": "What builds trust?",
                    "options": [
                        {"text": "Consistency", "correct": True},
                        {"text": "Pressure", "correct": False},
                    ],
                    "explanation": "Predictable, fair behaviour.",
                },
            },
        ]
    )


def make_curriculum(
    index: CurriculumIndexPage, *, slug: str = "rapport", title: str = "Rapport building", modules: int = 3
) -> CurriculumPage:
    curriculum = CurriculumPage(title=title, slug=slug, summary=f"About {title.lower()}.")
    curriculum.outcomes = [LearningOutcome(code="RB-1", text="Explain trust.", sort_order=0)]
    index.add_child(instance=curriculum)
    curriculum.save_revision().publish()
    for number in range(1, modules + 1):
        add_module(curriculum, slug=f"module-{number}", title=f"Module {number}")
    return curriculum


def add_module(curriculum: CurriculumPage, *, slug: str, title: str, live: bool = True) -> ModulePage:
    module = ModulePage(title=title, slug=slug, summary=f"{title} summary.", body=module_body(), live=live)
    curriculum.add_child(instance=module)
    revision = module.save_revision()
    if live:
        revision.publish()
    return module
