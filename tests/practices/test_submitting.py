"""Anyone signed in submits a practice; it waits as a draft for a moderator, who publishes it
or asks for changes; the submitter follows it on /my/submissions/."""

import pytest
from django.core import mail
from wagtail.models import WorkflowState

from practices.models import PracticePage
from practices.services import SUBMISSIONS_PER_HOUR


def submission(**overrides) -> dict:
    data = {
        "title": "Mentors for young men after release",
        "summary": "Volunteer mentors meet released young men weekly.",
        "description": "Mentors are trained for two days.\n\nThey meet each man weekly for a year.",
        "country": "ME",
        "locality": "Podgorica",
        "organisation": "Mentoring Montenegro",
        "organisation_type": "civil_society",
        "phases": [],
        "evidence_level": "anecdotal",
        "evidence_text": "Mentors report fewer crises.",
        "start_year": "2022",
        "status": "pilot",
        "contact": "Through the organisation's website.",
        "source_title": "",
        "source_url": "",
        "website": "",
    }
    data.update(overrides)
    return data


@pytest.fixture
def phase_ids(practice_index):
    from practices.models import ContinuumStage

    return [str(pk) for pk in ContinuumStage.objects.filter(slug="post_release").values_list("pk", flat=True)]


@pytest.fixture
def submitted(
    client,
    practice_index,
    regional_official,
    practice_moderator,
    phase_ids,
    django_capture_on_commit_callbacks,
):
    client.force_login(regional_official)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/practices/submit/", submission(phases=phase_ids))
    assert response.status_code == 302, response.content.decode()[:2000]
    return PracticePage.objects.get(title="Mentors for young men after release")


@pytest.mark.django_db
def test_anonymous_visitors_are_asked_to_sign_in(client, practice_index):
    response = client.get("/practices/submit/")
    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")


@pytest.mark.django_db
def test_the_region_comes_first_in_the_country_list(client, practice_index, regional_official):
    client.force_login(regional_official)
    body = client.get("/practices/submit/").content.decode()
    assert body.index('<optgroup label="Western Balkans">') < body.index('value="AF"')
    assert ">Kosovo*</option>" in body


