"""Evaluators see whether training works, never who answered; small groups stay hidden everywhere."""

import csv
import io
import json
import zipfile

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from assessments.importing import import_results
from assessments.models import Participant
from assessments.reports import suppress_breakdown
from tests.assessments.test_evaluation_report import results_file


@pytest.fixture
def evaluated(curriculum):
    """Two cohorts of one curriculum: 24 people in Zenica, 4 in Skopje."""
    big, _ = results_file(24)
    small, _ = results_file(4, seed=9)
    assert import_results(big, cohort_slug="zenica", curriculum_slug=curriculum.slug, create=True).ok
    assert import_results(
        small.replace("P0", "S0"), cohort_slug="skopje", curriculum_slug=curriculum.slug, create=True
    ).ok
    from assessments.models import Cohort

    Cohort.objects.filter(slug="zenica").update(country="BA", title="Zenica 2025")
    Cohort.objects.filter(slug="skopje").update(country="MK", title="Skopje 2025")
    return curriculum


def urls(curriculum):
    return [
        "/evaluation/",
        f"/evaluation/curricula/{curriculum.slug}/",
        f"/evaluation/curricula/{curriculum.slug}.json",
        "/evaluation/cohorts/zenica/",
        "/evaluation/cohorts/zenica.json",
        f"/evaluation/curricula/{curriculum.slug}/export.zip",
    ]


def test_only_evaluators_see_evaluation(client, evaluated, learner, trainer, evaluator):
    for url in urls(evaluated):
        assert client.get(url).status_code == 302, url  # to sign in
    for user in (learner, trainer):
        client.force_login(user)
        for url in urls(evaluated):
            assert client.get(url).status_code == 403, url
    client.force_login(evaluator)
    for url in urls(evaluated):
        assert client.get(url).status_code == 200, url


def test_evaluators_never_see_a_pseudonym_or_code(client, evaluated, evaluator):
    client.force_login(evaluator)
    pseudonyms = list(Participant.objects.values_list("pseudonym", flat=True))
    for url in urls(evaluated):
        body = client.get(url).content
        if url.endswith(".zip"):
            with zipfile.ZipFile(io.BytesIO(body)) as archive:
                body = b"".join(archive.read(name) for name in archive.namelist())
        text = body.decode()
        assert not [p for p in pseudonyms if f"{p}," in text or f">{p}<" in text or f'"{p}"' in text], url


def test_export_pseudonyms_differ_between_downloads_but_link_the_tables(client, evaluated, evaluator):
    client.force_login(evaluator)

    def tables():
        body = client.get(f"/evaluation/curricula/{evaluated.slug}/export.zip").content
        with zipfile.ZipFile(io.BytesIO(body)) as archive:
            return {
                name: list(csv.DictReader(io.StringIO(archive.read(name).decode())))
                for name in archive.namelist()
            }

    first, second = tables(), tables()
    assert sorted(first) == ["attempts.csv", "codebook.csv", "responses.csv"]
    first_people = {row["participant"] for row in first["attempts.csv"]}
    assert first_people == {row["participant"] for row in first["responses.csv"]}
    assert not first_people & {row["participant"] for row in second["attempts.csv"]}
    assert len(first_people) == 24  # the cohort of 4 is left out
    assert {row["cohort"] for row in first["attempts.csv"]} == {"zenica"}
    assert {"participant", "score", "instrument_version"} <= {
        row["variable"] for row in first["codebook.csv"]
    }


def test_exports_hold_only_the_groups_the_reports_may_show(client, evaluated, evaluator):
    """One rule for pages, JSON and exports: a cohort is reportable with SMALL_CELL_MIN matched
    participants. Six people who answered only the pre-test are not a reportable cohort."""
    pre_only, _ = results_file(0, seed=5, only_pre=6)
    assert import_results(
        pre_only.replace("P0", "B0"), cohort_slug="bitola", curriculum_slug=evaluated.slug, create=True
    ).ok
    client.force_login(evaluator)
    body = client.get(f"/evaluation/curricula/{evaluated.slug}/export.zip").content
    with zipfile.ZipFile(io.BytesIO(body)) as archive:
        attempts = list(csv.DictReader(io.StringIO(archive.read("attempts.csv").decode())))
    assert {row["cohort"] for row in attempts} == {"zenica"}


def test_a_small_cohort_shows_no_figures_anywhere(client, evaluated, evaluator):
    client.force_login(evaluator)
    page = client.get("/evaluation/cohorts/skopje/").content.decode()
    assert "Too few matched participants" in page
    assert "Mean gain [95% CI]" not in page
    document = client.get("/evaluation/cohorts/skopje.json").json()
    assert document["suppressed"] is True and document["n_matched"] is None


