"""The knowledge test: the score block, item analysis and reliability, and the report document."""

from dataclasses import dataclass, field
from typing import Any

import numpy as np
from django.db import connection

from assessments import statistics
from assessments.items import ItemSpec
from assessments.models import (
    InstrumentVersion,
    Phase,
    Response,
)
from assessments.reports.population import (
    CEILING,
    ITEM_KEYS,
    Matched,
    Scope,
    matched,
    score_summary,
    small_cell_min,
    small_remainders,
    suppressed_report,
)


def _versions(scope: Scope) -> dict[int, InstrumentVersion]:
    ids = {scope.plan.pre_test_id, scope.plan.post_test_id} - {None}
    return {v.pk: v for v in InstrumentVersion.objects.filter(instrument_id__in=ids)}


def item_specs_for(scope: Scope) -> dict[str, ItemSpec]:
    """Scored items by code across the versions in scope; the latest version's wording wins."""
    specs: dict[str, ItemSpec] = {}
    for version in sorted(_versions(scope).values(), key=lambda v: v.number):
        if scope.version and version.number != scope.version:
            continue
        for spec in version.specs:
            if spec.is_scored:
                specs[spec.code] = spec
    return specs


def item_matrices(scope: Scope, data: Matched) -> tuple[list[str], np.ndarray, np.ndarray, np.ndarray]:
    """Participants-by-items score matrices for pre and post (missing responses score 0).

    Streams the responses with a cursor: two million rows fit in memory as numpy arrays, not as
    Django objects. Computed once per `Matched` (items, outcomes and charts share it)."""
    if data.item_cache is not None:
        return data.item_cache
    # Where each matched attempt's responses go: phase (0 pre, 1 post) and row, looked up by
    # attempt id in a sorted array (memory follows the scope, not the largest id in the table).
    keys = sorted(
        (phases[participant].attempt, phase_index, row)
        for row, participant in enumerate(data.participants)
        for phase_index, phases in enumerate((data.pre, data.post))
    )
    attempt_ids = np.array([key[0] for key in keys], dtype=np.int64)
    phase_of = np.array([key[1] for key in keys], dtype=np.int64)
    row_of = np.array([key[2] for key in keys], dtype=np.int64)
    conditions = [scope.attempt_conditions(phase, prefix="attempt__") for phase in (Phase.PRE, Phase.POST)]
    conditions = [condition for condition in conditions if condition is not None]
    code_index: dict[str, int] = {}
    maxima = np.zeros(0)
    parts: list[tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]] = []
    if conditions and data.participants:
        either = conditions[0] if len(conditions) == 1 else conditions[0] | conditions[1]
        responses = Response.objects.filter(either, score__isnull=False).values_list(
            "attempt_id", "item_code", "score", "max_score"
        )
        sql, params = responses.query.sql_with_params()
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            while chunk := cursor.fetchmany(100_000):
                count = len(chunk)
                attempts = np.fromiter((r[0] for r in chunk), dtype=np.int64, count=count)
                columns = np.fromiter(
                    (code_index.setdefault(r[1], len(code_index)) for r in chunk), np.int64, count
                )
                scores = np.fromiter((r[2] for r in chunk), dtype=float, count=count)
                highest = np.fromiter((r[3] or 0.0 for r in chunk), dtype=float, count=count)
                where = np.minimum(np.searchsorted(attempt_ids, attempts), len(attempt_ids) - 1)
                keep = attempt_ids[where] == attempts
                parts.append((where[keep], columns[keep], scores[keep], highest[keep]))
        maxima = np.zeros(len(code_index))
        for _attempts, columns, _scores, highest in parts:
            np.maximum.at(maxima, columns, highest)
    matrices = np.zeros((2, len(data.participants), len(code_index)))
    for where, columns, scores, _highest in parts:
        matrices[phase_of[where], row_of[where], columns] = scores
    # Items are matched across versions by code; an item that some answered version lacks would
    # score 0 for everyone who never saw it, so only items every answered version asks are kept.
    common = None
    for version in InstrumentVersion.objects.filter(pk__in=data.versions):
        codes = {spec.code for spec in version.specs if spec.is_scored}
        common = codes if common is None else common & codes
    ordered = sorted(code for code in code_index if common is None or code in common)
    reorder = np.array([code_index[code] for code in ordered], dtype=np.int64)
    data.item_cache = (ordered, matrices[0][:, reorder], matrices[1][:, reorder], maxima[reorder])
    return data.item_cache


