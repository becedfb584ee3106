"""Finding practices: facets (OR within, AND across), counts, words, sorting, paging, bad input."""

import pytest
from django.utils.html import escape
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from practices.models import PracticePage


def titles(response) -> list[str]:
    return [practice.title for practice in response.context["page_obj"]]


def counts(response, param: str) -> dict[str, int]:
    facet = next(result for result in response.context["facets"] if result.facet.param == param)
    return {item.value: item.count for item in facet.values}


@pytest.mark.django_db
def test_the_library_lists_every_public_practice(client, library):
    response = client.get("/practices/")
    assert response.status_code == 200
    assert len(titles(response)) == 5
    assert "5 practices" in response.content.decode()


@pytest.mark.django_db
def test_values_of_one_facet_combine_with_or(client, library):
    response = client.get("/practices/", {"country": ["XK", "AL"]})
    assert sorted(titles(response)) == sorted(
        [
            "Individual plans three months before release",
            "Correctional staff training",
            "A reliable family member",
        ]
    )


@pytest.mark.django_db
def test_facets_combine_with_and(client, library):
    response = client.get("/practices/", {"country": "XK", "theme": "release-preparation"})
    assert titles(response) == ["Individual plans three months before release"]


@pytest.mark.django_db
def test_each_value_counts_what_it_would_give_with_the_other_filters(client, library):
    response = client.get("/practices/", {"country": "XK", "phase": "release_preparation"})
    # Countries are counted with the phase filter only: XK 1, BA 1, AL 1.
    assert counts(response, "country") == {"AL": 1, "BA": 1, "XK": 1}
    # Phases are counted with the country filter only: Kosovo has one of each.
    assert counts(response, "phase") == {"in_prison": 1, "release_preparation": 1}
    # Themes are counted with both filters.
    assert counts(response, "theme") == {"multi-agency-cooperation": 1, "release-preparation": 1}


@pytest.mark.django_db
def test_free_text_combines_with_filters(client, library):
    response = client.get("/practices/", {"q": "release", "country": "BA"})
    assert titles(response) == ["Social welfare centres after release"]


@pytest.mark.django_db
def test_sorting_by_strength_of_evidence_puts_the_strongest_first(client, library):
    response = client.get("/practices/", {"sort": "evidence"})
    assert titles(response)[:2] == ["A reliable family member", "Social welfare centres after release"]
    assert titles(response)[-1] == "Correctional staff training"


@pytest.mark.django_db
def test_start_year_range(client, library):
    response = client.get("/practices/", {"start_from": "2018", "start_to": "2020"})
    assert sorted(titles(response)) == [
        "Individual plans three months before release",
        "Social welfare centres after release",
    ]


@pytest.mark.django_db
def test_unknown_values_are_ignored_and_named_escaped(client, library):
    response = client.get("/practices/", {"country": "ZZ", "phase": "<b>moon</b>", "start_from": "abc"})
    assert response.status_code == 200
    body = response.content.decode()
    assert len(titles(response)) == 5
    assert "were ignored" in body
    assert escape("<b>moon</b>") in body and "<b>moon</b>" not in body


@pytest.mark.django_db
def test_an_empty_result_suggests_removing_a_filter(client, library):
    body = client.get("/practices/", {"country": "DK", "evidence": "randomised"}).content.decode()
    assert "No practice matches all of these filters." in body
    assert "Try removing one" in body
    assert "Clear all filters" in body


@pytest.mark.django_db
def test_every_state_is_a_shareable_address(client, library):
    response = client.get("/practices/", {"country": "XK", "sort": "evidence"})
    body = response.content.decode()
    assert 'name="country" value="XK" checked' in body
    assert '<option value="evidence" selected>' in body
    assert "export/csv/?country=XK&amp;sort=evidence" in body


@pytest.mark.django_db
@pytest.mark.parametrize("page", ["abc", "0", "-3", "9999", "1e9", ""])
def test_any_page_parameter_answers_200(client, library, page):
    assert client.get("/practices/", {"page": page}).status_code == 200


@pytest.mark.django_db
def test_the_listing_pages_twelve_at_a_time(client, practice_index):
    from practices.factories import make_practice

    for number in range(14):
        make_practice(practice_index, slug=f"p{number}", publish=True)
    first = client.get("/practices/")
    second = client.get("/practices/", {"page": 2})
    assert len(titles(first)) == 12 and len(titles(second)) == 2


PARAMS = st.sampled_from(
    [
        "q",
        "country",
        "theme",
        "phase",
        "actor",
        "target",
        "evidence",
        "status",
        "page",
        "sort",
        "start_from",
        "start_to",
    ]
)
VALUES = st.one_of(
    st.text(max_size=200),
    st.sampled_from(
        [
            '"',
            "'",
            "\x00",
            "a" * 10_000,
            "XK",
            "xk",
            "' OR 1=1 --",
            "<script>x</script>",
            "1e9",
            "-1",
            "\u202e",
            "NOT",
            "(",
            "*",
            "%",
            "release_preparation",
        ]
    ),
)


@pytest.mark.django_db
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(params=st.lists(st.tuples(PARAMS, VALUES), max_size=6))
def test_any_query_string_answers_200_and_never_echoes_markup(client, library, params):
    query = {}
    for key, value in params:
        query.setdefault(key, []).append(value)
    response = client.get("/practices/", query)
    if any("\x00" in key or "\x00" in value for key, values in query.items() for value in values):
        assert response.status_code == 400  # continuum.middleware.RejectNulBytesMiddleware
        return
    assert response.status_code == 200
    assert "<script>x</script>" not in response.content.decode()


@pytest.mark.django_db
def test_unpublished_practices_never_show(client, practice_index):
    from practices.factories import make_practice

    make_practice(practice_index, slug="draft", title="Draft practice", publish=False)
    assert "Draft practice" not in client.get("/practices/").content.decode()
    assert PracticePage.objects.filter(live=False).count() == 1
