"""Trainers run their own cohorts: create, hand out the code, open phases, see who answered."""

import pytest

from assessments.models import Cohort, Participant
from tests.assessments.conftest import ALL_RIGHT


def test_a_trainer_creates_a_cohort_and_gets_a_join_code(client, trainer, plan, curriculum):
    client.force_login(trainer)
    response = client.post(
        "/cohorts/new/",
        {
            "curriculum": curriculum.pk,
            "title": "Sarajevo, March",
            "institution": "Zenica prison",
            "country": "BA",
            "delivery_mode": "face_to_face",
            "starts_on": "2026-03-02",
            "ends_on": "2026-03-03",
        },
    )
    assert response.status_code == 302
    cohort = Cohort.objects.get()
    assert list(cohort.trainers.all()) == [trainer]
    assert len(cohort.join_code) == 6 and not set(cohort.join_code) & set("01OIL")
    page = client.get(response.url).content.decode()
    assert cohort.join_code_display in page


def test_a_cohort_form_with_the_last_day_before_the_first_keeps_what_was_typed(
    client, trainer, plan, curriculum
):
    client.force_login(trainer)
    response = client.post(
        "/cohorts/new/",
        {
            "curriculum": curriculum.pk,
            "title": "Tirana",
            "delivery_mode": "online",
            "starts_on": "2026-03-02",
            "ends_on": "2026-03-01",
        },
    )
    assert response.status_code == 400
    assert "The last day cannot come before the first." in response.content.decode()
    assert 'value="Tirana"' in response.content.decode()
    assert not Cohort.objects.exists()


def test_trainers_see_only_their_own_cohorts(client, cohort, make_user):
    from continuum.roles import TRAINERS

    other = make_user("other-trainer", TRAINERS)
    client.force_login(other)
    assert cohort.title not in client.get("/cohorts/").content.decode()
    for path in [
        "",
        "edit/",
        "sheet/",
        "import/",
        "results.csv",
        "paper/pre/rb-knowledge/",
        "enter/pre/rb-knowledge/",
    ]:
        assert client.get(f"/cohorts/{cohort.slug}/{path}").status_code == 404, path
    assert client.post(f"/cohorts/{cohort.slug}/phases/post/", {"open": "1"}).status_code == 404
    cohort.refresh_from_db()
    assert not cohort.post_open


@pytest.mark.parametrize("who", ["learner", "evaluator"])
def test_learners_and_evaluators_cannot_run_cohorts(client, cohort, who, request):
    client.force_login(request.getfixturevalue(who))
    assert client.get("/cohorts/").status_code == 403
    assert client.get(f"/cohorts/{cohort.slug}/").status_code == 403


def test_the_joining_sheet_has_the_code_and_a_qr_code(client, trainer, cohort):
    client.force_login(trainer)
    page = client.get(f"/cohorts/{cohort.slug}/sheet/").content.decode()
    assert cohort.join_code_display in page
    assert '<figure class="qr"><svg' in page and 'class="qrline"' in page  # segno's QR, not the logo
    assert "QR code that opens the join page" in page and "/join/" in page


def test_opening_the_post_test_lets_participants_answer_it(client, trainer, cohort, join):
    from django.test import Client

    officer = Client()
    join(cohort, officer)
    assert officer.get("/participate/post/rb-knowledge/").status_code == 302  # still closed
    client.force_login(trainer)
    client.post(f"/cohorts/{cohort.slug}/phases/post/", {"open": "1"})
    assert officer.get("/participate/post/rb-knowledge/").status_code == 200


def test_trainers_see_who_answered_by_pseudonym_only(client, trainer, cohort, join):
    from django.test import Client

    officer = Client()
    code = join(cohort, officer)
    officer.post("/participate/pre/rb-knowledge/", {**ALL_RIGHT, "submit": "1"})
    client.force_login(trainer)
    page = client.get(f"/cohorts/{cohort.slug}/").content.decode()
    participant = Participant.objects.get()
    assert participant.pseudonym in page
    assert "✔ submitted" in page
    assert code not in page and code.replace("-", "") not in page


def test_paper_answers_typed_in_are_scored_and_not_counted_twice(client, trainer, cohort):
    client.force_login(trainer)
    url = f"/cohorts/{cohort.slug}/enter/pre/rb-knowledge/"
    assert client.get(url).status_code == 200
    sheets = {
        "rows": "3",
        "r0-participant": "S-01",
        "r0-RB-01": "a",
        "r0-RB-02": "T",
        "r0-RB-03": "AB",
        "r0-RB-04": "A",
        "r1-participant": "S-02",
        "r1-RB-01": "B",
        "r1-RB-02": "f",
        "r1-RB-03": "c",
        "r1-RB-04": "",
    }
    assert client.post(url, sheets).status_code == 302
    scores = dict(Participant.objects.values_list("pseudonym", "attempts__score"))
    assert scores == {"S-01": 4.0, "S-02": 0.0}
    assert client.post(url, sheets).status_code == 302  # typed in twice by mistake
    assert Participant.objects.count() == 2
    assert Participant.objects.filter(attempts__isnull=False).count() == 2


def test_a_paper_cell_that_makes_no_sense_is_named_and_nothing_is_saved(client, trainer, cohort):
    client.force_login(trainer)
    url = f"/cohorts/{cohort.slug}/enter/pre/rb-knowledge/"
    response = client.post(
        url,
        {
            "rows": "2",
            "r0-participant": "S-01",
            "r0-RB-01": "Q",
            "r0-RB-02": "T",
            "r1-participant": "",
            "r1-RB-01": "A",
        },
    )
    assert response.status_code == 400
    page = response.content.decode()
    assert "Use a letter from A to B." in page
    assert "Write the code from the sheet" in page
    assert 'value="Q"' in page  # what was typed stays
    assert not Participant.objects.exists()


