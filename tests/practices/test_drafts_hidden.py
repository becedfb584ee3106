"""Drafts stay with the people who may edit them. In the admin's page chooser (browse, search,
"chosen") and in the reports, a person sees only pages that are live or that they may edit, and
a live page they may not edit under its live title, never the title of its unpublished draft."""

import pytest
from django.contrib.auth.models import Group, Permission
from wagtail.models import GroupPagePermission

from continuum import roles
from curricula.factories import add_module, make_curriculum
from curricula.models import CurriculumPage
from curricula.structure import ensure_curriculum_index
from practices.factories import make_practice
from practices.models import PracticePage

DRAFT_TITLE = "Quokka lighthouse mentoring"
DRAFT_SUMMARY = "The narwhal arrangement, not yet public"
RENAMED_TITLE = "Walrus retitled in a draft"
CURRICULUM_DRAFT_TITLE = "Pelican curriculum in review"

REPORT = "/admin/reports/page-types-usage/"
REPORT_RESULTS = "/admin/reports/page-types-usage/results/"


def search(client, words: str, **params) -> str:
    response = client.get("/admin/choose-page/search/", {"q": words, **params})
    assert response.status_code == 200
    return response.content.decode()


def submit_for_review(practice, user) -> None:
    practice.save_revision(user=user)
    practice.get_workflow().start(practice, user)


@pytest.fixture
def world(library, practice_index, home_page, regional_official, practice_moderator, trainer):
    """Live practices; a live practice with a retitled draft; a never-published practice in
    moderation (the last page edited, so the page types report would name it); a trainer's
    never-published curriculum."""
    renamed = PracticePage.objects.get(pk=library["denmark_exit"].pk)
    renamed.title = RENAMED_TITLE
    renamed.save_revision(user=practice_moderator)

    curricula = ensure_curriculum_index(home_page)
    live_curriculum = make_curriculum(curricula, slug="live-one", title="Rapport building", modules=1)
    live_curriculum.title = "Heron retitled curriculum"
    live_curriculum.save_revision(user=trainer)
    curriculum_draft = CurriculumPage(
        title=CURRICULUM_DRAFT_TITLE, slug="pelican", summary="Not yet.", live=False
    )
    curriculum_draft.owner = trainer
    curricula.add_child(instance=curriculum_draft)
    curriculum_draft.save_revision(user=trainer)
    add_module(curriculum_draft, slug="pelican-module", title="Pelican module one")  # live, in a draft

    draft = make_practice(
        practice_index, slug="quokka", title=DRAFT_TITLE, summary=DRAFT_SUMMARY, publish=False
    )
    draft.owner = draft.submitted_by = regional_official
    draft.save()
    submit_for_review(draft, regional_official)
    assert not PracticePage.objects.get(pk=draft.pk).live
    return {"draft": draft, "renamed": renamed, "curriculum_draft": curriculum_draft}


# --- the chooser's search -----------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["trainer", "curriculum_lead"])
def test_trainers_and_leads_do_not_find_a_practice_in_moderation(client, world, role, request):
    client.force_login(request.getfixturevalue(role))
    for words in ("quokka", "lighthouse mentoring", "narwhal arrangement"):
        body = search(client, words)
        assert DRAFT_TITLE not in body and DRAFT_SUMMARY not in body, words
    body = search(client, "quokka", page_type="practices.practicepage")
    assert DRAFT_TITLE not in body
    assert "Exit and mentoring" in search(client, "mentoring")  # live practices are still found


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["practice_moderator", "superuser"])
def test_moderators_and_administrators_find_it(client, world, role, request):
    client.force_login(request.getfixturevalue(role))
    assert DRAFT_TITLE in search(client, "quokka")


@pytest.mark.django_db
def test_a_live_page_with_a_draft_shows_its_live_title_to_those_who_may_not_edit_it(
    client, world, trainer, practice_moderator
):
    client.force_login(trainer)
    body = search(client, "exit")
    assert "Exit and mentoring" in body
    assert RENAMED_TITLE not in body
    client.force_login(practice_moderator)  # who may edit it sees the draft's title, as Wagtail shows it
    assert RENAMED_TITLE in search(client, "exit")


@pytest.mark.django_db
def test_moderators_do_not_find_a_curriculum_draft_but_its_trainer_does(
    client, world, trainer, practice_moderator
):
    client.force_login(practice_moderator)
    body = search(client, "pelican")
    assert CURRICULUM_DRAFT_TITLE not in body
    assert "Rapport building" in search(client, "rapport")
    client.force_login(trainer)
    assert CURRICULUM_DRAFT_TITLE in search(client, "pelican")


@pytest.mark.django_db
def test_search_results_name_their_parent_only_as_the_person_may_see_it(
    client, world, trainer, practice_moderator
):
    client.force_login(practice_moderator)
    body = search(client, "module")
    assert "Module 1" in body and "Pelican module one" in body  # live modules
    assert "Rapport building" in body  # the parent of Module 1, under its live title
    assert "Heron retitled curriculum" not in body
    assert CURRICULUM_DRAFT_TITLE not in body  # the parent of the other, never published
    client.force_login(trainer)
    body = search(client, "module")
    assert "Heron retitled curriculum" in body and CURRICULUM_DRAFT_TITLE in body


# --- the chooser's browsing and "chosen" answers --------------------------------------------------


