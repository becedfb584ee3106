"""Which pages a request may see: live, and not behind a view restriction it fails."""

from django.db.models import Q
from django.http import HttpRequest
from wagtail.models import PageViewRestriction
from wagtail.query import PageQuerySet


def visible_to(request: HttpRequest, pages: PageQuerySet) -> PageQuerySet:
    """Live pages the request may open, with everything under a restriction it fails removed.

    Anonymous visitors see public pages only; signed-in people also see pages restricted to
    signed-in users, and those restricted to groups they belong to.
    """
    pages = pages.live()
    hidden_paths = _hidden_paths(request)
    if not hidden_paths:
        return pages
    hidden = Q()
    for path in hidden_paths:
        hidden |= Q(path__startswith=path)
    return pages.exclude(hidden)


def _hidden_paths(request: HttpRequest) -> list[str]:
    """Tree paths of the restricted pages this request fails, worked out once per request."""
    cached = getattr(request, "_continuum_hidden_paths", None)
    if cached is None:
        cached = [
            restriction.page.path
            for restriction in PageViewRestriction.objects.select_related("page").prefetch_related("groups")
            if not restriction.accept_request(request)
        ]
        request._continuum_hidden_paths = cached
    return cached
