"""Benchmark (not part of `make test`; run with `make bench`): one curriculum with 100,000
submitted attempts (50,000 participants, pre and post, 20 items each: 2 million responses).
The headline report must render within 1 s and the item statistics within 5 s, on SQLite and on
PostgreSQL. Prints the figures it measured."""

import io
import statistics
import time

import numpy as np
import pytest
from django.core.management import call_command
from django.utils import timezone

from assessments.factories import make_cohort, make_instrument, make_plan
from assessments.models import Attempt, Participant, Response
from assessments.reports import Scope, items_and_reliability, matched, report
from curricula.factories import make_curriculum
from curricula.structure import ensure_curriculum_index

pytestmark = [pytest.mark.perf, pytest.mark.django_db]

PARTICIPANTS = 50_000
ITEMS = 20
ROUNDS = 5
HEADLINE_BUDGET_S = 1.0
ITEMS_BUDGET_S = 5.0
BATCH = 20_000


def direct_items(count):
    return [
        (
            "direct_score",
            {"code": f"K-{n:02d}", "prompt": f"Item {n}", "points": 1, "outcome": f"K-{1 + n % 4}"},
        )
        for n in range(1, count + 1)
    ]


@pytest.fixture
def big_evaluation(home_page, role_groups):
    started = time.perf_counter()
    curriculum = make_curriculum(ensure_curriculum_index(home_page), modules=1)
    test = make_instrument(slug="big-test", items=direct_items(ITEMS))
    plan = make_plan(curriculum, pre_test=test, post_test=test)
    cohort = make_cohort(curriculum, slug="big")
    version = test.current_version
    rng = np.random.default_rng(7)
    ability = rng.random(PARTICIPANTS)
    difficulty = rng.random(ITEMS)
    Participant.objects.bulk_create(
        (
            Participant(curriculum=curriculum, cohort=cohort, pseudonym=f"B{n:06d}")
            for n in range(PARTICIPANTS)
        ),
        batch_size=BATCH,
    )
    people = list(Participant.objects.filter(cohort=cohort).order_by("pk").values_list("pk", flat=True))
    now = timezone.now()
    for phase, lift in (("pre", 0.0), ("post", 0.25)):
        correct = rng.random((PARTICIPANTS, ITEMS)) < np.clip(
            ability[:, None] * 0.7 + lift - difficulty * 0.3 + 0.2, 0, 1
        )
        totals = correct.sum(axis=1)
        Attempt.objects.bulk_create(
            (
                Attempt(
                    participant_id=pk, phase=phase, instrument=test, version=version, source="import",
                    submitted_at=now, score=float(totals[i]), max_score=float(ITEMS),
                )
                for i, pk in enumerate(people)
            ),
            batch_size=BATCH,
        )  # fmt: skip
        attempt_ids = dict(
            Attempt.objects.filter(phase=phase, instrument=test).values_list("participant_id", "pk")
        )
        for start in range(0, PARTICIPANTS, BATCH // ITEMS * 10):
            chunk = people[start : start + BATCH // ITEMS * 10]
            Response.objects.bulk_create(
                (
                    Response(
                        attempt_id=attempt_ids[pk],
                        item_code=f"K-{j + 1:02d}",
                        score=float(correct[start + i, j]),
                        max_score=1.0,
                    )
                    for i, pk in enumerate(chunk)
                    for j in range(ITEMS)
                ),
                batch_size=BATCH,
            )  # fmt: skip
    call_command("analyze_database", stdout=io.StringIO())
    print(
        f"\nbuilt {2 * PARTICIPANTS} attempts, {Response.objects.count()} responses "
        f"in {time.perf_counter() - started:.0f} s"
    )
    return Scope(curriculum=curriculum, plan=plan)


def timed(function) -> list[float]:
    durations = []
    for _ in range(ROUNDS):
        started = time.perf_counter()
        function()
        durations.append(time.perf_counter() - started)
    return durations


def test_evaluation_report_over_100000_attempts(big_evaluation):
    headline = timed(lambda: report(big_evaluation, with_items=False))
    items = timed(lambda: items_and_reliability(big_evaluation, matched(big_evaluation)))
    print(
        f"headline report: median {statistics.median(headline):.2f} s, max {max(headline):.2f} s "
        f"(budget {HEADLINE_BUDGET_S} s)\n"
        f"item statistics + reliability: median {statistics.median(items):.2f} s, max {max(items):.2f} s "
        f"(budget {ITEMS_BUDGET_S} s)"
    )
    assert statistics.median(headline) < HEADLINE_BUDGET_S
    assert statistics.median(items) < ITEMS_BUDGET_S
