"""Previews in the admin render a page's unsaved state exactly as the live page would render it.

A preview's page is built from a form or from a revision, never from the database: its
many-to-many fields and child relations (phases, themes, organisations, sources, linked
curricula, outcomes…) are modelcluster's in-memory querysets. Every page type is previewed
here through Wagtail's own views, as the admin calls them: the edit and add forms' preview
(POST the form, then GET the preview), "view draft" and the workflow's preview of a practice
in moderation.
"""

import re

import pytest
from wagtail.models import Page, WorkflowState
from wagtail.test.utils.form_data import rich_text

from continuum.models import HomePage
from curricula.factories import make_curriculum
from curricula.models import Audience, CurriculumIndexPage, CurriculumPage, ModulePage
from curricula.structure import ensure_curriculum_index
from practices.factories import make_practice
from practices.models import (
    ActorType,
    ContinuumStage,
    ImplementingOrganisation,
    PracticeCurriculum,
    PracticeIndexPage,
    PracticePage,
    PracticeSource,
    TargetGroup,
)

EMPTY_FORMSET = {"TOTAL_FORMS": "0", "INITIAL_FORMS": "0", "MIN_NUM_FORMS": "0", "MAX_NUM_FORMS": "1000"}


def formset(prefix: str, rows: list[dict], *, initial: int = 0) -> dict:
    data = {
        f"{prefix}-TOTAL_FORMS": str(len(rows)),
        f"{prefix}-INITIAL_FORMS": str(initial),
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
    }
    for number, row in enumerate(rows):
        data.update({f"{prefix}-{number}-{name}": value for name, value in row.items()})
        data.setdefault(f"{prefix}-{number}-ORDER", str(number + 1))
        data.setdefault(f"{prefix}-{number}-DELETE", "")
    return data


def text_stream(prefix: str, html: str) -> dict:
    return {
        f"{prefix}-count": "1",
        f"{prefix}-0-type": "text",
        f"{prefix}-0-value": rich_text(html),
        f"{prefix}-0-deleted": "",
        f"{prefix}-0-order": "0",
    }


def preview(client, url: str, data: dict) -> str:
    """What Wagtail's admin does: POST the form to the preview URL, then GET the preview."""
    response = client.post(url, data)
    assert response.status_code == 200, response.content[:2000]
    assert response.json()["is_valid"], response.content
    response = client.get(url)
    assert response.status_code == 200, response.content[:2000]
    return response.content.decode()


def section(body: str, heading_id: str) -> str:
    """The HTML of one <section> of a page, by its heading's id ('' if the page has none)."""
    match = re.search(rf'<section aria-labelledby="{heading_id}">(.*?)</section>', body, re.DOTALL)
    return match.group(1) if match else ""


def ids(queryset) -> list[str]:
    return [str(pk) for pk in queryset.values_list("pk", flat=True)]


@pytest.fixture
def curricula(library, home_page):
    index = ensure_curriculum_index(home_page)
    return {
        "old": make_curriculum(index, slug="old", title="An old curriculum", modules=1),
        "new": make_curriculum(index, slug="new", title="Release planning together", modules=1),
    }


@pytest.fixture
def practice(library, curricula, themes):
    """A live practice with every relation filled, each of which the previews change."""
    practice = library["kosovo_training"]
    practice.actor_types.set(list(ActorType.objects.filter(slug="prison_staff")))
    practice.target_groups.set(list(TargetGroup.objects.filter(slug="vetos")))
    practice.linked_curricula = [PracticeCurriculum(curriculum=curricula["old"])]
    practice.save_revision().publish()
    return PracticePage.objects.get(pk=practice.pk)


