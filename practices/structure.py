"""The fixed part of the practice library: /practices/, its review workflow and page permissions.

Practices submitted from the site arrive as drafts in the "Practice review" workflow; practice
moderators approve (publish) or ask for changes with a comment. Idempotent.
"""

from django.db import transaction
from wagtail.models import Page

from continuum import roles
from continuum.site_structure import ensure_page_permissions, ensure_review_workflow
from practices.models import PracticeIndexPage

PAGE_PERMISSIONS = {
    roles.PRACTICE_MODERATORS: ("add_page", "change_page", "publish_page", "lock_page", "unlock_page"),
}


@transaction.atomic
def ensure_practice_index(home: Page) -> PracticeIndexPage:
    index = PracticeIndexPage.objects.first()
    if index is None:
        index = home.add_child(
            instance=PracticeIndexPage(
                title="Practices",
                slug="practices",
                show_in_menus=True,
                introduction=(
                    "What works along the prison-exit continuum in the Western Balkans and the EU: "
                    "practices described on one template and graded by the strength of their evidence. "
                    "Filter by country, theme, phase, actor, target group and evidence."
                ),
            )
        )
    ensure_page_permissions(index, PAGE_PERMISSIONS)
    ensure_review_workflow(
        index,
        workflow_name="Practice review",
        task_name="Practice moderator approval",
        reviewers=roles.PRACTICE_MODERATORS,
    )
    return index


def ensure_structure(home: Page) -> None:
    """This app's part of `manage.py setup_site`."""
    ensure_practice_index(home)
