"""seed_demo: idempotent, refused in production, and every page it makes renders."""

import io
import json
from pathlib import Path

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from wagtail.models import Page

from continuum.demo import DEMO_ACCOUNTS, DEMO_PASSWORD
from continuum.models import Theme
from curricula.models import Certificate, CurriculumPage
from tests.demo_fingerprint import as_json, fingerprint

STABLE_MODELS = [
    "auth.user",
    "auth.group",
    "wagtailcore.page",
    "wagtailcore.site",
    "wagtailcore.revision",
    "wagtailcore.groupcollectionpermission",
    "continuum",
    "curricula",
    "practices",
    "assessments",
]


def snapshot() -> str:
    out = io.StringIO()
    unmanaged = [model._meta.label for model in apps.get_models() if not model._meta.managed]
    call_command("dumpdata", *STABLE_MODELS, exclude=unmanaged, stdout=out, indent=0)
    return out.getvalue()


@pytest.mark.django_db
def test_seed_demo_twice_gives_the_same_database():
    call_command("seed_demo", stdout=io.StringIO())
    first = snapshot()
    call_command("seed_demo", stdout=io.StringIO())
    assert snapshot() == first


@pytest.mark.django_db
def test_seed_demo_prints_the_demo_logins():
    out = io.StringIO()
    call_command("seed_demo", stdout=out)
    for account in DEMO_ACCOUNTS:
        assert account.username in out.getvalue()
    assert DEMO_PASSWORD in out.getvalue()


@pytest.mark.django_db
def test_every_demo_account_can_sign_in_with_the_documented_password(seeded_demo, client):
    for account in DEMO_ACCOUNTS:
        user = get_user_model().objects.get(username=account.username)
        assert user.check_password(DEMO_PASSWORD)
        if account.role:
            assert user.groups.filter(name=account.role).exists()


@pytest.mark.django_db
def test_seed_demo_refuses_to_run_in_production(settings):
    settings.DEMO_CONTENT_ALLOWED = False
    with pytest.raises(CommandError, match="not production"):
        call_command("seed_demo", stdout=io.StringIO())


@pytest.mark.django_db
def test_every_page_of_the_demo_content_renders(seeded_demo, client):
    pages = list(Page.objects.live().filter(depth__gt=1))
    members_only = [page.url for page in pages if page.get_view_restrictions().exists()]
    urls = [page.url for page in pages if page.url not in members_only]
    urls += [f"{page.url}handout/" for page in Page.objects.live().type(CurriculumPage)]
    urls += ["/themes/", "/search/", "/search/?q=trust", "/accounts/login/", "/healthz", "/certificates/"]
    urls += [
        f"/practices/{route}/" for route in ("countries", "countries/chart", "evidence", "feed", "export/csv")
    ]
    urls += ["/practices/?country=XK&phase=release_preparation", "/sitemap.xml"]
    urls += [theme.get_absolute_url() for theme in Theme.objects.all()]
    for url in urls:
        assert client.get(url).status_code == 200, url
    for url in members_only:
        assert client.get(url).status_code == 302, url
    client.force_login(get_user_model().objects.get(username="evaluator"))
    for url in ["/", "/my/", "/my/submissions/", "/practices/submit/", "/evaluation/", *members_only]:
        assert client.get(url).status_code == 200, url
    client.force_login(get_user_model().objects.get(username="learner"))
    for certificate in Certificate.objects.all():
        assert client.get(certificate.get_absolute_url()).status_code == 200
        assert client.get(certificate.get_verification_url()).status_code == 200


@pytest.mark.django_db
def test_demo_has_three_curricula_and_a_learner_part_way_and_finished(seeded_demo, client):
    from curricula.models import CurriculumPage, Enrolment

    assert CurriculumPage.objects.live().count() == 3
    for curriculum in CurriculumPage.objects.all():
        assert 4 <= curriculum.modules().count() <= 6
        assert curriculum.outcomes.count() >= 4
    enrolments = Enrolment.objects.filter(user__username="learner")
    assert enrolments.completed().count() == 1
    assert enrolments.in_progress().count() == 1
    client.force_login(get_user_model().objects.get(username="learner"))
    body = client.get("/my/").content.decode()
    assert "Resume:" in body and "Certificate" in body


@pytest.mark.django_db
def test_pages_that_name_kosovo_carry_the_designation_footnote(seeded_demo, client):
    for url in ["/search/?q=kosovo", "/practices/", "/themes/release-preparation/", "/practices/countries/"]:
        body = client.get(url).content.decode()
        assert "Kosovo" in body, url
        assert "UNSCR 1244/1999" in body, url


@pytest.mark.django_db
def test_demo_library_answers_the_officials_question(seeded_demo, client):
    """Which practices from Kosovo support release preparation, and how strong is their evidence?"""
    client.force_login(get_user_model().objects.get(username="official"))
    response = client.get(
        "/practices/", {"country": "XK", "phase": "release_preparation", "sort": "evidence"}
    )
    practices = list(response.context["page_obj"])
    assert len(practices) >= 2
    assert all(practice.country.code == "XK" for practice in practices)
    assert "Anecdotal" in response.content.decode()


@pytest.mark.django_db
def test_the_demo_is_the_site_it_was_before_its_content_became_files(seeded_demo):
    """The same pages, titles, block types, word counts and related items as when the demo was
    Python literals (tests/demo_fingerprint.py made tests/site/demo_fingerprint.json then)."""
    expected = json.loads((Path(__file__).parent / "demo_fingerprint.json").read_text())
    actual = json.loads(as_json(fingerprint()))
    for section in expected:
        assert actual[section] == expected[section], section