def changed_practice_form(
    curriculum: CurriculumPage, practice: PracticePage | None = None, *, delete: bool = False, **overrides
) -> dict:
    """The edit form of a practice (the add form without `practice`), with a new value in every
    field and every relation: the existing child rows edited (or deleted, with `delete`)."""

    def rows(relation: str, values: dict) -> dict:
        existing = list(getattr(practice, relation).all()) if practice else []
        if not existing:
            return formset(relation, [] if delete else [values])
        changed = [{"id": str(row.pk), **values, "DELETE": "1" if delete else ""} for row in existing]
        return formset(relation, changed, initial=len(existing))

    data = {
        "title": "Family visits before release",
        "slug": "family-visits",
        "summary": "Families meet the case manager in the months before release.",
        **text_stream("description", "<p>Visits are planned with the family.</p>"),
        "country": "AL",
        "locality": "Tirana",
        "phases": ids(ContinuumStage.objects.filter(slug="release_preparation")),
        "actor_types": ids(ActorType.objects.filter(slug="families")),
        "target_groups": ids(TargetGroup.objects.filter(slug="children")),
        "themes": '"Family engagement"',  # a tag with a space is quoted
        **rows("organisations", {"name": "Tirana Family Centre", "organisation_type": "civil_society"}),
        "evidence_level": "outcome_prepost",
        "evidence_text": "Measured before and after.",
        "gender_considerations": "Mothers and fathers alike.",
        "deliverables": "A visit plan template.",
        "sustainability": "Funded by the ministry.",
        "transferability": "Works in any prison with a visits hall.",
        "implementation_requirements": "A room and a case manager.",
        "start_year": "2021",
        "end_year": "",
        "status": "pilot",
        "languages": "Albanian",
        "contact": "The family centre.",
        "last_verified": "",
        **rows("sources", {"title": "Evaluation report 2023", "url": "https://example.org/report"}),
        **rows("linked_curricula", {"curriculum": str(curriculum.pk)}),
    }
    data.update(overrides)
    return data


def assert_shows_the_changed_practice(body: str) -> None:
    assert "Family visits before release" in body
    assert "Families meet the case manager in the months before release." in body
    assert "Visits are planned with the family." in body
    assert "Albania" in body and "Tirana" in body
    assert "<dd>Release preparation</dd>" in body  # phases
    assert "<dd>Families</dd>" in body  # actor types
    assert "<dd>Children</dd>" in body  # target groups
    assert ">Family engagement</a>" in body  # themes
    assert "Staff training" not in body  # the live theme is gone
    assert "Tirana Family Centre" in body
    assert "Centre for Social Work" not in body  # the live organisation is gone
    assert "Evaluation report 2023" in body and "RAN paper" not in body
    teaching = section(body, "teaching")
    assert "Release planning together" in teaching and "An old curriculum" not in teaching
    # Related practices follow the preview's phases, themes and country, not the live ones.
    related = section(body, "related")
    assert "A reliable family member" in related  # Albania, release preparation, family engagement
    assert "Individual plans three months before release" in related  # release preparation
    assert "Social welfare centres after release" in related  # release preparation


# --- practices ------------------------------------------------------------------------------


@pytest.mark.django_db
def test_an_unchanged_practice_previews_exactly_like_the_live_page(client, practice, superuser):
    client.force_login(superuser)
    live = client.get(practice.url).content.decode()
    # The live revision, rebuilt from its JSON as every preview of a revision is.
    draft = client.get(f"/admin/pages/{practice.pk}/revisions/{practice.live_revision_id}/view/")
    assert draft.status_code == 200
    body = draft.content.decode()
    for heading in ("teaching", "related"):
        assert section(body, heading) == section(live, heading)
        assert section(live, heading)
    for text in ("Correctional staff training", "Centre for Social Work", "RAN paper", "Staff training"):
        assert text in body


@pytest.mark.django_db
def test_a_moderator_previews_changes_to_every_relation_of_a_practice(
    client, practice, curricula, practice_moderator
):
    client.force_login(practice_moderator)
    body = preview(
        client, f"/admin/pages/{practice.pk}/edit/preview/", changed_practice_form(curricula["new"], practice)
    )
    assert_shows_the_changed_practice(body)
    # Nothing was saved.
    practice.refresh_from_db()
    assert practice.title == "Correctional staff training"
    assert list(practice.phases.values_list("slug", flat=True)) == ["in_prison"]


@pytest.mark.django_db
def test_a_practice_with_every_relation_emptied_previews(client, practice, curricula, practice_moderator):
    client.force_login(practice_moderator)
    data = changed_practice_form(
        curricula["new"], practice, delete=True, phases=[], actor_types=[], target_groups=[], themes=""
    )
    body = preview(client, f"/admin/pages/{practice.pk}/edit/preview/", data)
    assert "Family visits before release" in body
    assert "No curriculum teaches this practice yet." in body
    assert "Implementing organisations" not in body and "Centre for Social Work" not in body
    assert "RAN paper" not in body and "Staff training" not in body
    for label in ("Phases", "Carried out by", "For"):
        assert f"<dt>{label}</dt><dd>\N{EN DASH}</dd>" in body  # the template's "nothing"
    # Related only by country now (Albania).
    assert "A reliable family member" in section(body, "related")
    assert "Exit and mentoring" not in section(body, "related")


