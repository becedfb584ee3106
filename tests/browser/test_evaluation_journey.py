"""The evaluator's walk through the demo in a real browser (issue "Evaluation", Done means).

An evaluator signs in, sees at a glance which demo curriculum works and how sure we can be, drills
into a curriculum and a cohort, finds the items that need rewriting, downloads the data with its
codebook, and sees that the small demo cohort shows no figures; the reports are checked with axe,
in print and at phone width.

In the demo, only the Tirana cohort shows figures: Skopje (4 people) is too small, and so the
Zenica cohort of the same curriculum is hidden too (its curriculum holds only 4 more people, who
could be worked out by subtraction); so is Pristina, whose curriculum also holds the demo
learner's online pre-test."""

import io
import zipfile

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core.management import call_command

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

BLOCKING_IMPACTS = {"serious", "critical"}
PHONE = {"width": 390, "height": 844}
A4_AT_96_DPI = {"width": 794, "height": 1123}
DEMO_PASSWORD = "continuum-demo"
CURRICULA = {
    "dynamic-security-in-daily-practice": "Dynamic security in daily practice",
    "gender-sensitive-approaches": "Gender-sensitive approaches along the prison-exit continuum",
    "rapport-building-and-trust": "Rapport building and trust with VETOs",
}
COHORT_WITH_FIGURES = ("demo-tirana-2025-10", "Probation service, Tirana, October 2025 (demo)")
SMALL_COHORT = ("demo-skopje-2026-06", "Probation service, Skopje, June 2026 (demo)")
LARGE_COHORT = ("demo-zenica-2025-03", "Zenica prison, March 2025 (demo)")
EXPORT_FILES = ["attempts.csv", "codebook.csv", "responses.csv"]
# What a report with figures holds, and a suppressed one must not.
FIGURES = "figure.chart, dl.facts, table, .notice"


def blocking_violations(page) -> list[str]:
    results = Axe().run(page)
    return [
        f"{violation['id']} on {page.url}: {violation['help']} "
        f"({', '.join(str(node['target']) for node in violation['nodes'])})"
        for violation in results.response["violations"]
        if violation["impact"] in BLOCKING_IMPACTS
    ]


def horizontal_overflow(page) -> int:
    """How far the page scrolls sideways. Measured against the layout width, not innerWidth: on a
    mobile viewport Chromium widens innerWidth to fit content that is too wide, hiding the scroll."""
    return page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")


def sign_in(page, live_server, username: str, next_url: str) -> None:
    page.goto(f"{live_server.url}/accounts/login/?next={next_url}")
    page.fill("#id_username", username)
    page.fill("#id_password", DEMO_PASSWORD)
    page.click("form.form button[type=submit]")
    page.wait_for_url(f"**{next_url}")


def flagged_codes(page) -> list[str]:
    return [code.strip() for code in page.locator("#items-heading ~ .notice li .code").all_inner_texts()]


@pytest.fixture
def demo(home_page, role_groups):
    """What `make run` loads: the demo curricula, cohorts, answers and accounts."""
    call_command("seed_demo", stdout=io.StringIO())


