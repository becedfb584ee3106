"""The home page, the shell around every page, and the shared vocabulary of themes."""

import gzip
import re
from pathlib import Path

import pytest
from django.contrib.staticfiles import finders

from continuum.models import SiteSettings, Theme
from continuum.vocabulary import THEMES

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.django_db
def test_home_page_shows_introduction_and_empty_states(client, home_page):
    home_page.introduction = "<p>Shared practice for prison staff.</p>"
    home_page.save_revision().publish()
    body = client.get("/").content.decode()
    assert "Shared practice for prison staff." in body
    assert "No curricula have been published yet" in body
    assert "The good-practice library is still empty" in body


@pytest.mark.django_db
def test_every_page_has_skip_link_landmarks_and_navigation(client, home_page):
    body = client.get("/").content.decode()
    assert '<a class="skip-link" href="#main">' in body
    assert '<main id="main"' in body
    assert "<header" in body and "<footer" in body
    assert 'aria-label="Main"' in body
    for label in ("Themes", "Search", "Sign in"):
        assert f">{label}<" in body


@pytest.mark.django_db
def test_anonymous_visitors_see_no_personal_links(client, home_page):
    body = client.get("/").content.decode()
    assert "My learning" not in body
    assert ">Evaluation<" not in body


@pytest.mark.django_db
def test_signed_in_learner_sees_my_learning_but_not_evaluation(client, home_page, learner):
    client.force_login(learner)
    body = client.get("/").content.decode()
    assert "My learning" in body
    assert ">Evaluation<" not in body
    assert "Sign out" in body


@pytest.mark.django_db
def test_evaluator_sees_the_evaluation_link(client, home_page, evaluator):
    client.force_login(evaluator)
    assert ">Evaluation<" in client.get("/").content.decode()


@pytest.mark.django_db
def test_footer_shows_the_editable_site_settings(client, home_page):
    site_settings = SiteSettings.load()
    site_settings.organisation_name = "Regional Prison Academy"
    site_settings.footer_text = "Funded by nobody in particular."
    site_settings.save()
    body = client.get("/").content.decode()
    assert "Regional Prison Academy" in body
    assert "Funded by nobody in particular." in body


def test_kosovo_designation_default_is_the_agreed_wording():
    field = SiteSettings._meta.get_field("kosovo_designation")
    assert field.default == (
        "This designation is without prejudice to positions on status, and is in line with "
        "UNSCR 1244/1999 and the ICJ Opinion on the Kosovo declaration of independence."
    )


@pytest.mark.django_db
def test_home_page_loads_nothing_from_another_host(client, home_page):
    body = client.get("/").content.decode()
    for attribute in re.findall(r'(?:src|href|action)="([^"]+)"', body):
        assert not attribute.startswith(("http:", "https:", "//")), attribute


@pytest.mark.django_db
def test_home_page_html_css_and_js_weigh_under_60_kb_compressed(client, home_page):
    response = client.get("/")
    body = response.content.decode()
    total = len(gzip.compress(response.content))
    for path in re.findall(r'(?:src|href)="/static/([^"]+)"', body):
        total += len(gzip.compress(Path(finders.find(path)).read_bytes()))
    assert total < 60 * 1024, f"{total} bytes"


@pytest.mark.django_db
def test_home_page_renders_in_a_bounded_number_of_queries(client, home_page, django_assert_max_num_queries):
    client.get("/")  # warm Wagtail's per-site caches
    with django_assert_max_num_queries(12):
        assert client.get("/").status_code == 200


@pytest.mark.django_db
def test_migration_seeds_every_theme_with_a_description():
    seeded = {theme.slug: theme for theme in Theme.objects.all()}
    for term in THEMES:
        assert term.slug in seeded
        assert len(seeded[term.slug].description.split(".")) >= 3


@pytest.mark.django_db
def test_themes_page_lists_every_theme(client, home_page):
    body = client.get("/themes/").content.decode()
    for term in THEMES:
        assert term.name in body


@pytest.mark.django_db
def test_theme_page_explains_the_theme_and_shows_empty_states(client, home_page):
    response = client.get("/themes/rapport-building/")
    assert response.status_code == 200
    body = response.content.decode()
    assert "Rapport building" in body
    assert "No published curriculum teaches this theme yet." in body


@pytest.mark.django_db
def test_unknown_theme_is_a_404(client, home_page):
    assert client.get("/themes/no-such-theme/").status_code == 404


def test_themes_refuse_free_tagging():
    assert Theme.free_tagging is False


def test_kosovo_is_marked_for_its_footnote_wherever_the_site_names_it():
    from continuum.countries import country_label
    from continuum.templatetags.continuum_tags import footnote_mark

    assert country_label("XK", "Kosovo") == "Kosovo*"
    assert country_label("BA", "Bosnia and Herzegovina") == "Bosnia and Herzegovina"
    assert footnote_mark("XK") == "<sup>*</sup>"
    assert footnote_mark("MK") == ""
