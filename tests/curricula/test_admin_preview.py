"""Trainers preview their work in the admin before submitting it, for new and existing pages."""

import pytest

MODULE_FORM = {
    "title": "New module",
    "slug": "new-module",
    "summary": "s",
    "outcome_codes": "",
    "body-count": "0",
}
CURRICULUM_FORM = {
    "title": "New curriculum",
    "slug": "new-curriculum",
    "summary": "A summary.",
    "themes": "",
    "level": "introductory",
    "duration_minutes": "60",
    "prerequisites": "",
    "outcomes-TOTAL_FORMS": "1",
    "outcomes-INITIAL_FORMS": "0",
    "outcomes-MIN_NUM_FORMS": "1",
    "outcomes-MAX_NUM_FORMS": "1000",
    "outcomes-0-code": "NC-1",
    "outcomes-0-text": "Do something.",
    "outcomes-0-ORDER": "1",
    "outcomes-0-DELETE": "",
}


def preview(client, url: str, data: dict) -> str:
    response = client.post(url, data)
    assert response.json()["is_valid"], response.content
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.django_db
def test_a_new_module_previews(client, curriculum, trainer):
    client.force_login(trainer)
    body = preview(client, f"/admin/pages/add/curricula/modulepage/{curriculum.pk}/preview/", MODULE_FORM)
    assert "New module" in body


@pytest.mark.django_db
def test_an_edited_module_previews(client, modules, trainer):
    client.force_login(trainer)
    module = modules[0]
    data = {**MODULE_FORM, "slug": module.slug, "title": "Renamed module"}
    assert "Renamed module" in preview(client, f"/admin/pages/{module.pk}/edit/preview/", data)


@pytest.mark.django_db
def test_a_new_curriculum_previews(client, curriculum_index, curriculum_lead):
    client.force_login(curriculum_lead)
    body = preview(
        client, f"/admin/pages/add/curricula/curriculumpage/{curriculum_index.pk}/preview/", CURRICULUM_FORM
    )
    assert "New curriculum" in body


@pytest.mark.django_db
def test_a_new_module_naming_an_unknown_outcome_is_refused(client, curriculum, trainer):
    from curricula.models import ModulePage

    client.force_login(trainer)
    data = {**MODULE_FORM, "outcome_codes": "ZZ-9, RB-1", "action-submit": "Submit"}
    response = client.post(f"/admin/pages/add/curricula/modulepage/{curriculum.pk}/", data)
    assert response.status_code == 200
    assert "ZZ-9" in response.content.decode()
    assert not ModulePage.objects.filter(slug="new-module").exists()
