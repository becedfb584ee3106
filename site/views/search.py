import unicodedata

from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from wagtail.models import Page

from continuum.visibility import visible_to

MAX_QUERY_LENGTH = 200
RESULTS_PER_PAGE = 10


def clean_query(raw: str) -> tuple[str, bool]:
    """The query as the search backend can take it, and whether it had to be shortened.

    Control and format characters (NUL bytes, right-to-left marks) are dropped: PostgreSQL
    refuses NUL bytes, and nobody means to search for an invisible mark.
    """
    kept = "".join(
        " " if unicodedata.category(char) in {"Cc", "Zl", "Zp"} else char
        for char in raw
        if unicodedata.category(char) != "Cf" and char != "\x00"
    )
    query = " ".join(kept.split())
    if len(query) > MAX_QUERY_LENGTH:
        return query[:MAX_QUERY_LENGTH].rstrip(), True
    return query, False


def search(request):
    """One search over every published page the visitor may see."""
    query, shortened = clean_query(request.GET.get("q", ""))
    results_page = None
    if query:
        pages = visible_to(request, Page.objects.all()).exclude(depth__lte=1)
        results = pages.search(query)
        results_page = Paginator(results, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
    context = {
        "query": query,
        "shortened": shortened,
        "shortened_message": _("Your search was shortened to its first %(count)s characters.")
        % {"count": MAX_QUERY_LENGTH},
        "results_page": results_page,
    }
    return TemplateResponse(request, "continuum/search.html", context)
