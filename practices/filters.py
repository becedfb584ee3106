"""What the listing's query string asks for, read defensively.

Any value from the address bar is taken as untrusted text: unknown values are dropped and
reported back (escaped by the template), lists and strings are capped, numbers that are not
numbers are ignored. The result is always a valid `PracticeFilters`.
"""

from dataclasses import dataclass, field

from django.http import QueryDict
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from continuum.search_query import clean_query
from practices.models import ActorType, ContinuumStage, EvidenceLevel, PracticeStatus, TargetGroup

MAX_VALUES_PER_FACET = 30
MAX_VALUE_LENGTH = 60
SORTS = {"relevance": _("Relevance"), "newest": _("Newest"), "evidence": _("Strength of evidence")}


@dataclass(frozen=True)
class Facet:
    """One filter of the listing: its query parameter, label and the lookup it filters on."""

    param: str
    label: str
    lookup: str  # the field path used for filtering and for counting, e.g. "phases__slug"


FACETS = (
    Facet("country", _("Country"), "country"),
    Facet("theme", _("Theme"), "theme_items__tag__slug"),
    Facet("phase", _("ContinuumStage of the continuum"), "phases__slug"),
    Facet("actor", _("Actor"), "actor_types__slug"),
    Facet("target", _("Target group"), "target_groups__slug"),
    Facet("evidence", _("Strength of evidence"), "evidence_level"),
    Facet("status", _("Status"), "status"),
)


def known_values(param: str) -> dict[str, str]:
    """The values a facet accepts, with their labels, in display order (one query at most)."""
    from continuum.models import Theme

    if param == "country":
        return {code: str(name) for code, name in countries}
    if param == "theme":
        return dict(Theme.objects.alphabetical().values_list("slug", "name"))
    if param == "phase":
        return dict(ContinuumStage.objects.values_list("slug", "name"))
    if param == "actor":
        return dict(ActorType.objects.values_list("slug", "name"))
    if param == "target":
        return dict(TargetGroup.objects.values_list("slug", "name"))
    if param == "evidence":
        return {value: str(label) for value, label in EvidenceLevel.choices}
    if param == "status":
        return {value: str(label) for value, label in PracticeStatus.choices}
    raise KeyError(param)


@dataclass
class PracticeFilters:
    query: str = ""
    query_shortened: bool = False
    selected: dict[str, list[str]] = field(default_factory=dict)
    start_from: int | None = None
    start_to: int | None = None
    sort: str = "newest"
    ignored: list[str] = field(default_factory=list)

    @property
    def is_filtered(self) -> bool:
        return bool(self.query or any(self.selected.values()) or self.start_from or self.start_to)


def _year(raw: str | None, ignored: list[str]) -> int | None:
    if not raw:
        return None
    raw = raw.strip()[:MAX_VALUE_LENGTH]
    if raw.isdigit() and 1900 <= int(raw) <= 2100:
        return int(raw)
    ignored.append(raw)
    return None


def parse_filters(params: QueryDict, vocabularies: dict[str, dict[str, str]]) -> PracticeFilters:
    ignored: list[str] = []
    query, shortened = clean_query(params.get("q", ""))
    selected: dict[str, list[str]] = {}
    for facet in FACETS:
        allowed = vocabularies[facet.param]
        values = []
        for raw in params.getlist(facet.param)[:MAX_VALUES_PER_FACET]:
            value = raw.strip()[:MAX_VALUE_LENGTH]
            lookup_value = value.upper() if facet.param == "country" else value
            if lookup_value in allowed:
                if lookup_value not in values:
                    values.append(lookup_value)
            elif value:
                ignored.append(value)
        selected[facet.param] = values
    sort = params.get("sort", "")
    if sort not in SORTS or (sort == "relevance" and not query):
        sort = "relevance" if query else "newest"
    return PracticeFilters(
        query=query,
        query_shortened=shortened,
        selected=selected,
        start_from=_year(params.get("start_from"), ignored),
        start_to=_year(params.get("start_to"), ignored),
        sort=sort,
        ignored=[value.replace("\x00", "") for value in ignored],
    )
