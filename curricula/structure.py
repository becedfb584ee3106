"""The fixed part of the curriculum tree: /curricula/, its review workflow and page permissions.

Trainers add and edit curricula and modules but cannot publish; their changes go through the
"Curriculum review" workflow, in which a curriculum lead approves (publishes) or asks for
changes. `ensure_curriculum_index` is idempotent; `seed_demo` and the tests call it.
"""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import GroupApprovalTask, GroupPagePermission, Page, Workflow, WorkflowPage, WorkflowTask

from continuum import roles
from curricula.models import CurriculumIndexPage

WORKFLOW_NAME = "Curriculum review"
TASK_NAME = "Curriculum lead approval"
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
    _ensure_page_permissions(index)
    _ensure_workflow(index)
    return index


def _ensure_page_permissions(index: Page) -> None:
    for group_name, codenames in PAGE_PERMISSIONS.items():
        group = Group.objects.get(name=group_name)
        for codename in codenames:
            permission = Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)
            GroupPagePermission.objects.get_or_create(group=group, page=index, permission=permission)


def _ensure_workflow(index: Page) -> None:
    workflow, _created = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK_NAME)
    task.groups.set([Group.objects.get(name=roles.CURRICULUM_LEADS)])
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    WorkflowPage.objects.update_or_create(page=index, defaults={"workflow": workflow})
