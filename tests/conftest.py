"""Fixtures shared by every test: the site, its home page, and a user per role."""

import pytest

from continuum import roles
from continuum.factories import UserFactory
from continuum.models import HomePage
from continuum.site_structure import ensure_home_page
from tests.seeding import ensure_roles, ensure_vocabularies


@pytest.fixture
def home_page(db) -> HomePage:
    return ensure_home_page()


@pytest.fixture
def vocabularies(db) -> None:
    """What the data migrations seed (themes, audiences, practice vocabularies), rebuilt when a
    transactional test has flushed it; a no-op otherwise."""
    ensure_vocabularies()


@pytest.fixture
def role_groups(vocabularies) -> None:
    """The role groups with their permissions (rebuilt if a transactional test flushed them)."""
    ensure_roles()


@pytest.fixture
def make_user(role_groups):
    def make(username: str, *role_names: str, **fields):
        return UserFactory(username=username, roles=list(role_names), **fields)

    return make


@pytest.fixture
def learner(make_user):
    return make_user("learner", roles.LEARNERS)


@pytest.fixture
def trainer(make_user):
    return make_user("trainer", roles.TRAINERS)


@pytest.fixture
def curriculum_lead(make_user):
    return make_user("lead", roles.CURRICULUM_LEADS)


@pytest.fixture
def practice_moderator(make_user):
    return make_user("moderator", roles.PRACTICE_MODERATORS)


@pytest.fixture
def evaluator(make_user):
    return make_user("evaluator", roles.EVALUATORS)


@pytest.fixture
def regional_official(make_user):
    return make_user("official", roles.REGIONAL_OFFICIALS)


@pytest.fixture
def superuser(make_user):
    return make_user("root", is_superuser=True, is_staff=True)


@pytest.fixture(scope="module")
def seeded_demo(django_db_setup, django_db_blocker):
    """The demo content, seeded once for a whole test module (it takes seconds), inside a
    transaction rolled back after the module; each test (marked django_db) runs in a savepoint
    within it, so what one test changes never reaches the next. For tests that read the demo."""
    import io

    from django.core.management import call_command
    from django.db import transaction

    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            call_command("seed_demo", stdout=io.StringIO())
            yield
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    """Uploaded files go to a temporary folder, never to var/media."""
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def empty_cache():
    """Rate limits live in the cache: each test starts with none."""
    from django.core.cache import cache

    cache.clear()
