"""The home page in a real browser: no console errors, no foreign requests, accessible."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from continuum.demo import INTRODUCTION

# The live server runs in another thread, so these tests commit and the database is emptied after
# each; fixtures (`home_page`, `role_groups`, `vocabularies`) rebuild what the migrations seeded.
pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

BLOCKING_IMPACTS = {"serious", "critical"}


@pytest.fixture
def published_home(home_page):
    home_page.introduction = INTRODUCTION
    home_page.save_revision().publish()
    return home_page


def test_home_page_is_clean_accessible_and_self_contained(page, live_server, published_home, screenshot_dir):
    response = page.goto(live_server.url + "/")
    assert response.status == 200
    assert page.locator("h1").inner_text() == published_home.title

    results = Axe().run(page)
    blocking = [
        f"{violation['id']}: {violation['help']}"
        for violation in results.response["violations"]
        if violation["impact"] in BLOCKING_IMPACTS
    ]
    assert blocking == []
    assert page.watcher.console_errors == []
    assert page.watcher.foreign_requests == []

    page.screenshot(path=screenshot_dir / "home-desktop.png", full_page=True)
    page.set_viewport_size({"width": 375, "height": 800})
    page.screenshot(path=screenshot_dir / "home-phone.png", full_page=True)


def test_skip_link_moves_focus_to_the_main_content(page, live_server, published_home):
    page.goto(live_server.url + "/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.className")
    assert "skip-link" in focused
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


def test_home_page_works_without_javascript(browser, live_server, published_home):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(live_server.url + "/")
    page.fill("#home-search", "rapport")
    page.click("form[role=search] button[type=submit]")
    assert "/search/?q=rapport" in page.url
    assert page.locator("h1").inner_text() == "Search"
    context.close()


def test_no_horizontal_scrolling_on_a_320px_phone(page, live_server, published_home):
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(live_server.url + "/")
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0