@pytest.mark.django_db
def test_a_submission_becomes_a_draft_in_review_recording_the_submitter(submitted, regional_official):
    assert not submitted.live
    assert submitted.submitted_by == regional_official
    assert submitted.country.code == "ME"
    assert list(submitted.phases.values_list("slug", flat=True)) == ["post_release"]
    assert submitted.organisations.get().name == "Mentoring Montenegro"
    state = WorkflowState.objects.get(object_id=str(submitted.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.workflow.name == "Practice review"


@pytest.mark.django_db
def test_moderators_are_told_by_e_mail(submitted, practice_moderator):
    notices = [message for message in mail.outbox if practice_moderator.email in message.to]
    assert notices and "Mentors for young men after release" in notices[0].subject


@pytest.mark.django_db
def test_the_draft_stays_out_of_the_library_until_approved(client, submitted):
    response = client.get("/practices/")
    assert submitted not in list(response.context["page_obj"])
    assert "Mentors for young men" not in client.get("/practices/").content.decode()


@pytest.mark.django_db
def test_the_submitter_sees_it_waiting(client, submitted):
    body = client.get("/my/submissions/").content.decode()
    assert "Mentors for young men after release" in body
    assert "Waiting for a moderator" in body


@pytest.mark.django_db
def test_a_moderator_approval_publishes_it_into_the_listing(client, submitted, practice_moderator):
    state = WorkflowState.objects.get(object_id=str(submitted.pk))
    task = state.current_task_state.task.specific
    task.on_action(state.current_task_state, practice_moderator, "approve")
    assert "Mentors for young men after release" in client.get("/practices/").content.decode()
    assert "Published" in client.get("/my/submissions/").content.decode()


@pytest.mark.django_db
def test_a_moderator_asking_for_changes_shows_the_comment_to_the_submitter(
    client, submitted, practice_moderator
):
    state = WorkflowState.objects.get(object_id=str(submitted.pk))
    task = state.current_task_state.task.specific
    task.on_action(state.current_task_state, practice_moderator, "reject", comment="Please add a source.")
    body = client.get("/my/submissions/").content.decode()
    assert "changes requested" in body
    assert "Please add a source." in body


@pytest.mark.django_db
def test_trainers_and_officials_cannot_approve(submitted, trainer, regional_official):
    state = WorkflowState.objects.get(object_id=str(submitted.pk))
    task = state.current_task_state.task.specific
    for user in (trainer, regional_official):
        assert "approve" not in [action for action, _label, _modal in task.get_actions(submitted, user)]


@pytest.mark.django_db
def test_invalid_input_keeps_everything_typed_and_says_what_to_fix(client, practice_index, regional_official):
    client.force_login(regional_official)
    response = client.post("/practices/submit/", submission(title="", source_url="not a url", phases=[]))
    assert response.status_code == 400
    body = response.content.decode()
    assert "Please correct these" in body
    assert 'href="#id_title"' in body  # the summary links to each field with a problem
    assert "Volunteer mentors meet released young men weekly." in body
    assert 'value="Podgorica"' in body
    assert "This field is required." in body
    assert "Enter a valid URL." in body
    assert not PracticePage.objects.exists()


@pytest.mark.django_db
def test_the_honeypot_saves_nothing(client, practice_index, regional_official, phase_ids):
    client.force_login(regional_official)
    response = client.post("/practices/submit/", submission(phases=phase_ids, website="http://spam.example"))
    assert response.status_code == 302
    assert not PracticePage.objects.exists()


@pytest.mark.django_db
def test_submissions_are_rate_limited_per_person(client, practice_index, regional_official, phase_ids):
    client.force_login(regional_official)
    for number in range(SUBMISSIONS_PER_HOUR):
        client.post("/practices/submit/", submission(title=f"Practice {number}", phases=phase_ids))
    response = client.post("/practices/submit/", submission(title="One too many", phases=phase_ids))
    assert response.status_code == 200
    body = response.content.decode()
    assert "practices an hour" in body
    assert "One too many" in body
    assert PracticePage.objects.count() == SUBMISSIONS_PER_HOUR


@pytest.mark.django_db
def test_a_reserved_or_taken_title_still_gets_its_own_address(
    client, practice_index, regional_official, phase_ids
):
    client.force_login(regional_official)
    client.post("/practices/submit/", submission(title="Submit", phases=phase_ids))
    client.post("/practices/submit/", submission(title="Submit", phases=phase_ids))
    slugs = sorted(PracticePage.objects.values_list("slug", flat=True))
    assert slugs == ["submit-practice", "submit-practice-2"]


@pytest.mark.django_db
def test_description_markup_is_escaped(client, practice_index, regional_official, phase_ids):
    client.force_login(regional_official)
    client.post("/practices/submit/", submission(description="<script>alert(1)</script>", phases=phase_ids))
    practice = PracticePage.objects.get()
    assert "<script>" not in str(practice.description[0].value)


@pytest.mark.django_db
def test_a_mail_server_that_is_down_loses_nothing(
    client,
    practice_index,
    regional_official,
    practice_moderator,
    phase_ids,
    django_capture_on_commit_callbacks,
    settings,
):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", 9  # nothing listens on the discard port
    client.force_login(regional_official)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/practices/submit/", submission(phases=phase_ids))
    assert response.status_code == 302
    assert PracticePage.objects.filter(title="Mentors for young men after release").exists()


@pytest.mark.django_db
def test_control_characters_pasted_into_a_submission_are_dropped(
    client, practice_index, regional_official, phase_ids
):
    client.force_login(regional_official)
    client.post(
        "/practices/submit/", submission(summary="Pasted from Word:\x0bsecond line", phases=phase_ids)
    )
    assert PracticePage.objects.get().summary == "Pasted from Word:second line"


CONTROL_ONLY = "\x01\x02\x0b\x1f\x7f"


@pytest.mark.django_db
@pytest.mark.parametrize(
    "field_name",
    ["title", "summary", "description", "organisation"],
)
def test_a_required_text_of_only_control_characters_is_a_form_error(
    client, practice_index, regional_official, phase_ids, field_name
):
    client.force_login(regional_official)
    response = client.post("/practices/submit/", submission(phases=phase_ids, **{field_name: CONTROL_ONLY}))
    assert response.status_code == 400
    body = response.content.decode()
    assert "Please correct these" in body
    assert f'href="#id_{field_name}"' in body
    assert "has no visible text" in body
    # What was typed in the other fields is kept, and nothing is saved.
    if field_name != "summary":
        assert "Volunteer mentors meet released young men weekly." in body
    assert 'value="Podgorica"' in body
    assert not PracticePage.objects.exists()


@pytest.mark.django_db
def test_a_title_of_control_characters_and_spaces_is_a_form_error(
    client, practice_index, regional_official, phase_ids
):
    client.force_login(regional_official)
    # (No NUL character: the site may refuse a request holding one before any form sees it.)
    for title in (" \x0b \x0c ", "\u200b\ufeff", "\x0b\u00a0\u2003\x1f"):
        response = client.post("/practices/submit/", submission(title=title, phases=phase_ids))
        assert response.status_code == 400, repr(title)
        assert "has no visible text" in response.content.decode()
    assert not PracticePage.objects.exists()


@pytest.mark.django_db
def test_invalid_submissions_are_answered_400(client, practice_index, regional_official):
    client.force_login(regional_official)
    assert client.post("/practices/submit/", submission(title="")).status_code == 400


@pytest.mark.django_db
def test_an_optional_text_of_only_control_characters_is_left_empty(
    client, practice_index, regional_official, phase_ids
):
    client.force_login(regional_official)
    response = client.post(
        "/practices/submit/",
        submission(
            phases=phase_ids,
            locality=CONTROL_ONLY,
            evidence_text=CONTROL_ONLY,
            contact=CONTROL_ONLY,
            source_title=CONTROL_ONLY,
        ),
    )
    assert response.status_code == 302
    practice = PracticePage.objects.get()
    assert (practice.locality, practice.evidence_text, practice.contact) == ("", "", "")
    assert not practice.sources.exists()


@pytest.mark.django_db
def test_a_source_address_with_a_title_of_control_characters_asks_for_a_title(
    client, practice_index, regional_official, phase_ids
):
    client.force_login(regional_official)
    response = client.post(
        "/practices/submit/",
        submission(phases=phase_ids, source_title=CONTROL_ONLY, source_url="https://example.org"),
    )
    assert response.status_code == 400
    assert "Give the source a title." in response.content.decode()
    assert not PracticePage.objects.exists()


@pytest.mark.django_db
def test_control_characters_inside_a_title_are_dropped_from_title_and_address(
    client, practice_index, regional_official, phase_ids
):
    client.force_login(regional_official)
    response = client.post(
        "/practices/submit/", submission(title="\x0bMentors\x01 after\x7f release\x0c", phases=phase_ids)
    )
    assert response.status_code == 302
    practice = PracticePage.objects.get()
    assert practice.title == "Mentors after release"
    assert practice.slug == "mentors-after-release"


@pytest.mark.django_db
def test_a_title_with_nothing_for_an_address_gets_the_fallback_address(
    client, practice_index, regional_official, phase_ids
):
    client.force_login(regional_official)
    for title in ("!!!", "\x0b?\x01!"):
        response = client.post("/practices/submit/", submission(title=title, phases=phase_ids))
        assert response.status_code == 302, repr(title)
    assert sorted(PracticePage.objects.values_list("slug", flat=True)) == ["practice", "practice-2"]
    assert sorted(PracticePage.objects.values_list("title", flat=True)) == ["!!!", "?!"]


@pytest.mark.django_db
def test_the_service_refuses_a_title_with_no_visible_text():
    """A caller other than the form (a script, a later API) cannot reach slug generation or the
    database with an empty title either: it is refused before anything is read or written."""
    from practices.services import InvalidSubmission, submit_practice

    for title in ("\x0b\x01", " \u200b "):
        with pytest.raises(InvalidSubmission):
            submit_practice(user=None, index=None, data={"title": title, "summary": "s"})
    with pytest.raises(InvalidSubmission):
        submit_practice(user=None, index=None, data={"title": "A title", "summary": "\x01"})


@pytest.mark.django_db
def test_a_slug_made_from_text_with_nothing_to_keep_is_the_fallback():
    from wagtail.models import Page

    from continuum.slugs import unique_slug

    for text in ("", "\x0b\x01 \x7f", "\u200b", "!!!"):
        assert unique_slug(Page.objects.none(), text, fallback="practice") == "practice"
