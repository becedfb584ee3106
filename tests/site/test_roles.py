"""Each role can do exactly what the README's table says."""

import pytest
from django.contrib.auth.models import Group

from continuum import roles


@pytest.mark.django_db
def test_migration_creates_exactly_the_six_roles():
    names = set(Group.objects.values_list("name", flat=True))
    assert names == set(roles.ALL_ROLES)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("fixture", "can_use_admin"),
    [
        ("learner", False),
        ("regional_official", False),
        ("evaluator", False),
        ("trainer", True),
        ("curriculum_lead", True),
        ("practice_moderator", True),
    ],
)
def test_only_authors_and_moderators_reach_the_admin(client, home_page, request, fixture, can_use_admin):
    client.force_login(request.getfixturevalue(fixture))
    response = client.get("/admin/")
    if can_use_admin:
        assert response.status_code == 200
    else:
        assert response.status_code == 302
        assert response["Location"].startswith("/admin/login/")


@pytest.mark.django_db
def test_curriculum_leads_and_moderators_edit_themes_and_trainers_do_not(
    trainer, curriculum_lead, practice_moderator
):
    assert curriculum_lead.has_perm("continuum.change_theme")
    assert practice_moderator.has_perm("continuum.add_theme")
    assert not trainer.has_perm("continuum.change_theme")
    assert not curriculum_lead.has_perm("continuum.delete_theme")


@pytest.mark.django_db
def test_trainers_change_their_own_images_but_not_others(trainer, curriculum_lead):
    from wagtail.images import get_image_model
    from wagtail.images.tests.utils import get_test_image_file
    from wagtail.permissions import policy_registry

    image_model = get_image_model()
    policy = policy_registry.get_by_type(image_model)
    own = image_model.objects.create(title="Own", file=get_test_image_file(), uploaded_by_user=trainer)
    other = image_model.objects.create(
        title="Other", file=get_test_image_file(), uploaded_by_user=curriculum_lead
    )
    assert policy.user_has_permission(trainer, "add")
    assert policy.user_has_permission_for_instance(trainer, "change", own)
    assert not policy.user_has_permission_for_instance(trainer, "change", other)
    assert policy.user_has_permission_for_instance(curriculum_lead, "change", own)


@pytest.mark.django_db
def test_evaluation_is_for_evaluators_only(client, home_page, learner, evaluator, superuser):
    assert client.get("/evaluation/").status_code == 302  # anonymous: to sign in
    client.force_login(learner)
    assert client.get("/evaluation/").status_code == 403
    client.force_login(evaluator)
    assert client.get("/evaluation/").status_code == 200
    client.force_login(superuser)
    assert client.get("/evaluation/").status_code == 200


@pytest.mark.django_db
def test_my_learning_asks_anonymous_visitors_to_sign_in(client, home_page):
    response = client.get("/my/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


@pytest.mark.django_db
def test_sync_roles_is_idempotent_and_restores_removed_permissions(role_groups):
    from django.apps import apps

    leads = Group.objects.get(name=roles.CURRICULUM_LEADS)
    leads.permissions.clear()
    roles.sync_roles(apps)
    roles.sync_roles(apps)
    granted = {f"{p.content_type.app_label}.{p.codename}" for p in leads.permissions.all()}
    assert granted == set(roles.MODEL_PERMISSIONS[roles.CURRICULUM_LEADS])
    assert "continuum.change_theme" in granted
