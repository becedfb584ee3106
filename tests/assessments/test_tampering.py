"""Answers that no honest form or sheet produces are refused at every layer: the form, the paper
grid, the importer and the scoring function itself."""

import io

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import Client

from assessments.items import InvalidAnswer, ItemSpec
from assessments.models import Attempt, Participant, Response
from assessments.paper import CellError, parse_cell

from .conftest import ALL_RIGHT

ANSWER_URL = "/participate/pre/rb-knowledge/"


def _submit(client, **overrides):
    return client.post(ANSWER_URL, {**ALL_RIGHT, **overrides, "submit": "1"})


@pytest.mark.django_db
def test_an_option_sent_three_times_is_a_form_error_and_earns_nothing(client, cohort, join):
    join(cohort)
    response = _submit(client, **{"item-RB-03": ["0", "0", "0"]})

    assert response.status_code == 400
    assert "Each option can be chosen only once." in response.content.decode()
    assert not Attempt.objects.submitted().exists()
    assert not Response.objects.filter(item_code="RB-03").exists()


@pytest.mark.django_db
def test_a_single_answer_sent_twice_is_a_form_error(client, cohort, join):
    join(cohort)
    response = _submit(client, **{"item-RB-01": ["0", "1"]})

    assert response.status_code == 400
    assert "Give one answer to this question." in response.content.decode()
    assert not Attempt.objects.submitted().exists()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("item-RB-01", "-1"),
        ("item-RB-01", "2"),
        ("item-RB-01", "0.0"),
        ("item-RB-03", ["0", "-1"]),
        ("item-RB-03", ["0", "7"]),
        ("item-RB-03", ["0", "1.5"]),
        ("item-RB-02", "1"),
    ],
)
def test_an_option_the_item_does_not_have_is_a_form_error(client, cohort, join, field, value):
    join(cohort)
    response = _submit(client, **{field: value})

    assert response.status_code == 400
    assert not Attempt.objects.submitted().exists()


@pytest.mark.django_db
def test_honest_answers_still_score_full_marks(client, cohort, join):
    join(cohort)
    assert _submit(client).status_code == 200
    assert Attempt.objects.submitted().get().score == 4


def _multiple_choice() -> ItemSpec:
    return ItemSpec.from_snapshot(
        {
            "code": "RB-06",
            "kind": "multiple_choice",
            "prompt": "?",
            "points": 1,
            "options": [
                {"label": "Good A", "credit": 0.5},
                {"label": "Good B", "credit": 0.5},
                {"label": "Bad", "credit": -0.5},
            ],
        }
    )


def _single_choice() -> ItemSpec:
    return ItemSpec.from_snapshot(
        {
            "code": "RB-01",
            "kind": "single_choice",
            "prompt": "?",
            "points": 1,
            "options": [{"label": "Right", "credit": 1}, {"label": "Wrong", "credit": 0}],
        }
    )


@pytest.mark.parametrize("answer", [[0, 0, 0], [0, 0], [-1], [3], [True], ["0"], 0, [0.5]])
def test_the_scoring_function_refuses_a_multiple_choice_answer_that_is_not_a_set_of_its_options(answer):
    with pytest.raises(InvalidAnswer):
        _multiple_choice().score(answer)


@pytest.mark.parametrize("answer", [-1, 2, True, "0", 0.0, [0]])
def test_the_scoring_function_refuses_a_single_choice_answer_that_is_not_one_of_its_options(answer):
    with pytest.raises(InvalidAnswer):
        _single_choice().score(answer)


def test_the_scoring_function_still_scores_valid_answers():
    assert _multiple_choice().score([0]) == 0.5
    assert _multiple_choice().score([0, 1]) == 1
    assert _multiple_choice().score([0, 2]) == 0
    assert _single_choice().score(0) == 1
    assert _single_choice().score(None) is None


@pytest.mark.parametrize("cell", ["-1", "0", "A-B", "1.0", "AA", "A A", "+1", "D", "4", "A1"])
def test_a_paper_cell_that_is_not_distinct_known_options_is_refused(cell):
    with pytest.raises(CellError):
        parse_cell(_multiple_choice(), cell)


@pytest.mark.parametrize(("cell", "answer"), [("AB", [0, 1]), ("a, c", [0, 2]), ("1 2", [0, 1]), ("B", [1])])
def test_a_paper_cell_reads_letters_and_option_numbers(cell, answer):
    assert parse_cell(_multiple_choice(), cell) == answer


@pytest.mark.django_db
def test_paper_entry_of_minus_one_is_an_error_on_its_cell(client, trainer, cohort):
    client.force_login(trainer)
    response = client.post(
        f"/cohorts/{cohort.slug}/enter/pre/rb-knowledge/",
        {"rows": "1", "r0-participant": "S-01", "r0-RB-01": "-1"},
    )
    assert response.status_code == 400
    assert "Use a letter from A to B." in response.content.decode()
    assert not Participant.objects.exists()


# --- The importer: a personal code is resolved to its participant, or refused -----------------


def _import(tmp_path, content: str, cohort) -> str:
    path = tmp_path / "results.csv"
    path.write_text(content, encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command("import_results", str(path), "--cohort", cohort.slug, stdout=out, stderr=err)
    except CommandError:
        return err.getvalue()
    return out.getvalue()


@pytest.mark.django_db
def test_an_imported_row_with_a_code_nobody_has_is_refused_on_its_line(tmp_path, cohort):
    output = _import(
        tmp_path,
        "participant,phase,item,score,max_score\nP017,post,RB-01,1,1\nUE2NQRYCB7,post,RB-01,1,1\n",
        cohort,
    )
    assert "line 3: The participant looks like a personal participant code" in output
    assert not Participant.objects.exists()
    assert "UE2NQRYCB7" not in output


@pytest.mark.django_db
def test_an_imported_row_with_a_participants_code_is_filed_under_their_pseudonym(tmp_path, cohort, join):
    code = join(cohort, Client())
    participant = Participant.objects.get()
    _import(
        tmp_path,
        f"participant,phase,item,score,max_score\n{code.lower()},pre,RB-01,1,1\n",
        cohort,
    )
    assert list(Participant.objects.values_list("pseudonym", flat=True)) == [participant.pseudonym]
    assert participant.attempts.get().score == 1
    assert not Participant.objects.filter(pseudonym__icontains=code.replace("-", "")[:5]).exists()


@pytest.mark.django_db
def test_a_participant_cannot_mark_an_item_a_trainer_marks_by_hand(client, cohort, join, plan):
    from assessments.factories import knowledge_items

    test = plan.pre_test
    test.items = [
        *knowledge_items(4),
        ("direct_score", {"code": "RB-09", "prompt": "Essay (marked by the trainer)", "points": 5}),
    ]
    test.save()
    join(cohort)
    page = client.get(ANSWER_URL).content.decode()
    assert "Essay (marked by the trainer)" not in page
    assert _submit(client, **{"item-RB-09": "5"}).status_code == 200
    attempt = Attempt.objects.submitted().get()
    assert attempt.score == 4 and attempt.responses.get(item_code="RB-09").score == 0
