"""A regional official filters the library, opens a practice and submits one; a moderator
approves it in the admin; it appears in the listing."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from continuum.factories import TEST_PASSWORD
from practices.factories import make_practice
from practices.models import PracticePage
from practices.structure import ensure_practice_index

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def blocking_violations(page) -> list[str]:
    results = Axe().run(page)
    return [
        f"{violation['id']}: {violation['help']}"
        for violation in results.response["violations"]
        if violation["impact"] in {"serious", "critical"}
    ]


def sign_in(page, live_server, user, next_url="/"):
    page.goto(f"{live_server.url}/accounts/login/?next={next_url}")
    page.fill("#id_username", user.username)
    page.fill("#id_password", TEST_PASSWORD)
    page.click("form.form button[type=submit]")


@pytest.fixture
def library(home_page, role_groups):
    from continuum.models import Theme

    index = ensure_practice_index(home_page)
    release = Theme.objects.get(slug="release-preparation")
    make_practice(index, slug="kosovo-plans", title="Plans before release", country="XK", themes=(release,))
    make_practice(index, slug="bih-welfare", title="Welfare centres", country="BA", themes=(release,))
    make_practice(index, slug="dk-exit", title="Exit mentoring", country="DK")
    return index


def test_official_finds_a_practice_and_submits_one_that_a_moderator_publishes(
    browser, live_server, library, regional_official, practice_moderator, screenshot_dir
):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(live_server.url + "/practices/")
    page.check("#f-country-XK")
    page.check("#f-theme-release-preparation")
    page.click("text=Show practices")
    assert "country=XK" in page.url and "theme=release-preparation" in page.url
    assert page.inner_text(".library__results-heading").strip() == "1 practice"
    assert blocking_violations(page) == []
    page.screenshot(path=screenshot_dir / "practices-filtered.png", full_page=True)

    page.click("text=Plans before release")
    assert page.inner_text("h1") == "Plans before release"
    assert blocking_violations(page) == []
    page.screenshot(path=screenshot_dir / "practice-page.png", full_page=True)

    sign_in(page, live_server, regional_official, "/practices/submit/")
    page.wait_for_url("**/practices/submit/")
    page.fill("#id_title", "Mentors after release")
    page.fill("#id_summary", "Volunteers meet released men weekly.")
    page.fill("#id_description", "Mentors are trained and supervised.")
    page.select_option("#id_country", "ME")
    page.fill("#id_organisation", "Mentoring Montenegro")
    page.check("text=Post-release")
    assert blocking_violations(page) == []
    page.click("text=Send for review")
    page.wait_for_url("**/my/submissions/")
    assert "Waiting for a moderator" in page.inner_text("main")
    context.close()

    practice = PracticePage.objects.get(title="Mentors after release")
    moderator_context = browser.new_context(viewport={"width": 1280, "height": 900})
    admin = moderator_context.new_page()
    sign_in(admin, live_server, practice_moderator, f"/admin/pages/{practice.pk}/edit/")
    admin.wait_for_url(f"**/admin/pages/{practice.pk}/edit/")
    with admin.expect_navigation():
        admin.locator(
            'button[data-workflow-action-name="approve"]:not([data-workflow-action-modal-url])'
        ).dispatch_event("click")
    moderator_context.close()

    practice.refresh_from_db()
    assert practice.live
    visitor = browser.new_context()
    listing = visitor.new_page()
    listing.goto(live_server.url + "/practices/?country=ME")
    assert "Mentors after release" in listing.inner_text(".library__results")
    visitor.close()
