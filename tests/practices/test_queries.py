"""The listing and a practice page query the database a fixed number of times, with 10 practices
or 500."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from practices.factories import make_practice

MAX_QUERIES = 30
URLS = ("/practices/", "/practices/?country=XK&phase=release_preparation&q=plans&sort=evidence")


def count_queries(client, url: str) -> int:
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.django_db
def test_listing_and_practice_pages_do_not_grow_with_the_library(client, library, practice_index, themes):
    practice_url = library["kosovo_plans"].url
    small = [count_queries(client, url) for url in (*URLS, practice_url)]
    for number in range(495):
        make_practice(
            practice_index,
            slug=f"generated-{number}",
            country=("XK", "BA", "AL", "RS", "ME")[number % 5],
            phases=(("in_prison",), ("release_preparation", "post_release"))[number % 2],
            themes=(themes["release-preparation"],) if number % 3 else (),
            publish=False,
        )
    from practices.models import PracticePage

    PracticePage.objects.filter(slug__startswith="generated-").update(live=True)
    large = [count_queries(client, url) for url in (*URLS, practice_url)]
    assert small == large
    assert max(large) <= MAX_QUERIES, large
