"""The fixed part of the curriculum tree: /curricula/, its review workflow and page permissions.

Trainers add and edit curricula and modules but cannot publish; their changes go through the
"Curriculum review" workflow, in which a curriculum lead approves (publishes) or asks for
changes. `ensure_curriculum_index` is idempotent; `seed_demo` and the tests call it.
"""

from django.db import transaction
from wagtail.models import Page

from continuum import roles
from continuum.site_structure import ensure_page_permissions, ensure_review_workflow
from curricula.models import CurriculumIndexPage

PAGE_PERMISSIONS = {
    roles.TRAINERS: ("add_page", "change_page"),
    roles.CURRICULUM_LEADS: ("add_page", "change_page", "publish_page", "lock_page", "unlock_page"),
}


@transaction.atomic
def ensure_curriculum_index(home: Page) -> CurriculumIndexPage:
    index = CurriculumIndexPage.objects.first()
    if index is None:
        index = home.add_child(
            instance=CurriculumIndexPage(
                title="Curricula",
                slug="curricula",
                show_in_menus=True,
                introduction=(
                    "Courses for prison and probation staff, written by trainers from the region "
                    "and reviewed by curriculum leads. Read any public curriculum; sign in to enrol, "
                    "track your progress and earn a certificate."
                ),
            )
        )
    ensure_page_permissions(index, PAGE_PERMISSIONS)
    ensure_review_workflow(
        index,
        workflow_name="Curriculum review",
        task_name="Curriculum lead approval",
        reviewers=roles.CURRICULUM_LEADS,
    )
    return index


def ensure_structure(home: Page) -> None:
    """This app's part of `manage.py setup_site`."""
    ensure_curriculum_index(home)
