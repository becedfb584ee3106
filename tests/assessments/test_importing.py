"""Importing results from a CSV file (command and upload screen), and exporting them back.

The file is `participant,phase,item,score,max_score[,answer]`; the header is line 1. The whole
file is checked first, then imported entirely or not at all; importing it again changes nothing.
"""

import csv
import io
import random

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import transaction
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from assessments import importing
from assessments.factories import make_cohort, make_instrument
from assessments.importing import import_results
from assessments.models import (
    Attempt,
    Cohort,
    EvaluationPlan,
    Instrument,
    InstrumentVersion,
    Participant,
    Response,
)
from continuum import roles

HEADER = "participant,phase,item,score,max_score\n"

# Two participants of the fixture's plan (rb-knowledge, items RB-01..RB-04 worth 1 point each, for
# both the pre- and the post-test). P018's paper test only had its first two items marked.
GOOD = HEADER + (
    "P017,pre,RB-01,1,1\n"
    "P017,pre,RB-02,0,1\n"
    "P017,pre,RB-03,0.5,1\n"
    "P017,pre,RB-04,1,1\n"
    "P017,post,RB-01,1,1\n"
    "P017,post,RB-02,1,1\n"
    "P017,post,RB-03,1,1\n"
    "P017,post,RB-04,1,1\n"
    "P018,pre,RB-01,0,1\n"
    "P018,pre,RB-02,0,1\n"
    "P018,post,RB-01,1,1\n"
    "P018,post,RB-02,1,1\n"
)

# Last year's paper results, for a curriculum whose plan has no instruments yet.
PAPER = HEADER.replace("\n", ",answer\n") + (
    "A-01,pre,Q1,2,2,\n"
    "A-01,pre,Q2,0,1,\n"
    'A-01,post,Q1,1.5,2,"Listen first, then ask"\n'
    'A-01,post,Q2,1,1,=HYPERLINK("http://example.com")\n'
    "A-02,pre,Q1,1,2,\n"
    "A-02,post,Q2,1,1,-5 minutes\n"
)


@pytest.fixture
def curriculum(home_page, role_groups):
    """The shared fixture's curriculum, without modules: imports never look at them, and each
    module page costs a few tenths of a second to build."""
    from curricula.factories import make_curriculum
    from curricula.structure import ensure_curriculum_index

    return make_curriculum(ensure_curriculum_index(home_page), modules=0)


def database_state() -> dict:
    """What an import could write: a row count per table, and which instruments the plans use."""
    tables = (Cohort, Participant, Attempt, Response, Instrument, InstrumentVersion, EvaluationPlan)
    state = {model.__name__: model.objects.count() for model in tables}
    state["plans"] = sorted(
        EvaluationPlan.objects.values_list("curriculum_id", "pre_test_id", "post_test_id", "follow_up_id")
    )
    return state


@pytest.fixture
def run_import(tmp_path):
    """`manage.py import_results FILE OPTIONS…` on `content` (text or bytes); returns its output."""

    def run(content: str | bytes, *options: str) -> str:
        path = tmp_path / f"results-{random.getrandbits(32)}.csv"
        if isinstance(content, str):
            path.write_text(content, encoding="utf-8", newline="")
        else:
            path.write_bytes(content)
        out = io.StringIO()
        call_command("import_results", str(path), *options, stdout=out, stderr=io.StringIO())
        return out.getvalue()

    return run


@pytest.fixture
def import_errors(tmp_path):
    """Run the command on a file it must refuse; returns what it wrote on stderr, line by line."""

    def run(content: str | bytes, *options: str) -> list[str]:
        path = tmp_path / "bad.csv"
        if isinstance(content, str):
            path.write_text(content, encoding="utf-8", newline="")
        else:
            path.write_bytes(content)
        err = io.StringIO()
        with pytest.raises(CommandError, match="Nothing imported"):
            call_command("import_results", str(path), *options, stdout=io.StringIO(), stderr=err)
        return [line.removeprefix(f"{path}: ") for line in err.getvalue().splitlines()]

    return run


def export(slug: str) -> str:
    out = io.StringIO()
    call_command("export_results", "--cohort", slug, stdout=out)
    return out.getvalue()


def scores(cohort_slug: str) -> dict[tuple[str, str, str], float]:
    return {
        (r.attempt.participant.pseudonym, r.attempt.phase, r.item_code): r.score
        for r in Response.objects.filter(attempt__participant__cohort__slug=cohort_slug).select_related(
            "attempt__participant"
        )
    }


# --- The command -------------------------------------------------------------------------------