def items_and_reliability(scope: Scope, data: Matched) -> tuple[list[dict], dict]:
    codes, pre, post, maxima = item_matrices(scope, data)
    empty = {"alpha": None, "sem": None, "k": len(codes), "n": data.n_matched}
    worth_points = maxima > 0  # an item worth no points cannot be analysed; the others can
    codes = [code for code, keep in zip(codes, worth_points, strict=True) if keep]
    pre, post, maxima = pre[:, worth_points], post[:, worth_points], maxima[worth_points]
    empty["k"] = len(codes)
    if not codes or not data.n_matched:
        return [], {"pre": dict(empty), "post": dict(empty)}
    pre = np.minimum(pre, maxima)
    post = np.minimum(post, maxima)
    rows = statistics.item_statistics(pre, post, maxima, codes)
    specs = item_specs_for(scope)
    items = []
    for row in rows:
        # An item nearly everyone gets right before and after measures nothing the training
        # changes; Moodle's indices cannot see that (no variance), so it is flagged here.
        if (row["facility_pre"] or 0) >= CEILING and (row["facility_post"] or 0) >= CEILING:
            row["flags"] = [*row["flags"], statistics.ItemFlag.TOO_EASY.value]
            row["flagged"] = True
        spec = specs.get(row["item"])
        items.append(
            {key: row.get(key) for key in ITEM_KEYS}
            | {"prompt": spec.prompt if spec else "", "outcome": spec.outcome if spec else ""}
        )
    reliability = {}
    for phase, matrix in (("pre", pre), ("post", post)):
        result = statistics.reliability(matrix)
        reliability[phase] = {key: result[key] for key in ("alpha", "sem", "k", "n")}
    return items, reliability


@dataclass(frozen=True)
class Report:
    """The evaluation report of a scope. `as_json()` is the JSON document (the contract in the
    README, "The evaluation report"); pages read the same fields."""

    scope: dict[str, str | None]
    small_cell_min: int
    suppressed: bool
    n_pre: int | None
    n_post: int | None
    n_matched: int | None
    score: dict[str, Any]
    suppressed_because: str | None = None  # "complement": hidden to protect a smaller group
    attrition: float | None = None
    versions: list[int] = field(default_factory=list)
    items: list[dict[str, Any]] | None = None  # None: not computed (the overview page)
    reliability: dict[str, dict[str, Any]] | None = None

    def as_json(self) -> dict[str, Any]:
        document: dict[str, Any] = {
            "scope": self.scope,
            "small_cell_min": self.small_cell_min,
            "suppressed": self.suppressed,
        }
        if self.suppressed_because:
            document["suppressed_because"] = self.suppressed_because
        document |= {"n_pre": self.n_pre, "n_post": self.n_post, "n_matched": self.n_matched}
        if not self.suppressed:
            document |= {"attrition": self.attrition, "score": self.score, "versions": self.versions}
            if self.items is None:
                return document
        else:
            document["score"] = self.score
        return document | {"items": self.items, "reliability": self.reliability}


def report(scope: Scope, *, with_items: bool = True, data: Matched | None = None) -> Report:
    """The scope's report; small groups, and groups that would give a smaller one away, hidden."""
    data = data or matched(scope)
    common = {
        "scope": {"cohort": scope.cohort.slug if scope.cohort else None, "curriculum": scope.curriculum.slug},
        "small_cell_min": small_cell_min(),
    }
    if data.n_matched < small_cell_min():
        return Report(**common, suppressed=True, **suppressed_report(scope, data))
    hidden = small_remainders(scope, data)
    if "n_matched" in hidden:  # the scores would give the people left out away
        return Report(
            **common, suppressed=True, suppressed_because="complement", **suppressed_report(scope, None)
        )
    items, reliability = items_and_reliability(scope, data) if with_items else (None, None)
    # Only counts of people outside the matched pairs would leak: those counts are hidden.
    return Report(
        **common,
        suppressed=False,
        n_pre=None if "n_pre" in hidden else data.n_pre,
        n_post=None if "n_post" in hidden else data.n_post,
        n_matched=data.n_matched,
        attrition=round(1 - data.n_matched / data.n_pre, 4) if data.n_pre and "n_pre" not in hidden else None,
        score=score_summary(data),
        versions=sorted(
            InstrumentVersion.objects.filter(pk__in=data.versions).values_list("number", flat=True).distinct()
        ),
        items=items,
        reliability=reliability,
    )
