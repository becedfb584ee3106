"""The demo assessments that seed_demo loads: what an evaluator, a trainer and the demo learner find."""

import io
import zipfile
from collections import defaultdict
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from assessments import statistics
from assessments.content_loader import load
from assessments.models import (
    Attempt,
    Cohort,
    EvaluationPlan,
    Instrument,
    InstrumentKind,
    InstrumentVersion,
    Participant,
    Phase,
    Response,
)
from curricula.models import CurriculumPage

MODELS = [Instrument, InstrumentVersion, EvaluationPlan, Cohort, Participant, Attempt, Response]


def seed() -> str:
    out = io.StringIO()
    call_command("seed_demo", stdout=out)
    return out.getvalue()


def scores_by_participant(instrument: Instrument, phase: str) -> dict[int, dict[str, float]]:
    """Item scores of the demo cohorts' submitted attempts, by participant and item code."""
    scores: dict[int, dict[str, float]] = defaultdict(dict)
    responses = Response.objects.filter(
        attempt__instrument=instrument,
        attempt__phase=phase,
        attempt__submitted_at__isnull=False,
        attempt__participant__cohort__is_demo=True,
    ).values_list("attempt__participant_id", "item_code", "score")
    for participant, code, score in responses:
        scores[participant][code] = score
    return scores


@pytest.mark.django_db
def test_every_demo_curriculum_has_labelled_instruments_and_the_cohorts_span_countries():
    out = seed()
    assert "Assessments: 10 instruments, 4 cohorts, 87 participants (demo data)." in out

    curricula = list(CurriculumPage.objects.all())
    assert len(curricula) == 3
    for curriculum in curricula:
        plan = EvaluationPlan.objects.get(curriculum=curriculum)
        outcomes = set(curriculum.outcomes.values_list("code", flat=True))
        test = plan.pre_test
        assert test.kind == InstrumentKind.KNOWLEDGE and plan.post_test == test
        specs = test.current_version.specs
        assert 10 <= len(specs) <= 15
        assert {spec.outcome for spec in specs} == outcomes  # every item names an outcome; all covered
        kinds = [spec.kind for spec in specs]
        assert kinds.count("single_choice") > len(specs) / 2
        assert kinds.count("true_false") >= 1 and kinds.count("multiple_choice") >= 2
        assert all(spec.points == 1 and spec.feedback for spec in specs)

        scale = plan.confidence_scale.current_version.specs
        assert plan.confidence_scale.kind == InstrumentKind.CONFIDENCE
        assert 5 <= len(scale) <= 8
        assert all(spec.kind == "likert" and spec.scale_points == 5 for spec in scale)
        assert scale[0].labels[0] == "Strongly disagree" and scale[0].labels[-1] == "Strongly agree"
        assert 1 <= sum(spec.reverse_coded for spec in scale) <= 2

        survey = plan.reaction_survey.current_version.specs
        assert plan.reaction_survey.kind == InstrumentKind.REACTION
        assert 4 <= len(survey) <= 6
        assert [spec.prompt for spec in survey if spec.kind == "short_text"] == ["What would you change?"]

    plans = EvaluationPlan.objects.select_related("follow_up")
    assert any(plan.follow_up_id and plan.follow_up_id == plan.pre_test_id for plan in plans)
    assert any(plan.follow_up and plan.follow_up.kind == InstrumentKind.BEHAVIOUR for plan in plans)

    cohorts = list(Cohort.objects.all())
    sizes = {cohort.slug: cohort.participants.count() for cohort in cohorts}
    large = [cohort for cohort in cohorts if 15 <= sizes[cohort.slug] <= 40]
    assert len(large) == 3
    assert len({cohort.country.code for cohort in large}) == 3
    assert sorted(sizes.values())[0] == 4 and len(cohorts) == 4
    by_curriculum = defaultdict(int)
    for cohort in cohorts:
        by_curriculum[cohort.curriculum_id] += 1
    assert len(by_curriculum) >= 2 and max(by_curriculum.values()) >= 2
    assert all(cohort.trainers.filter(username="trainer").exists() for cohort in cohorts)

    for item in [*Instrument.objects.all(), *cohorts]:
        assert item.is_demo, item
        assert "(demo)" in item.title, item

    counts = {model: model.objects.count() for model in MODELS}
    seed()
    assert {model: model.objects.count() for model in MODELS} == counts