def test_a_good_file_is_imported_under_the_participants_pseudonyms(run_import, cohort):
    output = run_import(GOOD, "--cohort", cohort.slug)

    assert "Imported 4 attempt(s) from 12 row(s); 0 already imported; 2 new participant(s)." in output
    assert sorted(cohort.participants.values_list("pseudonym", flat=True)) == ["P017", "P018"]
    attempts = {(a.participant.pseudonym, a.phase): a for a in Attempt.objects.select_related("participant")}
    assert set(attempts) == {("P017", "pre"), ("P017", "post"), ("P018", "pre"), ("P018", "post")}
    assert [attempts[key].score for key in sorted(attempts)] == [4, 2.5, 2, 0]
    for attempt in attempts.values():
        assert attempt.source == "import"
        assert attempt.submitted_at is not None
        assert attempt.instrument.slug == "rb-knowledge"
        assert attempt.version == attempt.instrument.current_version
        assert attempt.max_score == 4  # the instrument's maximum, as for an attempt made online
    assert Response.objects.count() == 12
    assert scores(cohort.slug)[("P017", "pre", "RB-03")] == 0.5
    assert set(Response.objects.values_list("max_score", flat=True)) == {1}


def test_create_makes_the_cohort_and_one_instrument_for_pre_and_post_with_the_same_items(
    run_import, curriculum
):
    output = run_import(GOOD, "--cohort", "zenica-2025", "--curriculum", "rapport", "--create")

    cohort = Cohort.objects.get(slug="zenica-2025")
    assert cohort.curriculum == curriculum
    assert cohort.get_absolute_url() == "/cohorts/zenica-2025/"
    assert "Created cohort zenica-2025." in output
    instrument = Instrument.objects.get()
    assert f"Created instrument {instrument.slug}." in output
    assert [spec.code for spec in instrument.current_version.specs] == ["RB-01", "RB-02", "RB-03", "RB-04"]
    assert {spec.max_score for spec in instrument.current_version.specs} == {1}
    plan = EvaluationPlan.objects.get(curriculum=curriculum)
    assert plan.pre_test == plan.post_test == instrument
    assert plan.follow_up is None
    assert Attempt.objects.filter(instrument=instrument, participant__cohort=cohort).count() == 4
    assert Attempt.objects.get(participant__pseudonym="P017", phase="pre").max_score == 4


def test_create_makes_two_instruments_when_pre_and_post_ask_different_items(run_import, curriculum):
    output = run_import(
        PAPER.replace("post,Q1,", "post,Q3,"),
        "--cohort",
        "zenica-2025",
        "--curriculum",
        "rapport",
        "--create",
    )

    assert output.count("Created instrument") == 2
    plan = EvaluationPlan.objects.get(curriculum=curriculum)
    assert plan.pre_test != plan.post_test
    assert [s.code for s in plan.pre_test.current_version.specs] == ["Q1", "Q2"]
    assert [s.code for s in plan.post_test.current_version.specs] == ["Q2", "Q3"]
    assert {(s.code, s.max_score) for s in plan.pre_test.current_version.specs} == {("Q1", 2), ("Q2", 1)}


def test_create_fills_in_a_phase_the_plan_lacks_and_keeps_the_others(run_import, cohort, plan):
    follow_up = HEADER + "P017,follow_up,FU-01,3,4\nP017,pre,RB-01,1,1\n"
    run_import(follow_up, "--cohort", cohort.slug, "--create")

    plan.refresh_from_db()
    assert plan.pre_test.slug == plan.post_test.slug == "rb-knowledge"
    assert [s.code for s in plan.follow_up.current_version.specs] == ["FU-01"]
    assert Attempt.objects.get(phase="follow_up").instrument == plan.follow_up
    assert Attempt.objects.get(phase="pre").instrument == plan.pre_test


def test_an_instrument_made_for_a_cohort_with_a_long_title_gets_a_title_that_fits(run_import, cohort):
    cohort.title = "A" * 200
    cohort.save()
    run_import(HEADER + "P017,follow_up,FU-01,3,4\n", "--cohort", cohort.slug, "--create")
    title = EvaluationPlan.objects.get().follow_up.title
    assert len(title) == 200 and title.startswith("AAA")


def test_a_missing_cohort_needs_create_and_a_curriculum(import_errors, curriculum):
    assert import_errors(GOOD, "--cohort", "zenica-2025") == [
        "There is no cohort “zenica-2025” (create it with --create)."
    ]
    assert import_errors(GOOD, "--cohort", "zenica-2025", "--create") == [
        "To create the cohort, name its curriculum (--curriculum)."
    ]
    assert import_errors(GOOD, "--cohort", "zenica-2025", "--create", "--curriculum", "nowhere") == [
        "There is no curriculum “nowhere”."
    ]
    assert not Cohort.objects.exists()


