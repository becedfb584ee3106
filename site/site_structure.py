"""The page tree's fixed parts: the root, the home page and the default site, and the helpers
the apps use to attach page permissions and review workflows to their index pages.

The data migration builds the top on a new database; `ensure_home_page` rebuilds whatever is
missing (after tests flush the database, or on a database restored without them).
"""

from collections.abc import Iterable, Mapping

from django.contrib.auth.models import Group, Permission
from wagtail.models import (
    GroupApprovalTask,
    GroupPagePermission,
    Locale,
    Page,
    Site,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from continuum.models import HomePage


def ensure_home_page() -> HomePage:
    Locale.objects.get_or_create(language_code="en")
    home = HomePage.objects.first()
    if home is None:
        root = Page.get_first_root_node() or Page.add_root(instance=Page(title="Root", slug="root"))
        home = root.add_child(instance=HomePage(title="Continuum", slug="home"))
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="Continuum"
        )
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.save(update_fields=["root_page"])
    return home


def ensure_page_permissions(page: Page, permissions: Mapping[str, Iterable[str]]) -> None:
    """Give each named group the listed page permissions (`publish_page`, …) on `page` and below."""
    for group_name, codenames in permissions.items():
        group = Group.objects.get(name=group_name)
        for codename in codenames:
            permission = Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)
            GroupPagePermission.objects.get_or_create(group=group, page=page, permission=permission)


def ensure_review_workflow(page: Page, *, workflow_name: str, task_name: str, reviewers: str) -> Workflow:
    """A one-step workflow on `page` and below in which the `reviewers` group approves or asks
    for changes; approving publishes."""
    workflow, _created = Workflow.objects.get_or_create(name=workflow_name, defaults={"active": True})
    task = GroupApprovalTask.objects.filter(name=task_name).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=task_name)
    task.groups.set([Group.objects.get(name=reviewers)])
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": workflow})
    return workflow