def test_the_paper_form_prints_every_item_with_a_box_for_the_code(client, trainer, cohort):
    client.force_login(trainer)
    page = client.get(f"/cohorts/{cohort.slug}/paper/pre/rb-knowledge/").content.decode()
    assert "Your participant code" in page
    for number in range(1, 5):
        assert f"Question {number}?" in page


def test_a_sheet_with_a_code_and_no_answers_is_not_counted(client, trainer, cohort):
    client.force_login(trainer)
    response = client.post(
        f"/cohorts/{cohort.slug}/enter/pre/rb-knowledge/", {"rows": "1", "r0-participant": "S-01"}
    )
    assert response.status_code == 400
    assert "This sheet has no answers" in response.content.decode()
    assert not Participant.objects.exists()


def test_a_participant_code_nobody_has_never_becomes_a_readable_name(client, trainer, cohort):
    client.force_login(trainer)
    response = client.post(
        f"/cohorts/{cohort.slug}/enter/pre/rb-knowledge/",
        {"rows": "1", "r0-participant": "K7QM2-WXH9D", "r0-RB-01": "A"},
    )
    assert response.status_code == 400
    assert "looks like a participant code" in response.content.decode()
    assert not Participant.objects.filter(pseudonym__icontains="K7QM2").exists()


def test_a_paper_sheet_finds_the_participant_by_their_code(client, trainer, cohort, join):
    from django.test import Client

    code = join(cohort, Client())
    client.force_login(trainer)
    response = client.post(
        f"/cohorts/{cohort.slug}/enter/pre/rb-knowledge/",
        {
            "rows": "1",
            "r0-participant": code.lower(),
            "r0-RB-01": "A",
            "r0-RB-02": "T",
            "r0-RB-03": "AB",
            "r0-RB-04": "A",
        },
    )
    assert response.status_code == 302
    participant = Participant.objects.get()
    assert participant.attempts.get().score == 4 and participant.attempts.get().source == "paper"


def test_a_trainer_adds_a_colleague_who_then_runs_the_cohort(client, trainer, make_user, plan, curriculum):
    from continuum.roles import TRAINERS

    colleague = make_user("colleague", TRAINERS)
    client.force_login(trainer)
    client.post(
        "/cohorts/new/",
        {
            "curriculum": curriculum.pk,
            "title": "Tirana",
            "delivery_mode": "face_to_face",
            "starts_on": "2026-03-02",
            "trainers": [colleague.pk],
        },
    )
    cohort = Cohort.objects.get()
    assert set(cohort.trainers.all()) == {trainer, colleague}
    client.force_login(colleague)
    assert client.get(f"/cohorts/{cohort.slug}/").status_code == 200


def test_once_people_have_joined_the_curriculum_of_a_cohort_is_fixed(
    client, trainer, cohort, join, home_page
):
    from django.test import Client

    from curricula.factories import make_curriculum
    from curricula.structure import ensure_curriculum_index

    join(cohort, Client())
    other = make_curriculum(ensure_curriculum_index(home_page), slug="other", title="Other")
    client.force_login(trainer)
    client.post(
        f"/cohorts/{cohort.slug}/edit/",
        {"curriculum": other.pk, "title": "Renamed", "delivery_mode": "online", "starts_on": "2026-03-02"},
    )
    cohort.refresh_from_db()
    assert cohort.title == "Renamed" and cohort.curriculum_id != other.pk


def test_checking_a_full_grid_of_paper_sheets_does_not_query_per_sheet(
    client, trainer, cohort, django_assert_max_num_queries
):
    client.force_login(trainer)
    sheets = {"rows": "40"}
    for row in range(40):  # one bad cell on the first sheet: all are checked, nothing is saved
        sheets |= {f"r{row}-participant": f"S-{row:02d}", f"r{row}-RB-01": "Q" if row == 0 else "A"}
    with django_assert_max_num_queries(25):  # 20 measured; it was 96 with two lookups per sheet
        response = client.post(f"/cohorts/{cohort.slug}/enter/pre/rb-knowledge/", sheets)
    assert response.status_code == 400
    assert not Participant.objects.exists()


def test_a_trainer_removes_a_participant_with_their_answers_after_confirming(client, trainer, cohort, join):
    from django.test import Client

    from assessments.models import Attempt, PersonalDataLogEntry

    join(cohort, Client())
    participant = Participant.objects.get()
    Attempt.objects.create(
        participant=participant,
        phase="pre",
        instrument=cohort.curriculum.evaluation_plan.pre_test,
        version=cohort.curriculum.evaluation_plan.pre_test.current_version,
    )
    client.force_login(trainer)
    url = f"/cohorts/{cohort.slug}/participants/{participant.pk}/remove/"
    assert url in client.get(f"/cohorts/{cohort.slug}/").content.decode()
    confirm = client.get(url)
    assert confirm.status_code == 200 and "This cannot be undone" in confirm.content.decode()
    assert Participant.objects.exists()  # looking removes nothing

    response = client.post(url)
    assert response.status_code == 302
    assert not Participant.objects.exists() and not Attempt.objects.exists()
    entry = PersonalDataLogEntry.objects.get(action="continuum.participant_remove")
    assert entry.user == trainer and participant.pseudonym not in str(entry.data)


def test_another_trainer_cannot_remove_a_participant(client, make_user, cohort, join):
    from django.test import Client

    from continuum.roles import TRAINERS

    join(cohort, Client())
    participant = Participant.objects.get()
    client.force_login(make_user("other", TRAINERS))
    assert client.post(f"/cohorts/{cohort.slug}/participants/{participant.pk}/remove/").status_code == 404
    assert Participant.objects.exists()
