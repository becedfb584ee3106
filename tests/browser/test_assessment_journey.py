"""Assessments in a real browser: a participant joins with a session code, answers half the
pre-test, leaves, comes back with their participant code, finishes and submits; a trainer opens
their cohort, the joining sheet and the post-test, and types in one paper answer sheet; and the
answer form and the joining sheet are checked at phone width and in print."""

import re

import pytest
from axe_playwright_python.sync_playwright import Axe

from assessments.factories import knowledge_items, make_cohort, make_instrument, make_plan
from assessments.models import Participant
from continuum.factories import TEST_PASSWORD
from curricula.factories import make_curriculum
from curricula.structure import ensure_curriculum_index

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

BLOCKING_IMPACTS = {"serious", "critical"}
PHONE = {"width": 390, "height": 844}
A4_AT_96_DPI = {"width": 794, "height": 1123}
# The right answer to each of knowledge_items(6), by question number: what a participant ticks.
RIGHT_ANSWERS = {
    1: ["Right"],
    2: ["True"],
    3: ["Good A", "Good B"],
    4: ["Right"],
    5: ["True"],
    6: ["Good A", "Good B"],
}
# One paper answer sheet as written in the grid: four right (1, 2, 3, 6), two wrong (4, 5).
PAPER_SHEET = {"RB-01": "A", "RB-02": "T", "RB-03": "AB", "RB-04": "B", "RB-05": "F", "RB-06": "AB"}


def blocking_violations(page) -> list[str]:
    results = Axe().run(page)
    return [
        f"{violation['id']} on {page.url}: {violation['help']} "
        f"({', '.join(str(node['target']) for node in violation['nodes'])})"
        for violation in results.response["violations"]
        if violation["impact"] in BLOCKING_IMPACTS
    ]


def horizontal_overflow(page) -> int:
    return page.evaluate("document.documentElement.scrollWidth - window.innerWidth")


def sign_in(page, live_server, user, next_url: str) -> None:
    page.goto(f"{live_server.url}/accounts/login/?next={next_url}")
    page.fill("#id_username", user.username)
    page.fill("#id_password", TEST_PASSWORD)
    page.click("form.form button[type=submit]")
    page.wait_for_url(f"**{next_url}")


def tick(page, numbers) -> None:
    for number in numbers:
        question = page.locator(f"#q-{number}")
        for label in RIGHT_ANSWERS[number]:
            question.get_by_label(label, exact=True).check()


def join_with_session_code(page, live_server, cohort) -> str:
    """Join as a new participant; returns the participant code the welcome page shows once."""
    page.goto(f"{live_server.url}/join/")
    page.fill("#id_join-code", cohort.join_code_display)
    page.get_by_role("button", name="Join", exact=True).click()
    page.wait_for_url("**/participate/welcome/")
    return page.inner_text(".participant-code .code").strip()


@pytest.fixture
def curriculum(home_page, role_groups):
    return make_curriculum(ensure_curriculum_index(home_page), title="Dynamic security", slug="dynamic")


@pytest.fixture
def cohort(curriculum, trainer):
    """A cohort whose pre-test and post-test are the same six-question knowledge test."""
    test = make_instrument(items=knowledge_items(6))
    make_plan(curriculum, pre_test=test, post_test=test)
    return make_cohort(curriculum, trainers=[trainer])


def test_participant_joins_saves_half_leaves_returns_and_submits(page, live_server, cohort, screenshot_dir):
    page.goto(f"{live_server.url}/join/")
    assert blocking_violations(page) == []
    page.screenshot(path=screenshot_dir / "assessment-join.png", full_page=True)

    code = join_with_session_code(page, live_server, cohort)
    assert re.fullmatch(r"[A-Z0-9]{5}-[A-Z0-9]{5}", code), code
    assert blocking_violations(page) == []
    page.screenshot(path=screenshot_dir / "assessment-welcome.png", full_page=True)

    page.click("text=I have written it down: continue")
    page.wait_for_url("**/participate/profile/")
    assert blocking_violations(page) == []
    page.screenshot(path=screenshot_dir / "assessment-profile.png", full_page=True)
    page.click("text=Skip these questions")
    page.wait_for_url("**/participate/")
    assert "Open: you can answer now." in page.inner_text("main")
    assert blocking_violations(page) == []
    page.screenshot(path=screenshot_dir / "assessment-questionnaires.png", full_page=True)

    page.get_by_role("link", name="Rapport test").click()
    page.wait_for_url("**/participate/pre/rb-knowledge/")
    tick(page, [1, 2, 3])
    assert blocking_violations(page) == []
    page.screenshot(path=screenshot_dir / "assessment-answer-half.png", full_page=True)
    page.get_by_role("button", name="Save and continue later").click()
    page.wait_for_url("**/participate/")
    assert "Your answers are saved" in page.inner_text(".messages")
    assert "Started: your answers are saved." in page.inner_text(".task-list")

    page.get_by_role("button", name="Leave this device").click()
    page.wait_for_url("**/join/")
    assert "You have left." in page.inner_text(".messages")
    forgotten = page.goto(f"{live_server.url}/participate/pre/rb-knowledge/")
    assert forgotten.status == 404
    assert "Enter your session code or your participant code first." in page.inner_text("main")
    page.watcher.console_errors.clear()  # that 404 was asked for

    page.goto(f"{live_server.url}/join/")
    page.fill("#id_return-code", code)
    page.get_by_role("button", name="Continue", exact=True).click()
    page.wait_for_url("**/participate/")
    assert "Welcome back. Your answers are as you left them." in page.inner_text(".messages")
    page.get_by_role("link", name="Rapport test").click()
    page.wait_for_url("**/participate/pre/rb-knowledge/")
    for number in (1, 2, 3):
        for label in RIGHT_ANSWERS[number]:
            assert page.locator(f"#q-{number}").get_by_label(label, exact=True).is_checked()
    for number in (4, 5, 6):
        assert page.locator(f"#q-{number} input:checked").count() == 0
    tick(page, [4, 5, 6])
    with page.expect_navigation():  # the thank-you page answers the POST at the same address
        page.get_by_role("button", name="Submit my answers").click()
    assert "Thank you: your answers are submitted" in page.inner_text("h1")
    assert "Your score: 6 out of 6." in page.inner_text("main")
    assert blocking_violations(page) == []
    page.screenshot(path=screenshot_dir / "assessment-submitted.png", full_page=True)

    page.get_by_role("link", name="Back to your questionnaires").click()
    page.wait_for_url("**/participate/")
    assert "Submitted on" in page.inner_text(".task-list")
    assert page.watcher.console_errors == []
    assert page.watcher.foreign_requests == []