def test_a_new_cohort_needs_a_slug_that_its_web_address_can_carry(import_errors, curriculum):
    for slug in ("Zenica 2025!", "z" * 81):
        errors = import_errors(GOOD, "--cohort", slug, "--create", "--curriculum", "rapport")
        assert len(errors) == 1 and "is not a valid cohort slug" in errors[0]
    assert not Cohort.objects.exists()


def test_without_create_a_phase_the_plan_does_not_ask_is_an_error(import_errors, cohort):
    errors = import_errors(HEADER + "P017,follow_up,RB-01,1,1\n", "--cohort", cohort.slug)
    assert errors == ["line 2: The plan has no follow_up instrument for item RB-01 (use --create)."]


# --- Errors: every one with its line, and nothing written -------------------------------------


@pytest.mark.parametrize(
    ("bad_row", "message"),
    [
        ("P017,during,RB-02,1,1", "Unknown phase “during”: use pre, post or follow_up."),
        ("P017,pre,RB-99,1,1", "Unknown item RB-99 for the pre phase."),
        ("P017,pre,rb 2,1,1", "“rb 2” is not an item code."),
        ("P017,pre,RB-02,one,1", "Score “one” is not a number."),
        ("P017,pre,RB-02,,1", "Score “” is not a number."),
        ("P017,pre,RB-02,-1,1", "Score -1 is below 0."),
        ("P017,pre,RB-02,2,1", "Score 2 is above max_score 1."),
        ("P017,pre,RB-02,1,2", "Item RB-02 is worth 1, not 2."),
        ("P017,pre,RB-02,1,0", "max_score “0” is not a number above 0."),
        ("P017,pre,RB-01,0,1", "P017 already has a pre score for RB-01 on line 2."),
        ("P017,pre,RB-02,1", "Expected 5 values, found 4."),
        ("P017,pre,RB-02,1,1,x", "Expected 5 values, found 6."),
        (",pre,RB-02,1,1", "The participant must be 1 to 40 characters."),
    ],
    ids=[
        "unknown-phase",
        "unknown-item",
        "not-an-item-code",
        "non-numeric-score",
        "empty-score",
        "negative-score",
        "score-above-max",
        "max-score-not-the-items-points",
        "max-score-zero",
        "duplicate",
        "too-few-values",
        "too-many-values",
        "no-participant",
    ],
)
def test_a_bad_row_among_good_ones_is_reported_on_its_line_and_nothing_is_written(
    import_errors, cohort, bad_row, message
):
    before = database_state()
    content = HEADER + "P017,pre,RB-01,1,1\n" + bad_row + "\n" + "P018,pre,RB-01,1,1\n"

    assert import_errors(content, "--cohort", cohort.slug) == [f"line 3: {message}"]
    assert database_state() == before


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("participant,phase,item,score\nP017,pre,RB-01,1\n", "line 1: Missing column “max_score”."),
        (HEADER.replace("\n", ",comment\n") + "P017,pre,RB-01,1,1,x\n", "line 1: Unknown column “comment”."),
        (
            "Participant, Phase ,ITEM,score,max_score\nP017,pre,RB-01,1,1\nP017,pre,RB-01,1,1\n",
            "line 3: P017 already has a pre score for RB-01 on line 2.",
        ),
        (
            HEADER.replace("\n", ",score\n") + "P017,pre,RB-01,1,1,0\n",
            "line 1: The column “score” comes twice.",
        ),
        (
            (HEADER + "Müller,pre,RB-01,1,1\n").encode("latin-1"),
            "The file is not UTF-8 text. Save it as “CSV UTF-8” and try again.",
        ),
        ("", "line 1: The file is empty: it needs the header participant,phase,item,score,max_score."),
        (HEADER, "The file has no results to import."),
        (HEADER + "\n,,,,\n\n", "The file has no results to import."),
    ],
    ids=[
        "missing-column",
        "unknown-column",
        "header-in-other-case",
        "column-twice",
        "not-utf-8",
        "empty",
        "header-only",
        "only-blank-rows",
    ],
)
def test_a_file_that_cannot_be_read_says_why(import_errors, cohort, content, message):
    before = database_state()
    assert import_errors(content, "--cohort", cohort.slug) == [message]
    assert database_state() == before


