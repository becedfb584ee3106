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
    hidden_paths = [
        restriction.page.path
        for restriction in PageViewRestriction.objects.select_related("page").prefetch_related("groups")
        if not restriction.accept_request(request)
    ]
    pages = pages.live()
    if not hidden_paths:
        return pages
    hidden = Q()
    for path in hidden_paths:
        hidden |= Q(path__startswith=path)
    return pages.exclude(hidden)