def test_a_small_cohort_is_left_out_of_every_report_so_nothing_can_be_subtracted(
    client, evaluated, evaluator
):
    """Skopje's 4 are not hidden in a total they could be subtracted from: they are not counted."""
    client.force_login(evaluator)
    curriculum = client.get(f"/evaluation/curricula/{evaluated.slug}.json").json()
    zenica = client.get("/evaluation/cohorts/zenica.json").json()
    assert curriculum["n_matched"] == zenica["n_matched"] == 24
    assert curriculum["score"] == zenica["score"]
    page = client.get(f"/evaluation/curricula/{evaluated.slug}/").content.decode()
    country = page.split("<h3>Country</h3>")[1].split("</table>")[0]
    assert "Bosnia and Herzegovina" in country and "North Macedonia" not in country
    assert "no figures: too small, or protecting a smaller cohort" in page  # beside Skopje in the list


@pytest.mark.parametrize(
    ("sizes", "hidden"),
    [
        ([24, 4], {0, 1}),  # one small group hides the other too
        ([24, 20, 4], {1, 2}),  # the next smallest is hidden with it
        ([24, 20, 3, 1], {2, 3, 1}),  # two hidden, together still below 5: one more
        ([24, 20, 6], set()),
        ([3], {0}),
    ],
)
def test_complementary_suppression(sizes, hidden):
    cells = [{"value": str(index), "n": n} for index, n in enumerate(sizes)]
    suppress_breakdown(cells, 5)
    assert {index for index, cell in enumerate(cells) if cell["suppressed"]} == hidden


def test_two_groups_can_be_compared_with_welchs_interval(client, evaluated, evaluator):
    from assessments.models import Participant

    zenica = Participant.objects.filter(cohort__slug="zenica").order_by("pk")
    Participant.objects.filter(pk__in=[p.pk for p in zenica[:12]]).update(role="prison_officer")
    Participant.objects.filter(pk__in=[p.pk for p in zenica[12:]]).update(role="probation_officer")
    Participant.objects.filter(pk__in=[p.pk for p in zenica[::2]]).update(gender="woman")
    client.force_login(evaluator)
    page = client.get(
        f"/evaluation/curricula/{evaluated.slug}/?first=role:prison_officer&second=role:probation_officer"
    ).content.decode()
    assert "The mean gain of Prison officer minus that of Probation officer is" in page
    other_kind = client.get(
        f"/evaluation/curricula/{evaluated.slug}/?first=role:prison_officer&second=gender:woman"
    )
    assert "Choose two groups of the same kind" in other_kind.content.decode()


def test_report_pages_run_the_same_queries_whatever_the_number_of_attempts(client, curriculum, evaluator):
    client.force_login(evaluator)

    def queries(participants: int) -> int:
        data, _ = results_file(participants, seed=participants)
        slug = f"c{participants}"
        assert import_results(data, cohort_slug=slug, curriculum_slug=curriculum.slug, create=True).ok
        url = f"/evaluation/cohorts/{slug}/"
        client.get(url)
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        return len(captured)

    small, large = queries(10), queries(60)
    assert small == large
    assert large <= 30, large


def test_the_json_report_is_valid_json_without_nan(client, evaluated, evaluator):
    client.force_login(evaluator)
    text = client.get(f"/evaluation/curricula/{evaluated.slug}.json").content.decode()
    document = json.loads(text)
    assert "NaN" not in text and "Infinity" not in text
    assert document["n_matched"] == 24
    assert {"item", "facility_pre", "flagged"} <= set(document["items"][0])


def test_breakdowns_are_on_the_whole_curriculums_report_only(client, evaluated, evaluator):
    client.force_login(evaluator)
    whole = client.get(f"/evaluation/curricula/{evaluated.slug}/").content.decode()
    assert "<h3>Role</h3>" in whole
    for url in ["/evaluation/cohorts/zenica/", f"/evaluation/curricula/{evaluated.slug}/?date_to=2030-01-01"]:
        page = client.get(url).content.decode()
        assert "<h3>Role</h3>" not in page and "on <a" in page, url


def test_a_date_range_selects_whole_cohorts(client, curriculum, evaluator):
    import datetime

    from assessments.models import Cohort

    for slug, size, day in (("early", 20, datetime.date(2025, 3, 2)), ("late", 6, datetime.date(2026, 5, 4))):
        data, _ = results_file(size, seed=size)
        assert import_results(
            data.replace("P0", slug[0].upper()),
            cohort_slug=slug,
            curriculum_slug=curriculum.slug,
            create=True,
        ).ok
        Cohort.objects.filter(slug=slug).update(starts_on=day)
    client.force_login(evaluator)
    early = client.get(f"/evaluation/curricula/{curriculum.slug}.json").json()
    assert early["n_matched"] == 26
    page = client.get(f"/evaluation/curricula/{curriculum.slug}/?date_to=2025-12-31")
    assert page.context["report"].n_matched == 20


def test_review_flags_are_said_in_words_on_the_page():
    from assessments.statistics import ItemFlag
    from assessments.templatetags.evaluation_tags import flag_descriptions

    json_words = [ItemFlag.NEGATIVE_DISCRIMINATION.value, ItemFlag.TOO_EASY.value]  # as the JSON has them
    assert flag_descriptions(json_words) == (
        "weaker participants do better on it than stronger ones; "
        "nearly everyone gets it right, before and after"
    )
    assert flag_descriptions([]) == ""
