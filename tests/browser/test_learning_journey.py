"""A learner signs in, enrols, reads and completes a module, and sees the progress on /my/."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from continuum.factories import TEST_PASSWORD
from curricula.factories import make_curriculum
from curricula.structure import ensure_curriculum_index

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

BLOCKING_IMPACTS = {"serious", "critical"}


def blocking_violations(page) -> list[str]:
    results = Axe().run(page)
    return [
        f"{violation['id']}: {violation['help']}"
        for violation in results.response["violations"]
        if violation["impact"] in BLOCKING_IMPACTS
    ]


@pytest.fixture
def curriculum(home_page, role_groups):
    return make_curriculum(
        ensure_curriculum_index(home_page), title="Dynamic security", slug="dynamic", modules=3
    )


def test_learner_enrols_completes_a_module_and_sees_progress(
    page, live_server, curriculum, learner, screenshot_dir
):
    page.goto(f"{live_server.url}/accounts/login/?next={curriculum.url}")
    page.fill("#id_username", learner.username)
    page.fill("#id_password", TEST_PASSWORD)
    page.click("form.form button[type=submit]")
    page.wait_for_url(f"**{curriculum.url}")
    assert blocking_violations(page) == []
    page.screenshot(path=screenshot_dir / "curriculum-page.png", full_page=True)

    page.click("text=Enrol in this curriculum")
    page.wait_for_url("**/module-1/")
    assert "You are enrolled" in page.inner_text(".messages")
    page.check("[data-self-check] input[data-correct]")
    assert page.is_visible("text=Predictable, fair behaviour.")
    assert blocking_violations(page) == []
    page.screenshot(path=screenshot_dir / "module-page.png", full_page=True)

    page.click("text=Mark as complete")
    page.wait_for_url("**/module-2/")
    assert "1 of 3 modules complete" in page.inner_text(".module-layout__outline")

    page.click("text=My learning")
    page.wait_for_url("**/my/")
    assert "1 of 3 modules complete (33%)" in page.inner_text("main")
    assert page.is_visible("text=Resume: Module 2")
    assert blocking_violations(page) == []
    page.screenshot(path=screenshot_dir / "my-learning.png", full_page=True)

    assert page.watcher.console_errors == []
    assert page.watcher.foreign_requests == []


def test_module_page_reads_well_on_a_phone(browser, live_server, curriculum, screenshot_dir):
    context = browser.new_context(viewport={"width": 360, "height": 740})
    page = context.new_page()
    page.goto(live_server.url + curriculum.modules().first().url)
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0
    page.screenshot(path=screenshot_dir / "module-phone.png", full_page=True)
    context.close()
