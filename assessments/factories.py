"""Builders for instruments, plans and cohorts, for tests and benchmarks."""

import datetime

from assessments.models import Cohort, EvaluationPlan, Instrument, InstrumentKind


def knowledge_items(count: int = 4, *, prefix: str = "RB") -> list[tuple[str, dict]]:
    """Items of every scored kind, cycling: single choice, true/false, multiple choice, direct."""
    kinds = ["single_choice", "true_false", "multiple_choice"]
    items = []
    for number in range(1, count + 1):
        code = f"{prefix}-{number:02d}"
        kind = kinds[(number - 1) % len(kinds)]
        common = {
            "code": code,
            "prompt": f"Question {number}?",
            "outcome": "RB-1",
            "points": 1,
            "feedback": "",
        }
        if kind == "single_choice":
            options = [{"label": "Right", "correct": True}, {"label": "Wrong", "correct": False}]
            items.append((kind, {**common, "options": options}))
        elif kind == "true_false":
            items.append((kind, {**common, "correct_answer": "true"}))
        else:
            options = [
                {"label": "Good A", "credit": 0.5},
                {"label": "Good B", "credit": 0.5},
                {"label": "Bad", "credit": -0.5},
            ]
            items.append((kind, {**common, "options": options}))
    return items


def likert_items(count: int = 3, *, scale: str = "Confidence", prefix: str = "CF") -> list[tuple[str, dict]]:
    return [
        (
            "likert",
            {
                "code": f"{prefix}-{number:02d}",
                "prompt": f"I feel able to do thing {number}.",
                "scale": scale,
                "scale_points": "5",
                "labels": ["Strongly disagree", "Disagree", "Neither", "Agree", "Strongly agree"],
                "reverse_coded": number == count,
                "outcome": "",
                "feedback": "",
            },
        )
        for number in range(1, count + 1)
    ]


def make_instrument(
    *,
    slug: str = "rb-knowledge",
    title: str = "Rapport test",
    kind: str = InstrumentKind.KNOWLEDGE,
    items=None,
) -> Instrument:
    return Instrument.objects.create(
        slug=slug, title=title, kind=kind, items=items if items is not None else knowledge_items()
    )


def make_plan(curriculum, **instruments) -> EvaluationPlan:
    """A plan; pass pre_test=…, post_test=…, etc. Without any, one knowledge test is both."""
    if not instruments:
        test = make_instrument()
        instruments = {"pre_test": test, "post_test": test}
    return EvaluationPlan.objects.create(curriculum=curriculum, **instruments)


def make_cohort(curriculum, *, slug: str = "sarajevo-2026", trainers=(), **fields) -> Cohort:
    defaults = {
        "title": "Sarajevo, spring 2026",
        "institution": "Zenica prison",
        "country": "BA",
        "starts_on": datetime.date(2026, 3, 2),
        "ends_on": datetime.date(2026, 3, 3),
    }
    cohort = Cohort.objects.create(curriculum=curriculum, slug=slug, **{**defaults, **fields})
    cohort.trainers.set(trainers)
    return cohort