@pytest.mark.django_db
def test_a_new_practice_previews(client, practice_index, curricula, practice_moderator):
    client.force_login(practice_moderator)
    body = preview(
        client,
        f"/admin/pages/add/practices/practicepage/{practice_index.pk}/preview/",
        changed_practice_form(curricula["new"]),
    )
    assert_shows_the_changed_practice(body)
    assert not PracticePage.objects.filter(slug="family-visits").exists()


@pytest.fixture
def practice_in_moderation(practice_index, library, curricula, regional_official, themes):
    """A never-published practice, submitted for review, whose revision changes every relation
    that its database rows still hold the old values of."""
    practice = make_practice(
        practice_index,
        slug="in-review",
        title="Correctional staff training in review",
        country="XK",
        phases=("in_prison",),
        themes=(themes["staff-training"],),
        publish=False,
    )
    practice.owner = practice.submitted_by = regional_official
    practice.save()
    practice.title = "Family visits before release"
    practice.summary = "Families meet the case manager in the months before release."
    practice.country = "AL"
    practice.locality = "Tirana"
    practice.description = [("text", "<p>Visits are planned with the family.</p>")]
    practice.phases.set(list(ContinuumStage.objects.filter(slug="release_preparation")))
    practice.actor_types.set(list(ActorType.objects.filter(slug="families")))
    practice.target_groups.set(list(TargetGroup.objects.filter(slug="children")))
    practice.themes.set([themes["family-engagement"]])
    practice.organisations = [
        ImplementingOrganisation(name="Tirana Family Centre", organisation_type="civil_society")
    ]
    practice.sources = [PracticeSource(title="Evaluation report 2023", url="https://example.org/report")]
    practice.linked_curricula = [PracticeCurriculum(curriculum=curricula["new"])]
    practice.save_revision(user=regional_official)  # a revision only: the rows are unchanged
    practice.get_workflow().start(practice, regional_official)
    practice = PracticePage.objects.get(pk=practice.pk)
    assert practice.title == "Correctional staff training in review"
    assert list(practice.phases.values_list("slug", flat=True)) == ["in_prison"]
    return practice


@pytest.mark.django_db
def test_a_moderator_views_the_draft_of_a_practice_in_moderation(
    client, practice_in_moderation, practice_moderator
):
    client.force_login(practice_moderator)
    response = client.get(f"/admin/pages/{practice_in_moderation.pk}/view_draft/")
    assert response.status_code == 200
    assert_shows_the_changed_practice(response.content.decode())


@pytest.mark.django_db
def test_a_moderator_previews_a_practice_from_the_workflow(
    client, practice_in_moderation, practice_moderator
):
    client.force_login(practice_moderator)
    state = WorkflowState.objects.get(object_id=str(practice_in_moderation.pk))
    task = state.current_task_state.task
    response = client.get(f"/admin/pages/workflow/preview/{practice_in_moderation.pk}/{task.pk}/")
    assert response.status_code == 200
    assert_shows_the_changed_practice(response.content.decode())


