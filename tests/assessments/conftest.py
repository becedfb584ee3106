import pytest

from assessments.factories import make_cohort, make_plan
from curricula.factories import make_curriculum
from curricula.structure import ensure_curriculum_index


@pytest.fixture
def curriculum(home_page, role_groups):
    return make_curriculum(ensure_curriculum_index(home_page))


@pytest.fixture
def plan(curriculum):
    return make_plan(curriculum)


@pytest.fixture
def cohort(plan, curriculum, trainer):
    return make_cohort(curriculum, trainers=[trainer])


@pytest.fixture
def join(client):
    """Join a cohort in `client` as a new participant; returns the participant code shown."""

    def joining(cohort, the_client=None):
        c = the_client or client
        response = c.post("/join/", {"join-code": cohort.join_code})
        assert response.status_code == 302, response.content[:500]
        welcome = c.get("/participate/welcome/")
        code = welcome.context["code"]
        assert code
        return code

    return joining


# Answers to assessments.factories.knowledge_items(4): all right.
ALL_RIGHT = {"item-RB-01": "0", "item-RB-02": "true", "item-RB-03": ["0", "1"], "item-RB-04": "0"}