@pytest.mark.django_db
def test_demo_answers_show_varied_gains_and_the_weak_items_stand_out(seeded_demo, client):
    for plan in EvaluationPlan.objects.select_related("pre_test", "confidence_scale", "curriculum"):
        codes = [spec.code for spec in plan.pre_test.current_version.specs]
        pre = scores_by_participant(plan.pre_test, Phase.PRE)
        post = scores_by_participant(plan.pre_test, Phase.POST)
        matched = sorted(set(pre) & set(post))
        assert len(matched) < len(pre)  # some did not come back for the post-test

        gains = {code: sum(post[p][code] - pre[p][code] for p in matched) / len(matched) for code in codes}
        assert max(gains.values()) - min(gains.values()) >= 0.2, gains
        assert min(gains.values()) < 0, gains  # at least one item gets worse on average
        assert sum(gains.values()) > 0

        rows = statistics.item_statistics(
            [[pre[p][code] for code in codes] for p in matched],
            [[post[p][code] for code in codes] for p in matched],
            [1.0] * len(codes),
            codes,
        )
        weak = {
            row["item"]
            for row in rows
            if (row["facility_pre"] >= 0.9 and row["facility_post"] >= 0.9)
            or (row["discrimination_index"] is not None and row["discrimination_index"] < 0)
        }
        assert weak == {code for code in load().weak_items if code in codes}, plan.curriculum.slug
        assert len(weak) == 2

        confidence_pre = scores_by_participant(plan.confidence_scale, Phase.PRE)
        confidence_post = scores_by_participant(plan.confidence_scale, Phase.POST)
        both = set(confidence_pre) & set(confidence_post)

        def mean_scale(scores, participant):
            return sum(scores[participant].values()) / len(scores[participant])

        gain = sum(mean_scale(confidence_post, p) - mean_scale(confidence_pre, p) for p in both) / len(both)
        assert 0.4 <= gain <= 1.1, (plan.curriculum.slug, gain)

    assert Attempt.objects.filter(phase=Phase.FOLLOW_UP, participant__cohort__is_demo=True).exists()

    # The demo learner has taken the pre-test of the curriculum they finished: the post-test is due.
    client.force_login(get_user_model().objects.get(username="learner"))
    body = client.get("/my/").content.decode()
    assert "After the training: Dynamic security: knowledge test (demo)" in body


REPORTS = Path(__file__).parent / "demo_evaluation"


@pytest.mark.django_db
def test_the_demo_evaluation_report_is_the_one_made_before_the_content_became_files(seeded_demo):
    """Byte for byte, as `evaluation_report --curriculum <slug> --format json` prints it. The report
    has no dates; but the demo leaves out follow-up answers dated after today, and by the clock of
    December 2026 there are none left (the last is about September 2026)."""
    for path in sorted(REPORTS.glob("*.json")):
        out = io.StringIO()
        call_command("evaluation_report", curriculum=path.stem, format="json", stdout=out)
        assert out.getvalue() == path.read_text(encoding="utf-8"), path.stem
    assert len(list(REPORTS.glob("*.json"))) == 3


@pytest.mark.django_db
def test_an_evaluator_finds_what_works_the_weak_items_and_the_data(seeded_demo, client):
    """The evaluator's walk through the demo (issue "Evaluation", Done means), without a browser."""
    client.post("/accounts/login/", {"username": "evaluator", "password": "continuum-demo"})

    overview = client.get("/evaluation/").content.decode()
    for title in ("Rapport building", "Dynamic security", "Gender-sensitive"):
        assert title in overview
    assert overview.count("Scores rose after the training") >= 2
    assert "plausibly from" in overview  # how sure: the interval in words

    flagged_somewhere = set()
    for slug in (
        "rapport-building-and-trust",
        "dynamic-security-in-daily-practice",
        "gender-sensitive-approaches",
    ):
        document = client.get(f"/evaluation/curricula/{slug}.json").json()
        assert document["suppressed"] is False
        flagged = {item["item"] for item in document["items"] if item["flagged"]}
        assert len(flagged) >= 2, (slug, flagged)
        flagged_somewhere |= flagged
    assert flagged_somewhere >= set(load().weak_items)  # the items written to need rewriting

    small = client.get("/evaluation/cohorts/demo-skopje-2026-06/")
    assert "Too few matched participants" in small.content.decode()

    archive = zipfile.ZipFile(
        io.BytesIO(client.get("/evaluation/curricula/dynamic-security-in-daily-practice/export.zip").content)
    )
    assert sorted(archive.namelist()) == ["attempts.csv", "codebook.csv", "responses.csv"]
    assert "instrument_version" in archive.read("codebook.csv").decode()
