from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from wagtail.models import Page

from continuum.search_query import MAX_QUERY_LENGTH, backend_terms, clean_query
from continuum.visibility import visible_to

RESULTS_PER_PAGE = 10


def search(request):
    """One search over every published page the visitor may see."""
    query, shortened = clean_query(request.GET.get("q", ""))
    results_page = None
    if query:
        terms = backend_terms(query)
        pages = visible_to(request, Page.objects.all()).exclude(depth__lte=1)
        results = pages.search(terms) if terms else pages.none()
        results_page = Paginator(results, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
    context = {
        "query": query,
        "shortened": shortened,
        "shortened_message": _("Your search was shortened to its first %(count)s characters.")
        % {"count": MAX_QUERY_LENGTH},
        "results_page": results_page,
    }
    return TemplateResponse(request, "continuum/search.html", context)