def test_evaluator_sees_what_works_finds_weak_items_and_downloads_the_data(
    page, live_server, demo, screenshot_dir
):
    violations = []
    sign_in(page, live_server, "evaluator", "/evaluation/")

    # At a glance: every demo curriculum, with how much scores rose, how sure, and what it means.
    rows = page.locator("main table tbody tr")
    assert sorted(rows.locator("th[scope=row]").all_inner_texts()) == sorted(CURRICULA.values())
    verdicts = page.locator("main td.verdict").all_inner_texts()
    assert len(verdicts) == len(CURRICULA)
    for verdict in verdicts:
        assert verdict.startswith("Scores rose after the training"), verdict
        assert "plausibly from" in verdict, verdict  # how sure, in words
    violations += blocking_violations(page)
    page.screenshot(path=screenshot_dir / "evaluation-overview.png", full_page=True)

    # Drill into a curriculum: the verdict, its figures and the two items written to need rewriting.
    page.get_by_role("link", name=CURRICULA["rapport-building-and-trust"]).click()
    page.wait_for_url("**/evaluation/curricula/rapport-building-and-trust/")
    assert page.locator(".verdict-panel h2").inner_text().startswith("Scores rose after the training")
    assert page.locator(".verdict-panel dl.facts").is_visible()
    assert page.locator("figure.chart img").count() >= 3
    notice = page.locator("#items-heading ~ .notice")
    assert "items may need rewriting" in notice.inner_text()
    assert {"RB-04", "RB-07"} <= set(flagged_codes(page))
    assert page.locator("tr.row--flagged").count() == len(flagged_codes(page))
    violations += blocking_violations(page)
    page.screenshot(path=screenshot_dir / "evaluation-curriculum.png", full_page=True)

    # Its small cohort (4 people) shows no figures, only why.
    page.get_by_role("link", name=SMALL_COHORT[1]).click()
    page.wait_for_url(f"**/evaluation/cohorts/{SMALL_COHORT[0]}/")
    assert "Too few matched participants" in page.inner_text(".verdict-panel")
    assert page.locator("main").locator(FIGURES).count() == 0
    violations += blocking_violations(page)
    page.screenshot(path=screenshot_dir / "evaluation-cohort-small.png", full_page=True)

    # Its large cohort shows figures: the 4 from Skopje are left out of every report, so there
    # is nothing to subtract.
    page.get_by_role("link", name=CURRICULA["rapport-building-and-trust"]).click()
    page.wait_for_url("**/evaluation/curricula/rapport-building-and-trust/")
    page.get_by_role("link", name=LARGE_COHORT[1]).click()
    page.wait_for_url(f"**/evaluation/cohorts/{LARGE_COHORT[0]}/")
    assert page.locator(".verdict-panel h2").inner_text().startswith("Scores rose after the training")
    assert {"RB-04", "RB-07"} <= set(flagged_codes(page))
    violations += blocking_violations(page)
    page.screenshot(path=screenshot_dir / "evaluation-cohort-zenica.png", full_page=True)

    # Another curriculum, and its cohort that is large enough to show figures.
    page.get_by_role("link", name="Evaluation", exact=True).first.click()
    page.wait_for_url("**/evaluation/")
    page.get_by_role("link", name=CURRICULA["gender-sensitive-approaches"]).click()
    page.wait_for_url("**/evaluation/curricula/gender-sensitive-approaches/")
    assert len(flagged_codes(page)) >= 2
    violations += blocking_violations(page)
    page.screenshot(path=screenshot_dir / "evaluation-curriculum-gender.png", full_page=True)

    page.get_by_role("link", name=COHORT_WITH_FIGURES[1]).click()
    page.wait_for_url(f"**/evaluation/cohorts/{COHORT_WITH_FIGURES[0]}/")
    assert page.locator("h1").inner_text() == COHORT_WITH_FIGURES[1]
    assert page.locator(".verdict-panel h2").inner_text().startswith("Scores rose after the training")
    assert page.locator("figure.chart img").count() >= 3
    assert len(flagged_codes(page)) >= 2
    violations += blocking_violations(page)
    page.screenshot(path=screenshot_dir / "evaluation-cohort.png", full_page=True)

    # The data, with its codebook.
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Attempts, responses and codebook (CSV files in a ZIP)").click()
    download = download_info.value
    assert download.suggested_filename == "gender-sensitive-approaches-evaluation.zip"
    with zipfile.ZipFile(download.path()) as archive:
        assert sorted(archive.namelist()) == EXPORT_FILES
        codebook = archive.read("codebook.csv").decode()
    assert "instrument_version" in codebook

    assert violations == [], "\n".join(violations)
    assert page.watcher.console_errors == []
    assert page.watcher.foreign_requests == []


def test_reports_print_cleanly_and_fit_a_phone(browser, live_server, demo, screenshot_dir):
    report_url = "/evaluation/curricula/rapport-building-and-trust/"

    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    sign_in(page, live_server, "evaluator", report_url)
    page.emulate_media(media="print")
    assert not page.locator(".site-nav").is_visible()
    assert not page.locator("form.report-filters").first.is_visible()
    assert not page.get_by_role("button", name="Print this report").is_visible()
    assert not page.locator("#data-heading").is_visible()
    assert page.locator(".verdict-panel").is_visible()
    assert page.locator("#items-heading ~ .notice").is_visible()
    page.set_viewport_size(A4_AT_96_DPI)
    page.screenshot(path=screenshot_dir / "evaluation-curriculum-print.png", full_page=True)
    context.close()

    # At phone width, wide tables scroll inside their .table-wrap, never the page.
    problems = []
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    phone = context.new_page()
    sign_in(phone, live_server, "evaluator", "/evaluation/")
    for name, url in [
        ("overview", "/evaluation/"),
        ("curriculum", report_url),
        ("cohort", f"/evaluation/cohorts/{COHORT_WITH_FIGURES[0]}/"),
    ]:
        phone.goto(live_server.url + url)
        overflow = horizontal_overflow(phone)
        if overflow > 1:
            problems.append(f"{url} scrolls sideways by {overflow}px at {PHONE['width']}px")
        problems += blocking_violations(phone)
        phone.screenshot(path=screenshot_dir / f"evaluation-{name}-phone.png", full_page=True)
    context.close()
    assert problems == [], "\n".join(problems)