def test_every_error_is_reported_in_line_order_on_stderr(tmp_path, cohort):
    path = tmp_path / "results.csv"
    path.write_text(
        HEADER + "P017,pre,RB-01,x,1\nP017,pre,RB-02,1,1\nP017,later,RB-03,1,1\nP017,pre,RB-02,1,1\n"
    )
    err = io.StringIO()

    with pytest.raises(CommandError, match=r"Nothing imported: 3 error\(s\)\."):
        call_command("import_results", str(path), "--cohort", cohort.slug, stdout=io.StringIO(), stderr=err)

    assert err.getvalue().splitlines() == [
        f"{path}: line 2: Score “x” is not a number.",
        f"{path}: line 4: Unknown phase “later”: use pre, post or follow_up.",
        f"{path}: line 5: P017 already has a pre score for RB-02 on line 3.",
    ]
    assert not Attempt.objects.exists()


def test_a_file_longer_than_the_limit_is_refused(import_errors, cohort, monkeypatch):
    monkeypatch.setattr(importing, "MAX_ROWS", 2)
    errors = import_errors(GOOD, "--cohort", cohort.slug)
    assert errors == ["line 4: The file has more than 2 rows."]
    assert not Attempt.objects.exists()


def test_a_cell_too_large_for_the_csv_reader_is_reported_on_its_line(import_errors, cohort):
    content = (
        HEADER.replace("\n", ",answer\n") + "P017,pre,RB-01,1,1,\n" + f"P017,pre,RB-02,1,1,{'x' * 200_000}\n"
    )
    assert import_errors(content, "--cohort", cohort.slug) == [
        "line 3: field larger than field limit (131072)"
    ]
    assert not Attempt.objects.exists()


def test_a_file_that_is_not_there_is_a_clear_error(tmp_path, cohort):
    with pytest.raises(CommandError, match="Cannot read"):
        call_command("import_results", str(tmp_path / "nowhere.csv"), "--cohort", cohort.slug)


def test_the_same_item_with_two_max_scores_cannot_make_an_instrument(import_errors, curriculum):
    content = HEADER + "A-01,pre,Q1,1,2\nA-02,pre,Q1,1,1\n"
    errors = import_errors(content, "--cohort", "new", "--curriculum", "rapport", "--create")
    assert errors == ["line 3: Item Q1 has max_score 1 here but 2 elsewhere."]
    assert not Instrument.objects.exists() and not Cohort.objects.exists()


def test_likert_items_score_from_one(import_errors, curriculum):
    from assessments.factories import likert_items

    scale = make_instrument(slug="confidence", title="Confidence", kind="confidence", items=likert_items())
    EvaluationPlan.objects.create(curriculum=curriculum, confidence_scale=scale)
    make_cohort(curriculum)
    errors = import_errors(HEADER + "P017,pre,CF-01,0,5\n", "--cohort", "sarajevo-2026")
    assert errors == ["line 2: Item CF-01 scores from 1."]


def test_imported_attempts_keep_their_scale_scores_like_online_ones(run_import, curriculum):
    from assessments.factories import likert_items

    scale = make_instrument(slug="confidence", title="Confidence", kind="confidence", items=likert_items())
    EvaluationPlan.objects.create(curriculum=curriculum, confidence_scale=scale)
    make_cohort(curriculum)
    run_import(
        HEADER + "P017,pre,CF-01,4,5\nP017,pre,CF-02,5,5\nP017,pre,CF-03,3,5\n", "--cohort", "sarajevo-2026"
    )
    attempt = Attempt.objects.get()
    assert attempt.score == 12
    assert attempt.scale_scores == {"Confidence": pytest.approx(4.0)}


