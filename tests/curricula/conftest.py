import pytest

from curricula.factories import make_curriculum
from curricula.structure import ensure_curriculum_index


@pytest.fixture
def curriculum_index(home_page, role_groups):
    return ensure_curriculum_index(home_page)


@pytest.fixture
def curriculum(curriculum_index):
    return make_curriculum(curriculum_index)


@pytest.fixture
def modules(curriculum):
    return list(curriculum.modules())