def test_trainer_prints_the_sheet_opens_the_post_test_and_types_in_a_paper_sheet(
    page, live_server, cohort, trainer, screenshot_dir
):
    cohort_url = f"/cohorts/{cohort.slug}/"
    sign_in(page, live_server, trainer, cohort_url)
    assert cohort.join_code_display in page.inner_text(".facts")
    assert blocking_violations(page) == []
    page.screenshot(path=screenshot_dir / "assessment-cohort.png", full_page=True)

    page.click("text=Print the joining sheet")
    page.wait_for_url(f"**{cohort_url}sheet/")
    assert page.locator(".qr svg").is_visible()
    assert cohort.join_code_display in page.inner_text(".join-code")
    assert blocking_violations(page) == []
    page.screenshot(path=screenshot_dir / "assessment-joining-sheet.png", full_page=True)

    page.goto(live_server.url + cohort_url)
    after = page.locator("li.card", has=page.get_by_role("heading", name="After the training"))
    with page.expect_navigation():  # back to the same address, with a message
        after.get_by_role("button", name="Open now").click()
    assert "After the training: open." in page.inner_text(".messages")
    assert after.locator(".status").inner_text() == "Open"

    after.get_by_role("link", name="type in paper answers").click()
    page.wait_for_url(f"**{cohort_url}enter/post/rb-knowledge/")
    page.fill("#r0-participant", "S-01")
    for code, cell in PAPER_SHEET.items():
        page.fill(f"#r0-{code}", cell)
    assert blocking_violations(page) == []
    page.screenshot(path=screenshot_dir / "assessment-bulk-entry.png", full_page=True)
    page.get_by_role("button", name="Save these answer sheets").click()
    page.wait_for_url(f"**{cohort_url}")
    assert "1 answer sheet saved." in page.inner_text(".messages")
    answered = page.locator("table.table tbody tr", has=page.get_by_role("rowheader", name="S-01"))
    assert "submitted" in answered.inner_text()
    assert Participant.objects.get(pseudonym="S-01").attempts.get().score == 4
    assert blocking_violations(page) == []
    page.screenshot(path=screenshot_dir / "assessment-cohort-after-entry.png", full_page=True)

    assert page.watcher.console_errors == []
    assert page.watcher.foreign_requests == []


def test_answer_form_fits_a_phone_and_the_joining_sheet_prints(
    browser, live_server, cohort, trainer, screenshot_dir
):
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    phone = context.new_page()
    phone.goto(f"{live_server.url}/join/?code={cohort.join_code}")
    assert phone.input_value("#id_join-code") == cohort.join_code  # as the QR code fills it in
    assert horizontal_overflow(phone) <= 0
    join_with_session_code(phone, live_server, cohort)
    assert horizontal_overflow(phone) <= 0
    phone.screenshot(path=screenshot_dir / "assessment-welcome-phone.png", full_page=True)
    phone.goto(f"{live_server.url}/participate/pre/rb-knowledge/")
    tick(phone, [1, 2, 3])
    assert horizontal_overflow(phone) <= 0
    phone.screenshot(path=screenshot_dir / "assessment-answer-phone.png", full_page=True)
    context.close()

    context = browser.new_context(viewport=PHONE)
    sheet = context.new_page()
    sheet_url = f"/cohorts/{cohort.slug}/sheet/"
    sign_in(sheet, live_server, trainer, sheet_url)
    assert horizontal_overflow(sheet) <= 0
    sheet.emulate_media(media="print")
    assert sheet.locator(".qr svg").is_visible()
    assert not sheet.locator(".site-nav").is_visible()
    assert not sheet.get_by_role("button", name="Print this sheet").is_visible()
    sheet.screenshot(path=screenshot_dir / "assessment-joining-sheet-print-phone.png", full_page=True)
    sheet.set_viewport_size(A4_AT_96_DPI)
    sheet.screenshot(path=screenshot_dir / "assessment-joining-sheet-print-a4.png", full_page=True)
    pdf = sheet.pdf(format="A4", print_background=True)
    (screenshot_dir / "assessment-joining-sheet.pdf").write_bytes(pdf)
    assert len(re.findall(rb"/Type\s*/Page\b", pdf)) == 1, "the joining sheet should print on one page"
    context.close()
