"""Page-type rules, outcome codes, blocks, and the review workflow (trainers cannot publish)."""

import pytest
from django.core.exceptions import ValidationError

from continuum.models import HomePage
from curricula.blocks import ModuleBodyBlock, SelfCheckBlock
from curricula.factories import add_module
from curricula.models import CurriculumIndexPage, CurriculumPage, LearningOutcome, ModulePage


def test_curricula_live_only_under_the_index_and_modules_only_under_curricula():
    assert CurriculumIndexPage.allowed_parent_page_models() == [HomePage]
    assert CurriculumPage.allowed_parent_page_models() == [CurriculumIndexPage]
    assert CurriculumPage.allowed_subpage_models() == [ModulePage]
    assert ModulePage.allowed_parent_page_models() == [CurriculumPage]
    assert ModulePage.allowed_subpage_models() == []


@pytest.mark.django_db
def test_a_module_cannot_be_created_directly_under_the_home_page(home_page):
    assert not ModulePage.can_create_at(home_page)
    assert not CurriculumPage.can_create_at(home_page)


@pytest.mark.django_db
def test_there_is_only_one_curriculum_index(curriculum_index, home_page):
    assert not CurriculumIndexPage.can_create_at(home_page)


@pytest.mark.parametrize("code", ["RB-2", "DS-10", "GSA-1"])
def test_outcome_codes_are_short_and_stable(code):
    LearningOutcome(code=code, text="x").clean_fields(exclude=["curriculum", "sort_order"])


@pytest.mark.parametrize("code", ["rb-2", "RB2", "RB-", "TOOLONG-1", "RB-2 "])
def test_malformed_outcome_codes_are_refused_with_an_example(code):
    with pytest.raises(ValidationError, match="RB-2"):
        LearningOutcome(code=code, text="x").clean_fields(exclude=["curriculum", "sort_order"])


@pytest.mark.django_db
def test_a_module_may_only_name_outcomes_of_its_curriculum(curriculum):
    module = curriculum.modules().first()
    module.outcome_codes = "RB-1, XX-9"
    with pytest.raises(ValidationError, match="XX-9"):
        module.full_clean()
    module.outcome_codes = "RB-1"
    module.full_clean()


def test_every_block_has_an_icon_a_template_a_description_and_a_preview():
    for name, block in ModuleBodyBlock().child_blocks.items():
        assert block.meta.icon and block.meta.icon != "placeholder", name
        assert block.meta.template, name
        assert block.meta.description, name
    for name in ("text", "key_points", "scenario", "reflection", "do_dont", "quote", "self_check"):
        assert ModuleBodyBlock().child_blocks[name].meta.preview_value, name


def test_a_self_check_needs_exactly_one_right_answer():
    block = SelfCheckBlock()
    two_right = block.to_python(
        {
            "question": "Q",
            "options": [{"text": "A", "correct": True}, {"text": "B", "correct": True}],
            "explanation": "E",
        }
    )
    with pytest.raises(ValidationError):
        block.clean(two_right)


@pytest.mark.django_db
def test_trainers_can_add_and_edit_but_not_publish(curriculum, trainer):
    permissions = curriculum.permissions_for_user(trainer)
    assert permissions.can_add_subpage()
    assert permissions.can_edit()
    assert not permissions.can_publish()


@pytest.mark.django_db
def test_curriculum_leads_can_publish(curriculum, curriculum_lead):
    assert curriculum.permissions_for_user(curriculum_lead).can_publish()


@pytest.mark.django_db
def test_learners_cannot_edit_curricula(curriculum, learner):
    assert not curriculum.permissions_for_user(learner).can_edit()


@pytest.mark.django_db
def test_a_trainers_draft_module_is_published_when_a_curriculum_lead_approves(
    curriculum, trainer, curriculum_lead
):
    draft = add_module(curriculum, slug="draft", title="Working with families", live=False)
    draft.save_revision(user=trainer)
    workflow = draft.get_workflow()
    assert workflow is not None and workflow.name == "Curriculum review"
    state = workflow.start(draft, trainer)
    task = state.current_task_state.task.specific
    assert "approve" not in [action for action, _label, _modal in task.get_actions(draft, trainer)]
    assert "approve" in [action for action, _label, _modal in task.get_actions(draft, curriculum_lead)]

    task.on_action(state.current_task_state, curriculum_lead, "approve")
    draft.refresh_from_db()
    assert draft.live
    assert draft.live_revision == draft.latest_revision


@pytest.mark.django_db
def test_trainers_reach_the_page_editor_for_curricula(client, curriculum, trainer):
    client.force_login(trainer)
    module = curriculum.modules().first()
    assert client.get(f"/admin/pages/{module.pk}/edit/").status_code == 200
    assert client.get(f"/admin/pages/add/curricula/modulepage/{curriculum.pk}/").status_code == 200
