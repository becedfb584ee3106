"""Read-side queries of the practice library: the filtered listing, facet counts, a practice's
related pages. Counts are database aggregates; nothing loops over practices in Python."""

from dataclasses import dataclass

from django.db.models import Count, Q, QuerySet
from django.http import HttpRequest

from continuum.page_views import serves
from continuum.search_query import backend_terms
from continuum.visibility import visible_to
from practices.filters import FACETS, Facet, PracticeFilters
from practices.models import PracticePage

# A search server (not the database) hands back objects rather than SQL; then at most this many
# matches are considered.
MAX_SEARCH_MATCHES = 1000


@dataclass
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class FacetResult:
    facet: Facet
    values: list[FacetValue]


def visible_practices(request: HttpRequest) -> QuerySet:
    """Live practices the request may see (members-only ones only for signed-in people)."""
    return visible_to(request, PracticePage.objects.all())


def _as_queryset(results) -> QuerySet:
    """Wagtail's database search backends expose their results as a queryset, which lets the
    match stay a subquery inside the database; other backends give objects."""
    get_queryset = getattr(results, "get_queryset", None)
    if callable(get_queryset):
        return get_queryset()
    return PracticePage.objects.filter(pk__in=[result.pk for result in results[:MAX_SEARCH_MATCHES]])


def _matches(query: str) -> QuerySet | None:
    """Practices matching the words, unranked, as a queryset to filter on (None: no words)."""
    terms = backend_terms(query)
    if not query:
        return None
    if not terms:
        return PracticePage.objects.none()
    return _as_queryset(PracticePage.objects.live().search(terms, order_by_relevance=False))


def _apply(
    queryset: QuerySet, filters: PracticeFilters, *, matches: QuerySet | None, skip: str | None = None
):
    """Filters combined with AND across facets and OR within one; `skip` leaves one facet out
    (to count what each of its values would give)."""
    if matches is not None:
        queryset = queryset.filter(pk__in=matches.values("pk"))
    for facet in FACETS:
        values = filters.selected.get(facet.param)
        if not values or facet.param == skip:
            continue
        matching = PracticePage.objects.filter(**{f"{facet.lookup}__in": values}).values("pk")
        queryset = queryset.filter(pk__in=matching)
    if filters.start_from:
        queryset = queryset.filter(start_year__gte=filters.start_from)
    if filters.start_to:
        queryset = queryset.filter(start_year__lte=filters.start_to)
    return queryset


def _order(queryset: QuerySet, filters: PracticeFilters) -> QuerySet:
    if filters.sort == "evidence":
        return queryset.by_evidence_strength()
    terms = backend_terms(filters.query)
    if filters.sort == "relevance" and terms:
        # Ranked after filtering, so that only the practices shown are scored.
        return _as_queryset(queryset.search(terms))
    return queryset.order_by("-first_published_at", "title")


def filtered_practices(request: HttpRequest, filters: PracticeFilters) -> tuple[QuerySet, QuerySet | None]:
    """The practices the filters select, in the order asked for, and the words' matches (reused
    by the facet counts)."""
    matches = _matches(filters.query)
    queryset = _apply(visible_practices(request), filters, matches=matches)
    return _order(queryset, filters), matches


def facet_counts(
    request: HttpRequest,
    filters: PracticeFilters,
    vocabularies: dict[str, dict[str, str]],
    matches: QuerySet | None,
) -> list[FacetResult]:
    """For each facet, how many practices each value would give with the other filters as they are."""
    base = visible_practices(request)
    results = []
    for facet in FACETS:
        scoped = _apply(base, filters, matches=matches, skip=facet.param)
        counts = dict(
            scoped.exclude(**{f"{facet.lookup}__isnull": True})
            .order_by()  # page ordering (path) would otherwise join the GROUP BY
            .values_list(facet.lookup)
            .annotate(n=Count("pk", distinct=True))
            .values_list(facet.lookup, "n")
        )
        selected = set(filters.selected.get(facet.param, []))
        values = [
            FacetValue(value=value, label=label, count=counts.get(value, 0), selected=value in selected)
            for value, label in vocabularies[facet.param].items()
            if counts.get(value) or value in selected
        ]
        results.append(FacetResult(facet=facet, values=values))
    return results


def related_ids(related, field_name: str | None = None) -> set:
    """The values of one field (by default the primary key) of a page's related objects.

    A page being previewed (built from the edit form or from a revision) holds its many-to-many
    fields and child relations in memory, as modelcluster's FakeQuerySet, whose `values_list`
    knows only the model's concrete field names ("id", "tag_id"), never the `pk` alias; the same
    call works on a database queryset."""
    return set(related.values_list(field_name or related.model._meta.pk.attname, flat=True))


def related_practices(request: HttpRequest, practice: PracticePage, *, limit: int = 4) -> list[PracticePage]:
    """Practices sharing themes, phases or the country, the most shared first (the practice's
    themes and phases as it stands, which for a preview are the unsaved ones)."""
    theme_ids = related_ids(practice.theme_items, "tag_id")
    phase_ids = related_ids(practice.phases)
    shared = Q(theme_items__tag_id__in=theme_ids) | Q(phases__in=phase_ids) | Q(country=practice.country.code)
    candidates = visible_practices(request)
    if practice.pk is not None:  # a new page in preview has no row to leave out
        candidates = candidates.exclude(pk=practice.pk)
    candidates = (
        candidates.filter(shared)
        .annotate(
            overlap=Count("theme_items", filter=Q(theme_items__tag_id__in=theme_ids), distinct=True)
            + Count("phases", filter=Q(phases__in=phase_ids), distinct=True)
        )
        .order_by("-overlap", "title")
        .distinct()
    )
    return list(candidates[:limit])


@serves("practices.practice_page_context")
def practice_page_context(*, request: HttpRequest, practice: PracticePage) -> dict:
    """Curricula that teach the practice (its `linked_curricula`), related practices.

    Works the same for the live page and for a preview, whose relations are in memory."""
    from wagtail.models import Page

    curriculum_ids = related_ids(practice.linked_curricula, "curriculum_id")
    teaching = visible_to(request, Page.objects.filter(pk__in=curriculum_ids)).order_by("title")
    return {
        "teaching_curricula": list(teaching),
        "related_practices": related_practices(request, practice),
    }
