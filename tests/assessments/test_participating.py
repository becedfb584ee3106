"""Joining a cohort with a code, answering under a pseudonym, and coming back with one's code."""

from assessments.models import Attempt, Participant, Response
from tests.assessments.conftest import ALL_RIGHT


def test_joining_gives_a_personal_code_shown_only_once(client, cohort, join):
    code = join(cohort)
    assert len(code.replace("-", "")) == 10
    second_look = client.get("/participate/welcome/")
    assert code not in second_look.content.decode()
    participant = Participant.objects.get()
    assert participant.cohort == cohort and participant.user is None
    assert code.replace("-", "") not in str(participant.__dict__)  # only a digest is kept


def test_a_wrong_session_code_gets_a_clear_message(client, cohort):
    response = client.post("/join/", {"join-code": "ZZZ-ZZZ"})
    assert response.status_code == 400
    assert "There is no session with this code" in response.content.decode()
    assert not Participant.objects.exists()


def test_a_closed_session_says_so(client, cohort):
    cohort.pre_open = cohort.post_open = False
    cohort.save()
    response = client.post("/join/", {"join-code": cohort.join_code.lower()})
    assert response.status_code == 400
    assert "closed" in response.content.decode()


def test_repeated_wrong_codes_from_one_address_are_slowed_down(client, cohort):
    from assessments.throttle import WRONG_CODES_ALLOWED

    for _ in range(WRONG_CODES_ALLOWED):
        client.post("/join/", {"join-code": "ZZZZZZ"})
    response = client.post("/join/", {"join-code": cohort.join_code})
    assert response.status_code == 429
    assert not Participant.objects.exists()


def test_answering_saves_a_draft_then_submits_once_with_a_score(client, cohort, join):
    join(cohort)
    url = "/participate/pre/rb-knowledge/"
    assert client.get(url).status_code == 200
    response = client.post(url, {"item-RB-01": "0", "item-RB-02": "false", "save": "1"})
    assert response.status_code == 302
    attempt = Attempt.objects.get()
    assert attempt.submitted_at is None
    assert {r.item_code: r.answer for r in attempt.responses.all()} == {"RB-01": 0, "RB-02": False}
    page = client.get(url).content.decode()
    assert 'value="0" required' not in page and "checked" in page  # the draft is shown again

    response = client.post(url, {**ALL_RIGHT, "submit": "1"})
    assert response.status_code == 200
    assert "Your score: 4 out of 4" in response.content.decode()
    attempt.refresh_from_db()
    assert attempt.submitted_at and attempt.score == 4 and attempt.max_score == 4

    again = client.post(url, {"item-RB-01": "1", "submit": "1"})  # a double click or replay
    assert again.status_code == 200
    assert Attempt.objects.count() == 1
    assert Attempt.objects.get().score == 4


def test_submitting_with_unanswered_questions_keeps_every_answer(client, cohort, join):
    join(cohort)
    url = "/participate/pre/rb-knowledge/"
    response = client.post(url, {"item-RB-01": "0", "item-RB-03": ["1"], "submit": "1"})
    assert response.status_code == 400
    page = response.content.decode()
    assert "Answer this question before you submit." in page
    assert Attempt.objects.get().submitted_at is None
    saved = {r.item_code: r.answer for r in Response.objects.all()}
    assert saved == {"RB-01": 0, "RB-03": [1]}


def test_a_participant_code_brings_the_draft_back_on_another_device(client, cohort, join, django_user_model):
    from django.test import Client

    code = join(cohort)
    client.post("/participate/pre/rb-knowledge/", {"item-RB-01": "0", "save": "1"})
    other_device = Client()
    response = other_device.post("/join/", {"return-code": code.lower().replace("-", " ")})
    assert response.status_code == 302
    page = other_device.get("/participate/pre/rb-knowledge/")
    assert page.context["form"].initial == {"item-RB-01": "0"}


def test_without_a_code_nobody_reaches_the_questionnaires(client, cohort):
    response = client.get("/participate/pre/rb-knowledge/")
    assert response.status_code == 404


def test_a_closed_post_test_cannot_be_answered(client, cohort, join):
    join(cohort)
    response = client.get("/participate/post/rb-knowledge/")
    assert response.status_code == 302
    assert not Attempt.objects.filter(phase="post").exists()


def test_the_pages_script_saves_drafts_as_the_person_goes(client, cohort, join):
    join(cohort)
    url = "/participate/pre/rb-knowledge/"
    response = client.post(url, {"item-RB-02": "true"}, headers={"X-Autosave": "1"})
    assert response.status_code == 204
    assert Attempt.objects.get().responses.get().answer is True
    client.post(url, {**ALL_RIGHT, "submit": "1"})
    assert client.post(url, {"item-RB-02": "false"}, headers={"X-Autosave": "1"}).status_code == 409
