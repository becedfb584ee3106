"""/healthz answers without the database; 404 and 500 pages are in the site's style."""

import pytest
from django.test import RequestFactory

from continuum.views.errors import server_error


# Tests without the django_db mark fail on any database access: that is the assertion here.
def test_healthz_answers_ok_without_touching_the_database(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.content == b"ok\n"
    assert "no-cache" in response["Cache-Control"]


def test_healthz_refuses_writes(client):
    assert client.post("/healthz").status_code == 405


@pytest.mark.django_db
def test_unknown_address_gets_the_styled_404_page(client, home_page):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    body = response.content.decode()
    assert "Page not found" in body
    assert 'href="/static/css/main.css"' in body
    assert "Search the site" in body


def test_500_page_renders_without_the_database():
    response = server_error(RequestFactory().get("/broken/"))
    assert response.status_code == 500
    assert "Something went wrong on our side" in response.content.decode()


@pytest.mark.django_db
def test_an_exception_in_a_view_shows_the_500_page(client, home_page, monkeypatch):
    def explode(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr("continuum.views.themes.Theme.objects.alphabetical", explode)
    client.raise_request_exception = False
    response = client.get("/themes/")
    assert response.status_code == 500
    assert "Something went wrong on our side" in response.content.decode()
