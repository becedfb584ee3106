"""Addresses and forms no browser sends are refused with a 4xx, never a server error."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "path",
    [
        "/participate/online/99999999999999999999999/",
        "/participate/mine/99999999999999999999999/",
        "/curricula-actions/enrol/99999999999999999999999/",
    ],
)
def test_an_id_too_large_to_exist_is_not_found(client, learner, path):
    client.force_login(learner)
    assert client.get(path).status_code == 404
    assert client.post(path).status_code == 404


@pytest.mark.parametrize(
    "path",
    ["/my/certificates/AB%00CD/", "/certificates/AB%00CD/", "/search/?q=a%00b", "/practices/?q=%00"],
)
def test_a_nul_byte_in_an_address_is_a_bad_request(client, learner, home_page, path):
    client.force_login(learner)
    response = client.get(path)
    assert response.status_code == 400


def test_a_nul_byte_in_a_form_is_a_bad_request(client, home_page):
    response = client.post("/join/", {"join-code": "AB\x00CD"})
    assert response.status_code == 400


def test_personal_pages_are_never_stored_but_public_ones_may_be(client, home_page, learner):
    public = client.get("/")
    assert "no-store" not in public.get("Cache-Control", "")
    join = client.get("/join/")
    assert "private" in join["Cache-Control"] and "no-store" in join["Cache-Control"]
    assert "Cookie" in join["Vary"]
    client.force_login(learner)
    for path in ("/", "/my/"):
        response = client.get(path)
        assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"], path
        assert "Cookie" in response["Vary"], path


def test_ids_written_in_other_digits_are_invalid_choices_not_errors(client, trainer, home_page):
    client.force_login(trainer)
    response = client.post("/cohorts/new/", {"curriculum": "²", "title": "T", "trainers": ["¹"]})
    assert response.status_code == 400


def test_the_chosen_pages_answer_ignores_ids_that_are_not_numbers(client, superuser, home_page):
    client.force_login(superuser)
    assert client.get("/admin/choose-page/chosen-multiple/?id=abc&id=²").status_code == 200