@pytest.mark.django_db
def test_browsing_the_library_in_the_chooser(client, world, practice_index, trainer, practice_moderator):
    url = f"/admin/choose-page/{practice_index.pk}/"
    client.force_login(trainer)
    response = client.get(url)
    assert response.status_code == 200
    body = response.content.decode()
    assert "Exit and mentoring" in body and "A reliable family member" in body
    assert DRAFT_TITLE not in body and RENAMED_TITLE not in body
    client.force_login(practice_moderator)
    body = client.get(url).content.decode()
    assert DRAFT_TITLE in body and RENAMED_TITLE in body


@pytest.mark.django_db
def test_a_draft_cannot_be_opened_as_a_parent_in_the_chooser(client, world, trainer, practice_moderator):
    url = f"/admin/choose-page/{world['draft'].pk}/"
    client.force_login(trainer)
    response = client.get(url)
    assert response.status_code == 404
    assert DRAFT_TITLE not in response.content.decode()
    client.force_login(practice_moderator)
    response = client.get(url)
    assert response.status_code == 200 and DRAFT_TITLE in response.content.decode()


@pytest.mark.django_db
def test_the_chosen_answer_names_only_pages_the_person_may_see(
    client, world, library, trainer, practice_moderator
):
    ids = [world["draft"].pk, world["renamed"].pk, library["albania_family"].pk]
    client.force_login(trainer)
    response = client.get("/admin/choose-page/chosen-multiple/", {"id": ids})
    assert response.status_code == 200
    result = response.json()["result"]
    assert sorted(item["adminTitle"] for item in result) == ["A reliable family member", "Exit and mentoring"]
    client.force_login(practice_moderator)
    result = client.get("/admin/choose-page/chosen-multiple/", {"id": ids}).json()["result"]
    assert {item["adminTitle"] for item in result} == {DRAFT_TITLE, RENAMED_TITLE, "A reliable family member"}


# --- the owner of a draft -----------------------------------------------------------------------


@pytest.fixture
def contributor(make_user, practice_index):
    """Someone who may add practices in the admin but not edit other people's: Wagtail lets the
    owner of a page edit it with the "add" permission alone."""
    group, _created = Group.objects.get_or_create(name="Practice contributors (test)")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    GroupPagePermission.objects.create(
        group=group, page=practice_index, permission=Permission.objects.get(codename="add_page")
    )
    user = make_user("contributor", roles.REGIONAL_OFFICIALS)
    user.groups.add(group)
    return user


@pytest.mark.django_db
def test_the_owner_sees_their_own_draft_where_they_may_edit_it(client, world, practice_index, contributor):
    own = make_practice(practice_index, slug="own", title="Capybara own draft", publish=False)
    own.owner = contributor
    own.save()
    submit_for_review(own, contributor)
    client.force_login(contributor)
    assert "Capybara own draft" in search(client, "capybara")
    assert DRAFT_TITLE not in search(client, "quokka")  # someone else's draft
    body = client.get(f"/admin/choose-page/{practice_index.pk}/").content.decode()
    assert "Capybara own draft" in body and DRAFT_TITLE not in body


# --- the page types report ------------------------------------------------------------------------


def report_rows(response) -> dict:
    return {row.model: row for row in response.context["object_list"]}


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["trainer", "curriculum_lead"])
def test_the_page_types_report_hides_drafts_from_trainers_and_leads(client, world, role, request):
    client.force_login(request.getfixturevalue(role))
    for url in (REPORT, REPORT_RESULTS):
        response = client.get(url)
        assert response.status_code == 200, url
        body = response.content.decode()
        assert DRAFT_TITLE not in body and DRAFT_SUMMARY not in body, url
        assert RENAMED_TITLE not in body, url
    rows = report_rows(client.get(REPORT))
    # The last edited practice they may see, under its live title; the live ones counted.
    assert rows["practicepage"].last_edited_page.pk == world["renamed"].pk
    assert "Exit and mentoring" in client.get(REPORT).content.decode()
    assert rows["practicepage"].count == 5


@pytest.mark.django_db
def test_the_page_types_report_shows_a_moderator_what_they_may_edit(client, world, practice_moderator):
    client.force_login(practice_moderator)
    response = client.get(REPORT)
    assert response.status_code == 200
    assert DRAFT_TITLE in response.content.decode()
    rows = report_rows(response)
    assert rows["practicepage"].count == 6
    assert rows["curriculumpage"].count == 1  # the live one, not the trainer's draft
    assert CURRICULUM_DRAFT_TITLE not in response.content.decode()


@pytest.mark.django_db
def test_the_page_types_report_shows_an_administrator_everything(client, world, superuser):
    client.force_login(superuser)
    response = client.get(REPORT)
    assert DRAFT_TITLE in response.content.decode()
    rows = report_rows(response)
    assert rows["practicepage"].count == 6 and rows["curriculumpage"].count == 2


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url",
    [
        "/admin/reports/locked/",
        "/admin/reports/aging-pages/",
        "/admin/reports/site-history/",
        "/admin/reports/workflow/",
        "/admin/reports/workflow_tasks/",
        "/admin/pages/search/?q=quokka",
    ],
)
def test_no_other_report_shows_a_trainer_the_practice_in_moderation(client, world, trainer, url):
    world["draft"].specific.save_revision(user=world["draft"].owner)  # more history to show
    client.force_login(trainer)
    response = client.get(url)
    assert response.status_code in (200, 302), url
    body = response.content.decode()
    assert DRAFT_TITLE not in body and DRAFT_SUMMARY not in body
