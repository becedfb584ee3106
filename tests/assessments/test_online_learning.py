"""Online learners: the pre-test before the modules, the post-test after them, follow-ups on /my/."""

import datetime

import pytest
from django.utils import timezone

from assessments.models import Attempt, Participant
from curricula.services import complete_module
from tests.assessments.conftest import ALL_RIGHT


@pytest.fixture
def enrolled(client, learner, plan, curriculum):
    client.force_login(learner)
    client.post(f"/curricula-actions/enrol/{curriculum.pk}/")
    return learner


def test_modules_wait_until_the_pre_test_is_done(client, enrolled, curriculum):
    module = curriculum.modules().first()
    response = client.get(module.url)
    assert response.status_code == 302
    assert response.url == f"/participate/online/{curriculum.pk}/"
    assert client.get(response.url).status_code == 200  # a page with a button: GET creates nothing
    client.post(response.url)
    client.post("/participate/pre/rb-knowledge/", {**ALL_RIGHT, "submit": "1"})
    assert client.get(module.url).status_code == 200


def test_without_the_option_modules_open_at_once(client, enrolled, curriculum, plan):
    plan.pre_test_before_modules = False
    plan.save()
    assert client.get(curriculum.modules().first().url).status_code == 200


def test_trainers_and_visitors_are_never_held_back(client, trainer, curriculum, plan):
    module = curriculum.modules().first()
    assert client.get(module.url).status_code == 200
    client.force_login(trainer)
    assert client.get(module.url).status_code == 200


def test_the_curriculum_page_invites_learners_to_the_pre_test(client, enrolled, curriculum):
    page = client.get(curriculum.url).content.decode()
    assert "Take the pre-test" in page
    assert f"/participate/online/{curriculum.pk}/" in page


def test_the_post_test_opens_when_every_module_is_complete(client, enrolled, curriculum):
    client.post(f"/participate/online/{curriculum.pk}/")
    client.post("/participate/pre/rb-knowledge/", {**ALL_RIGHT, "submit": "1"})
    assert client.get("/participate/post/rb-knowledge/").status_code == 302  # not yet
    assert "No assessments are due." in client.get("/my/").content.decode()
    for module in curriculum.modules():
        complete_module(user=enrolled, module=module)
    my = client.get("/my/").content.decode()
    assert "After the training: Rapport test" in my
    assert client.get("/participate/post/rb-knowledge/").status_code == 200


def test_a_follow_up_is_due_after_its_delay_and_shows_on_my_page(client, enrolled, curriculum, plan):
    plan.follow_up = plan.pre_test
    plan.follow_up_delay_days = 90
    plan.save()
    participant = Participant.objects.create(user=enrolled, curriculum=curriculum, pseudonym="P-ME")
    for phase in ("pre", "post"):
        Attempt.objects.create(
            participant=participant,
            phase=phase,
            instrument=plan.pre_test,
            version=plan.pre_test.current_version,
            submitted_at=timezone.now() - datetime.timedelta(days=91),
            score=2,
            max_score=4,
        )
    my = client.get("/my/").content.decode()
    assert "Follow-up: Rapport test" in my
    client.get(f"/participate/mine/{participant.pk}/")
    assert client.get("/participate/follow_up/rb-knowledge/").status_code == 200


def test_a_learner_cannot_pick_up_someone_elses_participation(client, learner, make_user, curriculum, plan):
    other = make_user("someone-else")
    theirs = Participant.objects.create(user=other, curriculum=curriculum, pseudonym="P-THEM")
    client.force_login(learner)
    assert client.get(f"/participate/mine/{theirs.pk}/").status_code == 404


def test_the_voluntary_profile_needs_consent_and_every_question_can_be_skipped(client, cohort, join):
    join(cohort)
    skipped = client.post("/participate/profile/", {})
    assert skipped.status_code == 302
    refused = client.post("/participate/profile/", {"role": "prison_officer"})
    assert refused.status_code == 400
    assert "Tick the consent box" in refused.content.decode()
    assert Participant.objects.get().role == ""
    agreed = client.post(
        "/participate/profile/", {"role": "prison_officer", "gender": "woman", "consent": "on"}
    )
    assert agreed.status_code == 302
    participant = Participant.objects.get()
    assert participant.role == "prison_officer" and participant.consented_at is not None


def test_my_page_runs_the_same_queries_however_many_participations(
    client, learner, curriculum, plan, make_user
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from assessments.factories import make_cohort

    client.force_login(learner)

    def count() -> int:
        client.get("/my/")
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/my/").status_code == 200
        return len(captured)

    Participant.objects.create(user=learner, curriculum=curriculum, pseudonym="P-ONLINE")
    one = count()
    for number in range(3):
        cohort = make_cohort(curriculum, slug=f"c{number}")
        Participant.objects.create(
            user=learner, curriculum=curriculum, cohort=cohort, pseudonym=f"P-{number}"
        )
    assert count() == one


def test_a_learner_who_joined_a_cohort_is_not_counted_again_online(client, learner, cohort, curriculum):
    client.force_login(learner)
    client.post("/join/", {"join-code": cohort.join_code})
    client.post(f"/participate/online/{curriculum.pk}/")
    assert Participant.objects.filter(user=learner).count() == 1
    assert Participant.objects.get(user=learner).cohort == cohort
