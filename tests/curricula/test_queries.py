"""Curriculum, module and /my/ pages query the database a fixed number of times, whatever the
number of modules or enrolments."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from continuum.factories import UserFactory
from curricula.factories import add_module, make_curriculum
from curricula.models import Enrolment
from curricula.services import complete_module

MAX_QUERIES = 30  # assessments add the evaluation plan lookup (curricula/extensions.py hooks)


def count_queries(client, url: str) -> int:
    client.get(url)  # warm per-process caches (site root paths, content types)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def grow(curriculum, *, modules: int, enrolments: int) -> None:
    existing = curriculum.modules().count()
    for number in range(existing + 1, modules + 1):
        add_module(curriculum, slug=f"extra-{number}", title=f"Extra {number}")
    Enrolment.objects.bulk_create(
        Enrolment(user=UserFactory(username=f"bulk{number}", password=None), curriculum=curriculum)
        for number in range(enrolments)
    )


@pytest.mark.django_db
def test_curriculum_and_module_pages_do_not_grow_with_modules_or_enrolments(
    client, curriculum_index, learner
):
    curriculum = make_curriculum(curriculum_index, modules=5)
    complete_module(user=learner, module=curriculum.modules().first())
    client.force_login(learner)
    module_url = curriculum.modules()[2].url
    small = (count_queries(client, curriculum.url), count_queries(client, module_url))

    grow(curriculum, modules=50, enrolments=500)
    large = (count_queries(client, curriculum.url), count_queries(client, module_url))

    assert small == large
    assert max(large) <= MAX_QUERIES, large


@pytest.mark.django_db
def test_my_learning_does_not_grow_with_enrolments(client, curriculum_index, learner):
    first = make_curriculum(curriculum_index, slug="one", title="One", modules=3)
    complete_module(user=learner, module=first.modules().first())
    client.force_login(learner)
    small = count_queries(client, "/my/")

    for number in range(2, 8):
        curriculum = make_curriculum(curriculum_index, slug=f"c{number}", title=f"C{number}", modules=4)
        complete_module(user=learner, module=curriculum.modules().first())
    large = count_queries(client, "/my/")

    assert small == large
    assert large <= MAX_QUERIES, large
