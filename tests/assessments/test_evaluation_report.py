"""The JSON evaluation report: a contract other tools rely on."""

import io
import json
import random

import pytest
from django.core.management import call_command
from scipy import stats

from assessments.importing import import_results

ITEMS = 6


def results_file(participants: int, *, seed: int = 3, only_pre: int = 0) -> tuple[str, dict]:
    """A results file and the totals it holds: {participant: (pre total, post total)}."""
    rng = random.Random(seed)
    rows = ["participant,phase,item,score,max_score"]
    totals = {}
    for number in range(1, participants + only_pre + 1):
        ability = rng.random()
        pair = []
        phases = ("pre",) if number > participants else ("pre", "post")
        for phase in phases:
            total = 0
            for item in range(1, ITEMS + 1):
                chance = min(0.95, ability * 0.6 + (0.3 if phase == "post" else 0) + item * 0.02)
                score = 1 if rng.random() < chance else 0
                total += score
                rows.append(f"P{number:03d},{phase},K-{item:02d},{score},1")
            pair.append(total)
        if len(pair) == 2:
            totals[f"P{number:03d}"] = tuple(pair)
    return "\n".join(rows) + "\n", totals


def evaluation_report(**scope) -> dict:
    out = io.StringIO()
    call_command("evaluation_report", format="json", stdout=out, **scope)
    return json.loads(out.getvalue())


@pytest.mark.django_db
def test_the_report_of_an_imported_dataset_agrees_with_scipy(curriculum):
    data, totals = results_file(24, only_pre=3)
    assert import_results(data, cohort_slug="zenica-2025", curriculum_slug=curriculum.slug, create=True).ok
    document = evaluation_report(cohort="zenica-2025")

    assert document["scope"] == {"cohort": "zenica-2025", "curriculum": curriculum.slug}
    assert document["suppressed"] is False
    assert (document["n_pre"], document["n_post"], document["n_matched"]) == (27, 24, 24)
    pre = [totals[p][0] for p in sorted(totals)]
    post = [totals[p][1] for p in sorted(totals)]
    score = document["score"]
    assert score["max_score"] == ITEMS
    expected = stats.ttest_rel(post, pre)
    assert score["t"] == pytest.approx(expected.statistic)
    assert score["p_t"] == pytest.approx(expected.pvalue)
    assert score["df"] == 23
    assert score["mean_gain"] == pytest.approx(sum(post) / 24 - sum(pre) / 24)
    assert score["improved"] + score["unchanged"] + score["declined"] == 24
    for key in ("ci95", "d_z_ci95"):
        low, high = score[key]
        assert low < high

    items = {row["item"]: row for row in document["items"]}
    assert sorted(items) == [f"K-{n:02d}" for n in range(1, ITEMS + 1)]
    assert document["reliability"]["post"]["k"] == ITEMS
    assert document["reliability"]["post"]["n"] == 24
    for row in items.values():
        assert 0 <= row["facility_pre"] <= 1 and 0 <= row["facility_post"] <= 1
        assert row["p_mcnemar_holm"] >= row["p_mcnemar"]


@pytest.mark.django_db
def test_a_group_below_the_threshold_shows_no_figures_and_no_small_counts(curriculum, settings):
    settings.SMALL_CELL_MIN = 5
    data, _totals = results_file(4)
    assert import_results(data, cohort_slug="tiny", curriculum_slug=curriculum.slug, create=True).ok
    document = evaluation_report(cohort="tiny")
    assert document["suppressed"] is True
    assert document["n_pre"] is None and document["n_post"] is None and document["n_matched"] is None
    assert all(value is None for value in document["score"].values())
    assert document["items"] == []
    text = json.dumps(document)
    assert "NaN" not in text


@pytest.mark.django_db
def test_the_report_names_a_missing_cohort_or_plan(curriculum):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="no cohort"):
        evaluation_report(cohort="nowhere")
    with pytest.raises(CommandError, match="no evaluation plan"):
        evaluation_report(curriculum=curriculum.slug)


@pytest.mark.django_db
def test_an_item_added_in_a_later_version_is_not_analysed_against_people_who_never_saw_it(curriculum):
    from assessments.factories import knowledge_items, make_cohort, make_instrument, make_plan
    from assessments.models import Participant
    from assessments.services import attempt_for, submit_attempt

    test = make_instrument(items=knowledge_items(4))
    make_plan(curriculum, pre_test=test, post_test=test)
    cohort = make_cohort(curriculum)
    people = [
        Participant.objects.create(cohort=cohort, curriculum=curriculum, pseudonym=f"P{n}") for n in range(8)
    ]
    right = {"RB-01": 0, "RB-02": True, "RB-03": [0, 1], "RB-04": 0}
    for person in people:
        submit_attempt(
            attempt=attempt_for(participant=person, phase="pre", instrument=test), answers={"RB-01": 1}
        )
    test.items = knowledge_items(5)  # RB-05 is new: only post-tests ask it
    test.save()
    for person in people:
        submit_attempt(
            attempt=attempt_for(participant=person, phase="post", instrument=test),
            answers={**right, "RB-05": True},
        )
    document = evaluation_report(cohort=cohort.slug)
    assert [item["item"] for item in document["items"]] == ["RB-01", "RB-02", "RB-03", "RB-04"]
    assert document["versions"] == [1, 2]
    from assessments.reports import Scope, report, verdict

    typed = report(Scope(curriculum=cohort.curriculum, plan=cohort.curriculum.evaluation_plan, cohort=cohort))
    assert typed.as_json() == document
    assert any("more than one version" in caveat for caveat in verdict(typed).caveats)


@pytest.mark.django_db
def test_a_plans_answered_pre_test_cannot_be_swapped(curriculum):
    from django.core.exceptions import ValidationError

    from assessments.factories import make_cohort, make_instrument, make_plan
    from assessments.models import Participant
    from assessments.services import attempt_for, submit_attempt

    plan = make_plan(curriculum)
    person = Participant.objects.create(cohort=make_cohort(curriculum), curriculum=curriculum, pseudonym="P1")
    submit_attempt(attempt=attempt_for(participant=person, phase="pre", instrument=plan.pre_test), answers={})
    plan.pre_test = make_instrument(slug="another", title="Another")
    with pytest.raises(ValidationError, match="People have answered"):
        plan.full_clean()