def test_a_failure_while_writing_leaves_nothing_behind(run_import, curriculum, monkeypatch):
    def fail(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(Response.objects, "bulk_create", fail)
    before = database_state()
    with pytest.raises(RuntimeError):
        run_import(PAPER, "--cohort", "zenica-2025", "--curriculum", "rapport", "--create")
    assert database_state() == before


# --- Importing again ----------------------------------------------------------------------------


def test_importing_the_same_file_twice_changes_nothing(run_import, cohort):
    run_import(GOOD, "--cohort", cohort.slug)
    before = database_state()

    output = run_import(GOOD, "--cohort", cohort.slug)

    assert "Imported 0 attempt(s) from 12 row(s); 4 already imported; 0 new participant(s)." in output
    assert database_state() == before


def test_importing_a_created_cohorts_file_twice_creates_nothing_more(run_import, curriculum):
    options = ("--cohort", "zenica-2025", "--curriculum", "rapport", "--create")
    run_import(PAPER, *options)
    before = database_state()

    output = run_import(PAPER, *options)

    assert "Created" not in output
    assert "Imported 0 attempt(s) from 6 row(s); 4 already imported" in output
    assert database_state() == before


def test_a_file_adding_participants_to_an_import_keeps_the_first_ones(run_import, cohort):
    run_import(GOOD, "--cohort", cohort.slug)
    output = run_import(GOOD + "P019,pre,RB-01,1,1\n", "--cohort", cohort.slug)

    assert "Imported 1 attempt(s) from 13 row(s); 4 already imported; 1 new participant(s)." in output
    assert Attempt.objects.count() == 5


def test_other_scores_for_an_imported_attempt_reject_the_whole_file(run_import, import_errors, cohort):
    run_import(GOOD, "--cohort", cohort.slug)
    before = database_state()
    changed = GOOD.replace("P017,pre,RB-03,0.5,1", "P017,pre,RB-03,1,1") + "P019,pre,RB-01,1,1\n"

    errors = import_errors(changed, "--cohort", cohort.slug)

    assert errors == ["line 2: P017 already has a pre attempt in this cohort with other scores."]
    assert database_state() == before
    assert scores(cohort.slug)[("P017", "pre", "RB-03")] == 0.5


def test_an_online_draft_is_not_overwritten_by_an_import(import_errors, cohort, plan):
    from assessments import services

    participant = Participant.objects.create(cohort=cohort, curriculum=cohort.curriculum, pseudonym="P017")
    attempt = services.attempt_for(participant=participant, phase="pre", instrument=plan.pre_test)
    services.save_draft(attempt=attempt, answers={"RB-01": 0})

    errors = import_errors(GOOD, "--cohort", cohort.slug)

    assert errors == ["line 2: P017 already has a pre attempt in this cohort with an unfinished draft."]
    assert Attempt.objects.count() == 1


def test_an_import_running_at_the_same_time_makes_the_other_one_fail_cleanly(cohort, monkeypatch):
    """Two trainers upload the same file at once: both pass the checks, one of them writes."""
    check_existing = importing._check_existing
    other_import_done = []

    def meanwhile(*args, **kwargs):
        found = check_existing(*args, **kwargs)
        if not other_import_done:
            other_import_done.append("running")  # the other import checks without stopping here
            other_import_done[0] = import_results(GOOD, cohort_slug=cohort.slug)
        return found

    monkeypatch.setattr(importing, "_check_existing", meanwhile)
    report = import_results(GOOD, cohort_slug=cohort.slug)

    assert other_import_done[0].attempts_created == 4
    assert not report.ok
    assert "at the same time" in str(report.errors[0])
    assert report.attempts_created == 0
    assert Attempt.objects.count() == 4
    assert import_results(GOOD, cohort_slug=cohort.slug).attempts_unchanged == 4


# --- What a spreadsheet writes -------------------------------------------------------------------


def test_rows_may_come_in_any_order(run_import, cohort):
    header, *rows = GOOD.splitlines()
    random.Random(4).shuffle(rows)
    run_import("\n".join([header, *rows]) + "\n", "--cohort", cohort.slug)

    assert Attempt.objects.count() == 4
    assert scores(cohort.slug)[("P017", "pre", "RB-03")] == 0.5
    assert Attempt.objects.get(participant__pseudonym="P017", phase="pre").score == 2.5


def test_a_spreadsheets_bom_windows_line_ends_quotes_and_blank_lines_are_understood(run_import, cohort):
    content = (
        "\ufeffparticipant,phase,item,score,max_score,answer\r\n"
        "\r\n"
        'P017,pre,RB-01,1,1,"Right, because ""trust"" matters"\r\n'
        " P017 , pre , RB-02 , 0 , 1 ,\r\n"
        ",,,,,\r\n"
        '"P017","pre","RB-03","0.5","1",""\r\n'
    )
    run_import(content.encode("utf-8"), "--cohort", cohort.slug)

    attempt = Attempt.objects.get()
    assert attempt.participant.pseudonym == "P017"
    answers = {r.item_code: (r.score, r.answer) for r in attempt.responses.all()}
    assert answers == {
        "RB-01": (1, 'Right, because "trust" matters'),
        "RB-02": (0, None),
        "RB-03": (0.5, None),
    }


def test_lines_are_numbered_as_the_spreadsheet_shows_its_rows(import_errors, cohort):
    """A cell with a line break is one spreadsheet row: the rows after it keep their numbers."""
    content = HEADER.replace("\n", ",answer\n") + 'P017,pre,RB-01,1,1,"First,\nthen"\nP017,pre,RB-02,9,1,\n'
    assert import_errors(content, "--cohort", cohort.slug) == ["line 3: Score 9 is above max_score 1."]


def test_control_characters_are_not_kept(run_import, cohort):
    """PostgreSQL cannot store a NUL character, and no export format can carry control characters."""
    run_import(
        HEADER.replace("\n", ",answer\n") + "P0\x0017,pre,RB-01,1,1,a\x00b\x0bc\n", "--cohort", cohort.slug
    )
    response = Response.objects.select_related("attempt__participant").get()
    assert (response.attempt.participant.pseudonym, response.answer) == ("P017", "abc")


# --- Export and round trip -----------------------------------------------------------------------


def test_an_export_imports_into_a_new_cohort_and_exports_the_same(run_import, curriculum):
    run_import(PAPER, "--cohort", "zenica-2025", "--curriculum", "rapport", "--create")
    first = export("zenica-2025")
    instruments = Instrument.objects.count()

    output = run_import(first, "--cohort", "zenica-2026", "--curriculum", "rapport", "--create")
    second = export("zenica-2026")

    assert "Created instrument" not in output  # the plan's instruments ask these items now
    assert Instrument.objects.count() == instruments
    assert second.splitlines() == first.splitlines()
    assert first.splitlines() == [
        "participant,phase,item,score,max_score,answer",
        "A-01,pre,Q1,2,2,",
        "A-01,pre,Q2,0,1,",
        'A-01,post,Q1,1.5,2,"Listen first, then ask"',
        'A-01,post,Q2,1,1,"\'=HYPERLINK(""http://example.com"")"',
        "A-02,pre,Q1,1,2,",
        "A-02,post,Q2,1,1,'-5 minutes",
    ]
    assert scores("zenica-2026") == scores("zenica-2025")

    def answers(slug):
        responses = Response.objects.filter(attempt__participant__cohort__slug=slug)
        return {
            (r.attempt.participant.pseudonym, r.attempt.phase, r.item_code): r.answer
            for r in responses.select_related("attempt__participant")
        }

    assert answers("zenica-2026") == answers("zenica-2025")  # the neutralising quote is not kept


def test_online_answers_export_as_text_that_imports_again(run_import, cohort, client, join):
    from tests.assessments.conftest import ALL_RIGHT

    join(cohort)
    client.post("/participate/pre/rb-knowledge/", {**ALL_RIGHT, "submit": "1"})
    pseudonym = Participant.objects.get().pseudonym

    exported = export(cohort.slug)

    assert exported.splitlines()[1:] == [
        f"{pseudonym},pre,RB-01,1,1,Right",
        f"{pseudonym},pre,RB-02,1,1,true",
        f"{pseudonym},pre,RB-03,1,1,Good A; Good B",
        f"{pseudonym},pre,RB-04,1,1,Right",
    ]
    output = run_import(exported, "--cohort", "copy", "--curriculum", "rapport", "--create")
    assert "Imported 1 attempt(s)" in output
    assert export("copy") == exported


def test_formula_like_pseudonyms_are_neutralised_in_the_export_and_come_back_as_they_were(run_import, cohort):
    run_import(HEADER + "=1+2,pre,RB-01,1,1\n@SUM(A1),pre,RB-01,0,1\n", "--cohort", cohort.slug)

    exported = export(cohort.slug)

    assert [row[0] for row in csv.reader(io.StringIO(exported))][1:] == ["'=1+2", "'@SUM(A1)"]
    run_import(exported, "--cohort", "copy", "--curriculum", "rapport", "--create")
    assert set(Participant.objects.filter(cohort__slug="copy").values_list("pseudonym", flat=True)) == {
        "=1+2",
        "@SUM(A1)",
    }


def test_exporting_an_unknown_cohort_is_an_error(db):
    with pytest.raises(CommandError, match="There is no cohort 'nowhere'"):
        export("nowhere")


# --- The upload screen and the download ---------------------------------------------------------


def upload(client, slug: str, content: bytes, **fields):
    from django.core.files.uploadedfile import SimpleUploadedFile

    data = {"file": SimpleUploadedFile("results.csv", content, content_type="text/csv"), **fields}
    return client.post(f"/cohorts/{slug}/import/", data)


def test_a_trainer_uploads_a_good_file_and_sees_what_came_in(client, trainer, cohort):
    client.force_login(trainer)
    assert client.get(f"/cohorts/{cohort.slug}/import/").status_code == 200

    response = upload(client, cohort.slug, GOOD.encode())

    assert response.status_code == 302 and response["Location"] == f"/cohorts/{cohort.slug}/"
    page = client.get(response["Location"]).content.decode()
    assert "Imported 4 attempt" in page  # the message says how many attempts came in
    assert Attempt.objects.filter(participant__cohort=cohort, source="import").count() == 4


def test_an_upload_can_create_instruments_for_a_phase_the_plan_lacks(client, trainer, cohort, plan):
    client.force_login(trainer)
    content = (HEADER + "P017,follow_up,FU-01,2,3\n").encode()

    assert upload(client, cohort.slug, content).status_code == 400
    response = upload(client, cohort.slug, content, create_instruments="on")

    assert response.status_code == 302
    plan.refresh_from_db()
    assert [s.code for s in plan.follow_up.current_version.specs] == ["FU-01"]


def test_a_bad_upload_lists_every_problem_and_writes_nothing(client, trainer, cohort):
    client.force_login(trainer)
    before = database_state()
    content = GOOD + "P019,pre,RB-01,5,1\nP019,during,RB-02,1,1\n"

    response = upload(client, cohort.slug, content.encode())

    assert response.status_code == 400
    page = response.content.decode()
    assert "Nothing was imported: 2 problems to fix first." in page
    assert "Line 14: Score 5 is above max_score 1." in page
    assert "Line 15: Unknown phase “during”: use pre, post or follow_up." in page
    assert database_state() == before


def test_an_upload_without_a_file_asks_for_one(client, trainer, cohort):
    client.force_login(trainer)
    response = client.post(f"/cohorts/{cohort.slug}/import/", {})
    assert response.status_code == 400
    assert not Attempt.objects.exists()


def test_another_trainers_cohort_cannot_be_imported_into_or_exported(client, make_user, cohort):
    client.force_login(make_user("other", roles.TRAINERS))
    assert upload(client, cohort.slug, GOOD.encode()).status_code == 404
    assert client.get(f"/cohorts/{cohort.slug}/results.csv").status_code == 404
    assert not Attempt.objects.exists()


def test_a_learner_may_not_import(client, learner, cohort):
    client.force_login(learner)
    assert upload(client, cohort.slug, GOOD.encode()).status_code == 403
    assert client.get(f"/cohorts/{cohort.slug}/results.csv").status_code == 403
    assert not Attempt.objects.exists()


def test_an_anonymous_visitor_is_sent_to_sign_in(client, cohort):
    response = upload(client, cohort.slug, GOOD.encode())
    assert response.status_code == 302
    assert response["Location"] == f"/accounts/login/?next=/cohorts/{cohort.slug}/import/"
    assert not Attempt.objects.exists()


def test_a_trainer_downloads_the_cohorts_results_with_formulas_neutralised(
    client, trainer, cohort, run_import
):
    content = (
        HEADER.replace("\n", ",answer\n") + "P017,pre,RB-01,1,1,=cmd|'/c calc'!A1\nP017,pre,RB-02,0,1,\n"
    )
    run_import(content, "--cohort", cohort.slug)
    client.force_login(trainer)

    response = client.get(f"/cohorts/{cohort.slug}/results.csv")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == f'attachment; filename="{cohort.slug}-results.csv"'
    assert response.content.startswith("\ufeff".encode())  # Excel reads the file as UTF-8
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0] == ["participant", "phase", "item", "score", "max_score", "answer"]
    assert len(rows) == 3
    assert ["P017", "pre", "RB-01", "1", "1", "'=cmd|'/c calc'!A1"] in rows


