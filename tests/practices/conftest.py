import pytest

from continuum.models import Theme
from practices.factories import make_practice
from practices.structure import ensure_practice_index


@pytest.fixture
def practice_index(home_page, role_groups):
    return ensure_practice_index(home_page)


@pytest.fixture
def themes(db):
    return {theme.slug: theme for theme in Theme.objects.all()}


@pytest.fixture
def library(practice_index, themes):
    """Five practices chosen so that every filter combination has a known answer."""
    return {
        "kosovo_plans": make_practice(
            practice_index,
            slug="kosovo-plans",
            title="Individual plans three months before release",
            country="XK",
            phases=("release_preparation",),
            themes=(themes["release-preparation"], themes["multi-agency-cooperation"]),
            evidence_level="anecdotal",
            start_year=2019,
        ),
        "kosovo_training": make_practice(
            practice_index,
            slug="kosovo-training",
            title="Correctional staff training",
            country="XK",
            phases=("in_prison",),
            themes=(themes["staff-training"],),
            evidence_level="none",
            start_year=2016,
        ),
        "bih_welfare": make_practice(
            practice_index,
            slug="bih-welfare",
            title="Social welfare centres after release",
            country="BA",
            phases=("post_release", "release_preparation"),
            themes=(themes["post-release-support"],),
            evidence_level="process_evaluation",
            start_year=2018,
        ),
        "albania_family": make_practice(
            practice_index,
            slug="albania-family",
            title="A reliable family member",
            country="AL",
            phases=("release_preparation",),
            themes=(themes["family-engagement"], themes["release-preparation"]),
            evidence_level="outcome_prepost",
            start_year=2021,
        ),
        "denmark_exit": make_practice(
            practice_index,
            slug="denmark-exit",
            title="Exit and mentoring",
            country="DK",
            phases=("post_release",),
            themes=(themes["community-reintegration"],),
            evidence_level="anecdotal",
            start_year=2007,
        ),
    }
