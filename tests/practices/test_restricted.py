"""A members-only practice never reaches anyone who is not signed in, by any path."""

import json

import pytest
from wagtail.models import PageViewRestriction

SECRET = "Individual plans three months before release"


@pytest.fixture
def restricted(library):
    practice = library["kosovo_plans"]
    PageViewRestriction.objects.create(page=practice, restriction_type=PageViewRestriction.LOGIN)
    return practice


def country_count(response, code: str) -> int:
    facet = next(result for result in response.context["facets"] if result.facet.param == "country")
    return next((item.count for item in facet.values if item.value == code), 0)


@pytest.mark.django_db
def test_hidden_from_the_listing_and_its_counts(client, restricted):
    response = client.get("/practices/")
    assert SECRET not in response.content.decode()
    assert country_count(response, "XK") == 1


@pytest.mark.django_db
def test_hidden_from_library_search_and_site_search(client, restricted):
    assert SECRET not in client.get("/practices/", {"q": "individual plans"}).content.decode()
    assert SECRET not in client.get("/search/", {"q": "individual plans"}).content.decode()


@pytest.mark.django_db
def test_hidden_from_feed_exports_sitemap_and_theme_pages(client, restricted):
    assert SECRET not in client.get("/practices/feed/").content.decode()
    for file_format in ("csv", "json"):
        assert SECRET not in client.get(f"/practices/export/{file_format}/").content.decode("utf-8")
    assert "kosovo-plans" not in client.get("/sitemap.xml").content.decode()
    assert SECRET not in client.get("/themes/release-preparation/").content.decode()


@pytest.mark.django_db
def test_hidden_from_related_practices_and_the_country_table(client, restricted, library):
    assert SECRET not in client.get(library["kosovo_training"].url).content.decode()
    body = client.get("/practices/countries/").content.decode()
    assert SECRET not in body


@pytest.mark.django_db
def test_opening_it_asks_to_sign_in(client, restricted):
    response = client.get(restricted.url)
    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")


@pytest.mark.django_db
def test_signed_in_members_see_it_everywhere_but_the_public_feed(client, restricted, regional_official):
    client.force_login(regional_official)
    response = client.get("/practices/")
    assert SECRET in response.content.decode()
    assert country_count(response, "XK") == 2
    rows = json.loads(client.get("/practices/export/json/").content)["practices"]
    assert SECRET in [row["title"] for row in rows]
    assert client.get(restricted.url).status_code == 200
    assert SECRET not in client.get("/practices/feed/").content.decode()