# --- Fuzzing -------------------------------------------------------------------------------------

CELLS = st.one_of(
    st.sampled_from(
        [
            *["P017", "P018", "pre", "post", "follow_up", "during", "RB-01", "RB-04", "RB-99", "FU-01"],
            *["rb-01", "0", "1", "0.5", "-1", "2", "1e309", "nan", "inf"],
            *["", " P019 ", "=cmd", "'=cmd", 'a "quoted", answer', "line\nbreak", "\x00", "\ufeff", "x" * 41],
        ]
    ),
    st.text(max_size=12),
)
# Rows the fixture's plan accepts (follow_up ones only with create, which makes its instrument).
GOOD_ROWS = st.tuples(
    st.sampled_from(["P017", "P018", "P019", "'=P020"]),
    st.sampled_from(["pre", "post", "follow_up"]),
    st.sampled_from(["RB-01", "RB-02", "RB-03", "RB-04"]),
    st.sampled_from(["0", "1", "0.5", "1.0", " 1 "]),
    st.just("1"),
    st.sampled_from(["", "yes, really", "=cmd", "'=cmd", "x\ny", "\x00"]),
).map(list)
BAD_ROWS = st.lists(CELLS, max_size=7)
FULL_HEADER = ["participant", "phase", "item", "score", "max_score", "answer"]
HEADERS = st.one_of(
    st.permutations(FULL_HEADER),
    st.lists(st.sampled_from([*FULL_HEADER, "x", ""]), max_size=7),
)


