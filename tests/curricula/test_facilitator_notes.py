"""Facilitator notes reach trainers and curriculum leads, and nobody else, on every path."""

import pytest

from curricula.factories import NOTES_MARKER


def module_html(client, module, query: str = "") -> str:
    response = client.get(module.url + query)
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.django_db
def test_anonymous_visitors_never_see_facilitator_notes(client, modules):
    assert NOTES_MARKER not in module_html(client, modules[0])


@pytest.mark.django_db
@pytest.mark.parametrize("fixture", ["learner", "regional_official", "evaluator", "practice_moderator"])
def test_people_who_do_not_facilitate_never_see_notes(client, modules, request, fixture):
    client.force_login(request.getfixturevalue(fixture))
    assert NOTES_MARKER not in module_html(client, modules[0])


@pytest.mark.django_db
@pytest.mark.parametrize("fixture", ["trainer", "curriculum_lead", "superuser"])
def test_trainers_and_curriculum_leads_see_notes(client, modules, request, fixture):
    client.force_login(request.getfixturevalue(fixture))
    assert NOTES_MARKER in module_html(client, modules[0])


@pytest.mark.django_db
def test_notes_are_not_searchable(client, modules, trainer):
    for user in (None, trainer):
        if user:
            client.force_login(user)
        response = client.get("/search/", {"q": NOTES_MARKER})
        assert list(response.context["results_page"]) == []
        assert "Nothing matched" in response.content.decode()


@pytest.mark.django_db
def test_notes_do_not_count_towards_reading_time(modules):
    module = modules[0]
    assert NOTES_MARKER not in " ".join(module.body.stream_block.get_searchable_content(module.body))


@pytest.mark.django_db
def test_learner_handouts_never_carry_notes_even_when_asked(client, curriculum, learner):
    client.force_login(learner)
    for url in (f"{curriculum.url}handout/?notes=1", f"{curriculum.url}handout/module-1/?notes=1"):
        response = client.get(url)
        assert response.status_code == 200
        assert NOTES_MARKER not in response.content.decode()


@pytest.mark.django_db
def test_trainers_handout_with_notes_is_labelled_for_trainers(client, curriculum, trainer):
    client.force_login(trainer)
    body = client.get(f"{curriculum.url}handout/?notes=1").content.decode()
    assert NOTES_MARKER in body
    assert "Do not hand out to learners" in body
    assert NOTES_MARKER not in client.get(f"{curriculum.url}handout/").content.decode()


@pytest.mark.django_db
def test_a_handout_for_an_unknown_module_is_a_404_with_a_message(client, curriculum):
    response = client.get(f"{curriculum.url}handout/no-such-module/")
    assert response.status_code == 404
    assert "no module at that address" in response.content.decode()
