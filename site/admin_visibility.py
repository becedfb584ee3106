"""Which pages the admin's page chooser and its page types report show a person: pages that are
live, and pages they may edit (change or publish; with the "add" permission alone, their own).
Drafts nobody let them edit stay hidden: a practice still in moderation is not shown to trainers
and curriculum leads, a trainer's curriculum draft is not shown to practice moderators.

Wagtail shows a page in the admin under `get_admin_display_title()`, the title of its latest
revision (`draft_title`), also for a live page with unpublished changes. Here a person who may
not edit such a page sees its live title instead.

This holds for every page type. Wagtail's explorer, admin search, locked pages, aging pages,
workflow and site history reports already list only pages a person may explore or edit; the
chooser has a hook (`construct_page_chooser_queryset`, registered in wagtail_hooks.py), but the
page types report and the chooser's "chosen" answer have none, so `urlpatterns` below replaces
those two views; `continuum.urls` includes them before Wagtail's admin.
"""

from functools import cache

from django.db.models import Count, F, OuterRef, Q, Subquery
from django.http import Http404
from django.urls import path, reverse
from django.views.decorators.cache import never_cache
from wagtail.admin.auth import require_admin_access
from wagtail.admin.views.chooser import ChosenMultipleView
from wagtail.admin.views.reports.page_types_usage import PageTypesUsageReportView
from wagtail.models import Page
from wagtail.permissions import policy_registry

EDIT_ACTIONS = ("change", "publish")


def _policy():
    return policy_registry.get_by_type(Page)


def sees_everything(user) -> bool:
    return user.is_active and user.is_superuser


def visible_in_admin(user, prefix: str = "") -> Q:
    """Pages (through `prefix`, e.g. "pages__") live or that `user` may edit."""
    if sees_everything(user):
        return Q()
    editable = _policy().instances_user_has_any_permission_for(user, EDIT_ACTIONS)
    return Q(**{f"{prefix}live": True}) | Q(**{f"{prefix}pk__in": editable.values("pk")})


def may_edit(user, page: Page) -> bool:
    return _policy().user_has_any_permission_for_instance(user, EDIT_ACTIONS, page)


def show_live_titles(pages, user) -> None:
    """Give each live page that `user` may not edit its live title as its admin title. The
    objects are only shown, never saved."""
    if sees_everything(user):
        return
    for page in pages:
        if isinstance(page, Page) and page.live and page.has_unpublished_changes and not may_edit(user, page):
            page.draft_title = page.title


def _show_parents(pages, user) -> None:
    """The chooser's search names each result's parent (`get_parent()`, which treebeard caches on
    the object): load them in one query, under their live title, and none that is hidden."""
    pages = [page for page in pages if isinstance(page, Page) and page.depth > 1]
    if not pages:
        return
    parent_paths = {page.path[: -Page.steplen] for page in pages}
    parents = {
        parent.path: parent for parent in Page.objects.filter(visible_in_admin(user), path__in=parent_paths)
    }
    show_live_titles(parents.values(), user)
    for page in pages:
        page._cached_parent_obj = parents.get(page.path[: -Page.steplen])


class _LiveTitlesQuerySet:
    """Mixed into a page queryset: whatever is later chained onto it (the chooser filters by
    type, searches, paginates), the pages it yields carry their live titles for the viewer."""

    _continuum_viewer = None

    def _clone(self):
        clone = super()._clone()
        clone._continuum_viewer = self._continuum_viewer
        return clone

    def _fetch_all(self):
        fetched_now = self._result_cache is None
        super()._fetch_all()
        if fetched_now and self._continuum_viewer is not None:
            show_live_titles(self._result_cache, self._continuum_viewer)
            _show_parents(self._result_cache, self._continuum_viewer)


@cache
def _with_live_titles_class(queryset_class: type) -> type:
    return type(f"LiveTitles{queryset_class.__name__}", (_LiveTitlesQuerySet, queryset_class), {})


def _with_live_titles(pages, user):
    pages = pages.all()
    pages.__class__ = _with_live_titles_class(type(pages))
    pages._continuum_viewer = user
    return pages


def chooser_pages(pages, request):
    """Wagtail's `construct_page_chooser_queryset` hook, for browsing and for search."""
    user = request.user
    if sees_everything(user):
        return pages
    match = request.resolver_match
    parent_id = match.kwargs.get("parent_page_id") if match else None
    # Browsing into a page shows the page itself too, which the queryset does not cover.
    if parent_id is not None and not Page.objects.filter(visible_in_admin(user), pk=parent_id).exists():
        raise Http404
    return _with_live_titles(pages.filter(visible_in_admin(user)), user)


class ChosenPagesView(ChosenMultipleView):
    """Wagtail's answer to choosing several pages (their ids in the address), for visible pages
    only and under their live titles."""

    def get(self, request):
        ids = [value for value in request.GET.getlist("id") if value.isascii() and value.isdigit()]
        pages = list(Page.objects.filter(visible_in_admin(request.user), pk__in=ids[:100]).specific())
        show_live_titles(pages, request.user)
        result = [
            {
                "id": page.pk,
                "parentId": page.get_parent().pk,
                "adminTitle": page.get_admin_display_title(),
                "editUrl": reverse("wagtailadmin_pages:edit", args=(page.pk,)),
                "url": page.url,
            }
            for page in pages
        ]
        return self.render_chosen_response(result)


class PageTypesUsageReport(PageTypesUsageReportView):
    """Wagtail's page types usage report, counting and naming (as "last edited page") only the
    pages the person may see."""

    def get_queryset(self):
        queryset = super().get_queryset()
        user = self.request.user
        if sees_everything(user):
            return queryset
        cleaned = self.filters.form.cleaned_data if self.filters else {}
        language_code, site_root_path = cleaned.get("page_locale"), cleaned.get("site")
        counted = visible_in_admin(user, prefix="pages__")
        last_edited = Page.objects.filter(visible_in_admin(user), content_type=OuterRef("pk"))
        if language_code:
            counted &= Q(pages__locale__language_code=language_code)
            last_edited = last_edited.filter(locale__language_code=language_code)
        if site_root_path:
            counted &= Q(pages__path__startswith=site_root_path)
            last_edited = last_edited.filter(path__startswith=site_root_path)
        last_edited = last_edited.order_by(
            F("latest_revision_created_at").desc(nulls_last=True), "title", "-pk"
        )
        # The same names as Wagtail's annotations, which these replace.
        return queryset.annotate(
            count=Count("pages", filter=counted),
            last_edited_page_id=Subquery(last_edited.values("pk")[:1]),
        )

    def decorate_paginated_queryset(self, page_types):
        page_types = super().decorate_paginated_queryset(page_types)
        show_live_titles(
            [item.last_edited_page for item in page_types if item.last_edited_page], self.request.user
        )
        return page_types


def _admin_view(view):
    """What Wagtail's admin wraps its own views in."""
    return never_cache(require_admin_access(view))


# Included under admin/ before Wagtail's own admin addresses, which they replace; unnamed, so
# that Wagtail's names still reverse to these same addresses.
urlpatterns = [
    path("reports/page-types-usage/", _admin_view(PageTypesUsageReport.as_view())),
    path("reports/page-types-usage/results/", _admin_view(PageTypesUsageReport.as_view(results_only=True))),
    path("choose-page/chosen-multiple/", _admin_view(ChosenPagesView.as_view())),
]