@st.composite
def csv_files(draw) -> bytes | str:
    """A file that is good, good but for a few cells, or anything at all."""
    kind = draw(st.sampled_from(["good", "good", "good", "a few bad rows", "anything"]))
    header = FULL_HEADER if kind != "anything" else draw(HEADERS)
    rows = draw(st.lists(GOOD_ROWS, min_size=1, max_size=10, unique_by=lambda row: tuple(row[:3])))
    if kind == "a few bad rows":
        for bad in draw(st.lists(st.one_of(GOOD_ROWS, BAD_ROWS), min_size=1, max_size=3)):
            rows.insert(draw(st.integers(0, len(rows))), bad)
    elif kind == "anything":
        rows = draw(st.lists(st.one_of(GOOD_ROWS, BAD_ROWS), max_size=8))
    # Python's writer does not quote a line feed when lines end with a lone carriage return.
    newline = draw(st.sampled_from(["\n", "\r\n"] if kind != "anything" else ["\n", "\r\n", "\r"]))
    if kind != "anything" or draw(st.booleans()):
        output = io.StringIO()
        csv.writer(output, lineterminator=newline).writerows([header, *rows])
        text = output.getvalue()
    else:  # written by hand, without quoting
        text = newline.join(",".join(row) for row in [header, *rows])
    if draw(st.booleans()):
        text = "\ufeff" + text
    if kind != "anything" or draw(st.booleans()):
        return text if draw(st.booleans()) else text.encode()
    data = text.encode(draw(st.sampled_from(["utf-8", "utf-16", "latin-1"])), errors="replace")
    garbage = draw(st.binary(max_size=4))
    cut = draw(st.integers(0, len(data)))
    return data[:cut] + garbage + data[cut:]


