"""A shared computer never hands one participant's questionnaires to the next person, and looking
at a page never makes anyone a participant."""

import pytest
from django.test import Client

from assessments.models import Participant
from continuum import roles
from continuum.factories import TEST_PASSWORD

pytestmark = pytest.mark.django_db


def _is_participant(client) -> bool:
    return client.get("/participate/").status_code == 200


def test_signing_in_after_an_anonymous_participant_does_not_inherit_their_participation(
    client, cohort, join, learner
):
    join(cohort)
    assert _is_participant(client)

    client.post("/accounts/login/", {"username": "learner", "password": TEST_PASSWORD})
    assert client.session.get("_auth_user_id") == str(learner.pk)
    assert not _is_participant(client)
    assert client.get("/participate/pre/rb-knowledge/").status_code == 404


def test_signing_out_ends_the_participant_session(client, learner, cohort):
    client.force_login(learner)
    assert client.post("/join/", {"join-code": cohort.join_code}).status_code == 302
    assert _is_participant(client)
    client.post("/accounts/logout/")
    assert not _is_participant(client)


def test_entering_another_code_ends_the_previous_participation(client, cohort, join):
    first = join(cohort)
    first_participant = Participant.objects.get()
    second_client = Client()
    second = join(cohort, second_client)
    assert first != second
    response = client.post("/join/", {"return-code": second})
    assert response.status_code == 302
    # The browser is now the second person, and nothing of the first's is left in the session.
    assert client.session["participant_id"] != first_participant.pk
    assert "participant_new_code" not in client.session


def test_looking_at_the_online_way_in_creates_no_participant(client, learner, curriculum, plan):
    client.force_login(learner)
    response = client.get(f"/participate/online/{curriculum.pk}/")
    assert response.status_code == 200
    assert "Start the questionnaires" in response.content.decode()
    assert not Participant.objects.exists()

    assert client.post(f"/participate/online/{curriculum.pk}/").status_code == 302
    assert Participant.objects.filter(user=learner).count() == 1
    # Once a participant, a GET goes straight on, still without creating anything.
    assert client.get(f"/participate/online/{curriculum.pk}/").status_code == 302
    assert Participant.objects.count() == 1


@pytest.mark.parametrize("role", [roles.EVALUATORS, roles.REGIONAL_OFFICIALS, roles.TRAINERS])
@pytest.mark.parametrize("method", ["get", "post"])
def test_people_the_curriculum_is_not_for_never_become_participants(
    client, make_user, curriculum, plan, role, method
):
    client.force_login(make_user("someone", role))
    response = getattr(client, method)(f"/participate/online/{curriculum.pk}/")
    assert response.status_code == 403
    assert not Participant.objects.exists()


def test_an_evaluator_reading_a_module_is_not_sent_to_the_pre_test(client, make_user, curriculum, plan):
    client.force_login(make_user("reader", roles.EVALUATORS))
    assert client.get(curriculum.modules().first().url).status_code == 200


def test_a_learner_in_two_cohorts_goes_on_online_as_the_newest(client, learner, curriculum, plan, trainer):
    from assessments.factories import make_cohort

    first = make_cohort(curriculum, slug="first", trainers=[trainer])
    second = make_cohort(curriculum, slug="second", trainers=[trainer])
    client.force_login(learner)
    for cohort in (first, second):  # the second has the higher id and is joined last
        assert client.post("/join/", {"join-code": cohort.join_code}).status_code == 302
    client.get(f"/participate/online/{curriculum.pk}/")
    assert Participant.objects.get(pk=client.session["participant_id"]).cohort == second


def test_joining_later_a_cohort_made_earlier_still_counts_as_the_newest(
    client, learner, curriculum, plan, trainer
):
    from assessments.factories import make_cohort

    earlier = make_cohort(curriculum, slug="earlier", trainers=[trainer])
    later = make_cohort(curriculum, slug="later", trainers=[trainer])
    client.force_login(learner)
    for cohort in (later, earlier):  # the cohort with the lower id is joined last
        assert client.post("/join/", {"join-code": cohort.join_code}).status_code == 302
    client.get(f"/participate/online/{curriculum.pk}/")
    assert Participant.objects.get(pk=client.session["participant_id"]).cohort == earlier