@pytest.mark.django_db
def test_a_submission_from_the_site_previews_for_the_moderator(
    client, practice_index, regional_official, practice_moderator, themes
):
    client.force_login(regional_official)
    data = {
        "title": "Mentors for young men after release",
        "summary": "Volunteer mentors meet released young men weekly.",
        "description": "Mentors are trained for two days.",
        "country": "ME",
        "locality": "Podgorica",
        "organisation": "Mentoring Montenegro",
        "organisation_type": "civil_society",
        "phases": ids(ContinuumStage.objects.filter(slug="post_release")),
        "actor_types": ids(ActorType.objects.filter(slug="civil_society")),
        "target_groups": ids(TargetGroup.objects.filter(slug="vetos")),
        "themes": [str(themes["community-reintegration"].pk)],
        "evidence_level": "anecdotal",
        "status": "pilot",
        "source_title": "Annual report",
        "source_url": "https://example.org/annual",
    }
    assert client.post("/practices/submit/", data).status_code == 302
    practice = PracticePage.objects.get(slug="mentors-for-young-men-after-release")
    client.force_login(practice_moderator)
    task = WorkflowState.objects.get(object_id=str(practice.pk)).current_task_state.task
    for url in (
        f"/admin/pages/{practice.pk}/view_draft/",
        f"/admin/pages/workflow/preview/{practice.pk}/{task.pk}/",
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        body = response.content.decode()
        for text in (
            "Mentors for young men after release",
            "<dd>Post-release</dd>",
            "<dd>Civil society</dd>",
            "<dd>VETOs</dd>",
            ">Community reintegration</a>",
            "Mentoring Montenegro",
            "Annual report",
        ):
            assert text in body, (url, text)


# --- every other page type ----------------------------------------------------------------------


@pytest.mark.django_db
def test_the_home_page_previews(client, home_page, superuser):
    client.force_login(superuser)
    data = {
        "title": "Welcome to Continuum",
        "slug": home_page.slug,
        "introduction": rich_text("<p>Training along the continuum.</p>"),
    }
    body = preview(client, f"/admin/pages/{home_page.pk}/edit/preview/", data)
    assert "Welcome to Continuum" in body and "Training along the continuum." in body


@pytest.mark.django_db
def test_the_practice_library_previews(client, library, practice_index, superuser):
    client.force_login(superuser)
    data = {"title": "The library", "slug": practice_index.slug, "introduction": "What works, graded."}
    body = preview(client, f"/admin/pages/{practice_index.pk}/edit/preview/", data)
    assert "The library" in body and "What works, graded." in body
    assert "Exit and mentoring" in body  # the listing, as live


@pytest.mark.django_db
def test_the_curriculum_index_previews(client, curricula, superuser):
    index = CurriculumIndexPage.objects.get()
    client.force_login(superuser)
    data = {"title": "All our courses", "slug": index.slug, "introduction": "Read them."}
    body = preview(client, f"/admin/pages/{index.pk}/edit/preview/", data)
    assert "All our courses" in body and "Release planning together" in body


def changed_curriculum_form(curriculum: CurriculumPage, practice: PracticePage) -> dict:
    outcome = curriculum.outcomes.get()
    return {
        "title": "Rapport, renamed",
        "slug": curriculum.slug,
        "summary": "A new summary of the curriculum.",
        "themes": '"Family engagement"',  # a tag with a space is quoted
        "audiences": ids(Audience.objects.order_by("name")[:1]),
        "level": "advanced",
        "duration_minutes": "90",
        "prerequisites": "Read the handbook first.",
        **formset(
            "outcomes",
            [
                {"id": str(outcome.pk), "code": "RB-1", "text": "Explain trust, again."},
                {"code": "RB-2", "text": "A new outcome."},
            ],
            initial=1,
        ),
        "cover_image": "",
    }


@pytest.mark.django_db
def test_a_curriculum_previews_changes_to_every_relation(client, curricula, library, superuser):
    curriculum = curricula["old"]
    client.force_login(superuser)
    body = preview(
        client,
        f"/admin/pages/{curriculum.pk}/edit/preview/",
        changed_curriculum_form(curriculum, library["albania_family"]),
    )
    assert "Rapport, renamed" in body and "A new summary of the curriculum." in body
    assert Audience.objects.order_by("name").first().name in body
    assert ">Family engagement</a>" in body
    assert "Explain trust, again." in body and "A new outcome." in body


@pytest.mark.django_db
def test_a_new_curriculum_previews_with_its_relations(client, curricula, library, superuser):
    index = CurriculumIndexPage.objects.get()
    client.force_login(superuser)
    data = {**changed_curriculum_form(curricula["old"], library["albania_family"]), "slug": "brand-new"}
    data.update(formset("outcomes", [{"code": "NC-1", "text": "Do something new."}]))
    body = preview(client, f"/admin/pages/add/curricula/curriculumpage/{index.pk}/preview/", data)
    assert "Rapport, renamed" in body and "Do something new." in body


@pytest.mark.django_db
def test_a_module_previews(client, curricula, superuser):
    module = ModulePage.objects.child_of(curricula["old"]).get()
    client.force_login(superuser)
    data = {
        "title": "A renamed module",
        "slug": module.slug,
        "summary": "New summary.",
        "outcome_codes": "RB-1",
        **text_stream("body", "<p>A new paragraph for the module.</p>"),
    }
    body = preview(client, f"/admin/pages/{module.pk}/edit/preview/", data)
    assert "A renamed module" in body and "A new paragraph for the module." in body


def test_every_page_type_is_previewed_here():
    """A page type added later needs a preview test above."""
    from django.apps import apps

    project_apps = {"continuum", "curricula", "practices", "assessments"}
    page_types = {
        model
        for model in apps.get_models()
        if issubclass(model, Page) and model is not Page and model._meta.app_label in project_apps
    }
    assert page_types == {
        HomePage,
        PracticeIndexPage,
        PracticePage,
        CurriculumIndexPage,
        CurriculumPage,
        ModulePage,
    }