# (cohort, curriculum, create): mostly the fixture's cohort, with and without creating instruments.
TARGETS = st.sampled_from(
    [
        ("sarajevo-2026", None, True),
        ("sarajevo-2026", None, True),
        ("sarajevo-2026", None, False),
        ("sarajevo-2026", "rapport", True),
        ("sarajevo-2026", "nowhere", False),
        ("new-cohort", "rapport", True),
        ("new-cohort", "rapport", False),
        ("new-cohort", None, True),
        ("Not a slug!", "rapport", True),
    ]
)


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=csv_files(), target=TARGETS)
def test_any_file_is_imported_whole_or_not_at_all(cohort, data, target):
    cohort_slug, curriculum_slug, create = target
    before = database_state()
    with transaction.atomic():  # each example starts from the same database
        report = import_results(data, cohort_slug=cohort_slug, curriculum_slug=curriculum_slug, create=create)
        after = database_state()
        transaction.set_rollback(True)

    event("imported" if report.ok else "refused")
    assert all(str(error) for error in report.errors)
    if report.ok:
        assert report.rows > 0
        assert after["Attempt"] - before["Attempt"] == report.attempts_created > 0
        assert after["Response"] - before["Response"] == report.rows
        assert after["Participant"] - before["Participant"] == report.participants_created
    else:
        assert after == before
        assert report.attempts_created == report.participants_created == 0


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=csv_files(), create=st.booleans())
def test_no_upload_breaks_the_import_screen(client, trainer, cohort, data, create):
    client.force_login(trainer)
    before = database_state()
    content = data.encode("utf-8", errors="surrogatepass") if isinstance(data, str) else data

    response = upload(client, cohort.slug, content, **({"create_instruments": "on"} if create else {}))

    assert response.status_code in (302, 400)
    if response.status_code == 400:
        assert database_state() == before


def test_the_command_names_the_trainers_of_a_created_cohort(curriculum, trainer, run_import):
    from assessments.models import Cohort

    content = "participant,phase,item,score,max_score\nP1,pre,K-01,1,1\n"
    run_import(
        content, "--cohort", "hist-2024", "--curriculum", curriculum.slug, "--create", "--trainer", "trainer"
    )
    assert list(Cohort.objects.get(slug="hist-2024").trainers.all()) == [trainer]
    with pytest.raises(CommandError, match="Unknown trainer"):
        run_import(
            content,
            "--cohort",
            "hist-2025",
            "--curriculum",
            curriculum.slug,
            "--create",
            "--trainer",
            "nobody",
        )
    assert not Cohort.objects.filter(slug="hist-2025").exists()
