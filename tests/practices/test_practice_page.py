"""A practice's own page: summary box, evidence, sources, curricula that teach it, related ones."""

import pytest
from django.core.exceptions import ValidationError

from curricula.factories import make_curriculum
from curricula.structure import ensure_curriculum_index
from practices.models import PracticeCurriculum, PracticeIndexPage, PracticePage


def test_practices_live_only_in_the_library():
    assert PracticePage.allowed_parent_page_models() == [PracticeIndexPage]
    assert PracticePage.allowed_subpage_models() == []


@pytest.mark.django_db
def test_summary_box_evidence_and_sources(client, library):
    body = client.get(library["bih_welfare"].url).content.decode()
    assert "Bosnia and Herzegovina" in body
    assert "Release preparation, Post-release" in body
    assert "Process evaluation" in body
    assert "without measuring its effect" in body  # the grade's plain-language explanation
    assert 'href="https://ec.europa.eu/ran"' in body


@pytest.mark.django_db
def test_a_practice_in_kosovo_carries_the_designation_footnote(client, library):
    assert "UNSCR 1244/1999" in client.get(library["kosovo_training"].url).content.decode()


@pytest.mark.django_db
def test_the_curricula_that_teach_it_are_on_the_practice_and_it_is_on_theirs(client, library, home_page):
    """One link (PracticeCurriculum), made on the practice, shown on both pages."""
    index = ensure_curriculum_index(home_page)
    one = make_curriculum(index, slug="one", title="Rapport with families", modules=1)
    two = make_curriculum(index, slug="two", title="Release planning together", modules=1)
    practice = library["albania_family"]
    practice.linked_curricula = [PracticeCurriculum(curriculum=one), PracticeCurriculum(curriculum=two)]
    practice.save_revision().publish()
    body = client.get(practice.url).content.decode()
    assert "Rapport with families" in body and "Release planning together" in body
    for curriculum in (one, two):
        assert "A reliable family member" in client.get(curriculum.url).content.decode()


@pytest.mark.django_db
def test_related_practices_share_themes_phases_or_country(client, library):
    response = client.get(library["kosovo_plans"].url)
    related = [practice.title for practice in response.context["related_practices"]]
    assert "A reliable family member" in related  # same theme and phase
    assert "Correctional staff training" in related  # same country
    assert "Individual plans three months before release" not in related


@pytest.mark.django_db
def test_reserved_addresses_and_backwards_years_are_refused(library):
    practice = library["denmark_exit"]
    practice.slug = "feed"
    with pytest.raises(ValidationError, match="reserved"):
        practice.full_clean()
    practice.slug = "denmark-exit"
    practice.start_year, practice.end_year = 2020, 2010
    with pytest.raises(ValidationError, match="before the start year"):
        practice.full_clean()


@pytest.mark.django_db
def test_a_curriculum_lists_the_practices_it_relates_to_that_the_visitor_may_see(client, library, home_page):
    from wagtail.models import PageViewRestriction

    curriculum = make_curriculum(ensure_curriculum_index(home_page), slug="c", title="Curriculum", modules=1)
    for name in ("bih_welfare", "kosovo_plans"):
        library[name].linked_curricula = [PracticeCurriculum(curriculum=curriculum)]
        library[name].save_revision().publish()
    PageViewRestriction.objects.create(
        page=library["kosovo_plans"], restriction_type=PageViewRestriction.LOGIN
    )
    body = client.get(curriculum.url).content.decode()
    assert "Social welfare centres after release" in body
    assert "Individual plans three months before release" not in body


@pytest.mark.django_db
def test_a_curriculum_lists_practices_that_name_it_as_teaching_them(client, library, home_page):
    curriculum = make_curriculum(ensure_curriculum_index(home_page), slug="c", title="Curriculum", modules=1)
    practice = library["albania_family"]
    practice.linked_curricula = [PracticeCurriculum(curriculum=curriculum)]
    practice.save_revision().publish()
    assert "A reliable family member" in client.get(curriculum.url).content.decode()


@pytest.mark.django_db
def test_a_module_never_points_anonymous_visitors_at_a_members_only_practice(
    client, library, home_page, learner
):
    import json

    from wagtail.models import PageViewRestriction

    curriculum = make_curriculum(ensure_curriculum_index(home_page), slug="c", title="Curriculum", modules=1)
    module = curriculum.modules().first()
    secret = library["kosovo_plans"]
    PageViewRestriction.objects.create(page=secret, restriction_type=PageViewRestriction.LOGIN)
    module.body = json.dumps([{"type": "practice", "value": {"practice": secret.pk, "note": "See this."}}])
    module.save_revision().publish()
    assert secret.title not in client.get(module.url).content.decode()
    client.force_login(learner)
    assert secret.title in client.get(module.url).content.decode()
