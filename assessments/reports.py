"""Evaluation reports: filter, match and count in SQL; compute in `assessments.statistics`.

A report covers a curriculum (optionally one cohort) and compares the plan's pre-test with its
post-test for *matched* participants: those with a submitted attempt in both phases. Groups
smaller than `SMALL_CELL_MIN` matched participants show no figures (see `suppress_breakdown` for
the complementary suppression that stops a hidden group being recovered by subtraction).
"""

import datetime
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np
from django.conf import settings
from django.db import connection
from django.db.models import Q
from django.utils.translation import gettext as _

from assessments import statistics
from assessments.items import ItemSpec
from assessments.models import (
    Attempt,
    Cohort,
    EvaluationPlan,
    InstrumentVersion,
    Participant,
    Phase,
    Response,
)

SCORE_KEYS = (
    "max_score", "pre_mean", "post_mean", "pre_sd", "post_sd", "mean_gain", "sd_gain", "ci95", "t", "df",
    "p_t", "wilcoxon_v", "p_wilcoxon", "rank_biserial", "d_z", "d_z_ci95", "g_z", "d_av", "hake_g",
    "improved", "unchanged", "declined", "marx_cummings_c",
)  # fmt: skip
ITEM_KEYS = (
    "item", "facility_pre", "facility_post", "mcnemar_b", "mcnemar_c", "p_mcnemar", "p_mcnemar_holm",
    "discrimination_index", "discriminative_efficiency", "effective_weight", "flagged", "flags",
)  # fmt: skip
CEILING = 0.9  # facility at or above this, before and after, flags an item as too easy
BREAKDOWNS = ("country", "institution", "role", "gender", "delivery_mode", "cohort")


def small_cell_min() -> int:
    return settings.SMALL_CELL_MIN


@dataclass(frozen=True)
class Scope:
    """What a report covers."""

    curriculum: Any  # CurriculumPage
    plan: EvaluationPlan
    cohort: Cohort | None = None
    date_from: datetime.date | None = None
    date_to: datetime.date | None = None
    version: int | None = None  # instrument version number, for both phases

    def submitted_attempt_conditions(self, instrument, phase: str) -> dict[str, Any]:
        """Submitted attempts of an instrument in a phase by the scope's participants, as filter
        arguments on attempts (prefix them with "attempt__" to filter responses)."""
        conditions = {
            "phase": phase,
            "instrument": instrument,
            "submitted_at__isnull": False,
            "participant__curriculum": self.curriculum,
        }
        if self.cohort is not None:
            conditions["participant__cohort"] = self.cohort
        # Dates select whole cohorts (by their first day), never parts of one: two date ranges
        # then differ by whole reportable cohorts, not by a few people. Online learners, who have
        # no cohort, are left out when a date range is set.
        if self.date_from:
            conditions["participant__cohort__starts_on__gte"] = self.date_from
        if self.date_to:
            conditions["participant__cohort__starts_on__lte"] = self.date_to
        return conditions

    def attempt_conditions(self, phase: str, prefix: str = "") -> Q | None:
        """First (and only) submitted attempts of the phase's knowledge instrument, in scope, as a
        condition on attempts (or, with prefix "attempt__", on their responses)."""
        instrument = self.plan.pre_test if phase == Phase.PRE else self.plan.post_test
        if instrument is None:
            return None
        conditions = self.submitted_attempt_conditions(instrument, phase)
        if self.version:
            conditions["version__number"] = self.version
        return Q(**{prefix + key: value for key, value in conditions.items()})

    def attempts(self, phase: str):
        condition = self.attempt_conditions(phase)
        return Attempt.objects.none() if condition is None else Attempt.objects.filter(condition)


@dataclass
class Matched:
    """Scores of the scope's participants: all pre and post attempts, and the matched pairs."""

    pre: dict[int, tuple[int, float, float]]  # participant → (attempt id, score, max score)
    post: dict[int, tuple[int, float, float]]
    participants: list[int] = field(default_factory=list)  # matched, in a stable order
    groups: set[int | None] = field(default_factory=set)  # reportable cohorts (None: online learners)
    versions: set[int] = field(default_factory=set)  # instrument versions the matched pairs answered
    item_cache: tuple | None = None  # see item_matrices

    @property
    def n_pre(self) -> int:
        return len(self.pre)

    @property
    def n_post(self) -> int:
        return len(self.post)

    @property
    def n_matched(self) -> int:
        return len(self.participants)

    @property
    def max_score(self) -> float | None:
        maxima = [row[2] for row in (*self.pre.values(), *self.post.values()) if row[2]]
        return max(maxima) if maxima else None

    def scores(self) -> tuple[list[float], list[float]]:
        return [self.pre[p][1] for p in self.participants], [self.post[p][1] for p in self.participants]


def matched(scope: Scope) -> Matched:
    """The scope's reportable participants and their scores. Two queries, whatever the size.

    Reportable population: a cohort (or the curriculum's online learners, as one group) with
    fewer than SMALL_CELL_MIN matched participants is left out of every report and export, not
    only hidden, so that no page minus another page gives it away."""
    minimum = small_cell_min()

    def by_participant(phase):
        rows = scope.attempts(phase).values_list(
            "participant_id", "id", "score", "max_score", "participant__cohort_id", "version_id"
        )
        return {
            participant: (attempt, score or 0.0, maximum or 0.0, cohort, version)
            for participant, attempt, score, maximum, cohort, version in rows
        }

    pre, post = by_participant(Phase.PRE), by_participant(Phase.POST)
    pairs = set(pre) & set(post)
    per_group = Counter(pre[participant][3] for participant in pairs)
    groups = {group for group, n in per_group.items() if n >= minimum}

    def reportable(rows):
        return {p: row[:3] for p, row in rows.items() if row[3] in groups}

    participants = sorted(p for p in pairs if pre[p][3] in groups)
    versions = {pre[p][4] for p in participants} | {post[p][4] for p in participants}
    return Matched(reportable(pre), reportable(post), participants, groups, versions)


def _nulls(keys) -> dict[str, None]:
    return dict.fromkeys(keys)


def score_summary(data: Matched) -> dict[str, Any]:
    """The "score" block of the report; None figures where they cannot be computed."""
    maximum = data.max_score
    if not data.n_matched or not maximum:
        return {**_nulls(SCORE_KEYS), "max_score": maximum}
    pre, post = data.scores()
    result = statistics.paired_scores(pre, post, maximum)
    return {key: result.get(key) for key in SCORE_KEYS} | {"reasons": result.get("reasons", {})}


def parent_scopes(scope: Scope) -> list[Scope]:
    """The wider reports a reader can also open: the whole curriculum, the cohort without
    filters, the curriculum with the same filters."""
    filtered = bool(scope.date_from or scope.date_to or scope.version)
    whole = replace(scope, cohort=None, date_from=None, date_to=None, version=None)
    parents = [whole] if scope.cohort or filtered else []
    if scope.cohort and filtered:
        parents += [replace(whole, cohort=scope.cohort), replace(scope, cohort=None)]
    return parents


def small_remainders(scope: Scope, data: Matched) -> set[str]:
    """Complementary suppression between pages: which of n_pre, n_post and n_matched differ
    from a wider report (see `parent_scopes`) by 1 to SMALL_CELL_MIN - 1 people, who would
    otherwise be given away by subtraction."""
    minimum = small_cell_min()
    found: set[str] = set()
    for parent in parent_scopes(scope):
        wider = matched(parent)
        for key, rest in (
            ("n_pre", wider.n_pre - data.n_pre),
            ("n_post", wider.n_post - data.n_post),
            ("n_matched", wider.n_matched - data.n_matched),
        ):
            if 0 < rest < minimum:
                found.add(key)
    return found


def suppressed_report(scope: Scope, data: Matched | None) -> dict[str, Any]:
    """Every figure null; counts too, when small or when the report is hidden to protect another."""
    minimum = small_cell_min()
    return {
        "n_pre": data.n_pre if data and data.n_pre >= minimum else None,
        "n_post": data.n_post if data and data.n_post >= minimum else None,
        "n_matched": None,
        "score": _nulls(SCORE_KEYS),
        "items": [],
        "reliability": {
            "pre": _nulls(("alpha", "sem", "k", "n")),
            "post": _nulls(("alpha", "sem", "k", "n")),
        },
    }


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
        (phases[participant][0], phase_index, row)
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
            row["flags"] = [*row["flags"], "too easy: nearly everyone right before and after"]
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


def report(scope: Scope, *, with_items: bool = True, data: Matched | None = None) -> dict[str, Any]:
    """The JSON report's document (see README, "The evaluation report")."""
    data = data or matched(scope)
    document: dict[str, Any] = {
        "scope": {
            "cohort": scope.cohort.slug if scope.cohort else None,
            "curriculum": scope.curriculum.slug,
        },
        "small_cell_min": small_cell_min(),
    }
    if data.n_matched < small_cell_min():
        return document | {"suppressed": True} | suppressed_report(scope, data)
    hidden = small_remainders(scope, data)
    if "n_matched" in hidden:  # the scores would give the people left out away
        return (
            document
            | {"suppressed": True, "suppressed_because": "complement"}
            | suppressed_report(scope, None)
        )
    # Only counts of people outside the matched pairs would leak: those counts are hidden.
    document |= {
        "suppressed": False,
        "n_pre": None if "n_pre" in hidden else data.n_pre,
        "n_post": None if "n_post" in hidden else data.n_post,
        "n_matched": data.n_matched,
        "attrition": round(1 - data.n_matched / data.n_pre, 4)
        if data.n_pre and "n_pre" not in hidden
        else None,
        "score": score_summary(data),
    }
    document["versions"] = sorted(
        InstrumentVersion.objects.filter(pk__in=data.versions).values_list("number", flat=True).distinct()
    )
    if with_items:
        items, reliability = items_and_reliability(scope, data)
        document |= {"items": items, "reliability": reliability}
    return document


# --- breakdowns -----------------------------------------------------------------------------------


def participant_groups(participant_ids: list[int]) -> dict[int, dict[str, str]]:
    """Each participant's group in every breakdown ("" when not stated). One query."""
    groups: dict[int, dict[str, str]] = {}
    rows = Participant.objects.filter(pk__in=participant_ids).values_list(
        "pk",
        "cohort__country",
        "cohort__institution",
        "role",
        "gender",
        "cohort__delivery_mode",
        "cohort__slug",
    )
    for pk, country, institution, role, gender, mode, cohort in rows:
        groups[pk] = {
            "country": country or "",
            "institution": institution or "",
            "role": role or "",
            "gender": gender or "",
            "delivery_mode": mode or "online",
            "cohort": cohort or "",
        }
    return groups


def suppress_breakdown(cells: list[dict[str, Any]], minimum: int) -> None:
    """Mark cells `suppressed` so that no hidden figure can be recovered.

    Primary: every cell with fewer than `minimum` participants. Complementary: while the hidden
    cells together hold fewer than `minimum` participants, or only one cell is hidden, also hide
    the smallest shown cell: otherwise the total minus the shown cells gives it away."""
    for cell in cells:
        cell["suppressed"] = cell["n"] < minimum
    hidden = [c for c in cells if c["suppressed"]]
    shown = sorted((c for c in cells if not c["suppressed"]), key=lambda c: (c["n"], str(c["value"])))
    while hidden and shown and (len(hidden) < 2 or sum(c["n"] for c in hidden) < minimum):
        cell = shown.pop(0)
        cell["suppressed"] = True
        hidden.append(cell)


def breakdown(data: Matched, groups: dict[int, dict[str, str]], by: str) -> list[dict[str, Any]]:
    """Matched n, mean gain, d_z with CI and ⟨g⟩ per group of one breakdown, suppressed as needed."""
    members: dict[str, list[int]] = defaultdict(list)
    for participant in data.participants:
        members[groups.get(participant, {}).get(by, "")].append(participant)
    maximum = data.max_score or 1.0
    cells = []
    for value, participants in sorted(members.items()):
        pre = [data.pre[p][1] for p in participants]
        post = [data.post[p][1] for p in participants]
        cells.append({"value": value, "n": len(participants), "pre": pre, "post": post})
    suppress_breakdown(cells, small_cell_min())
    for cell in cells:
        pre, post = cell.pop("pre"), cell.pop("post")
        if cell["suppressed"]:
            cell.update(n=None, mean_gain=None, d_z=None, d_z_ci95=None, hake_g=None, gains=None)
            continue
        result = statistics.paired_scores(pre, post, maximum)
        cell.update(
            {
                key: result.get(key)
                for key in ("mean_gain", "d_z", "d_z_ci95", "hake_g", "pre_mean", "post_mean")
            }
        )
        cell["gains"] = [b - a for a, b in zip(pre, post, strict=True)]
    return cells


def compare_groups(data: Matched, groups, by: str, first: str, second: str) -> dict[str, Any]:
    """The difference in mean gain between two groups of a breakdown, with Welch's CI."""
    cells = {cell["value"]: cell for cell in breakdown(data, groups, by)}
    a, b = cells.get(first), cells.get(second)
    if not a or not b or a["suppressed"] or b["suppressed"]:
        return {"suppressed": True}
    return {"suppressed": False} | statistics.welch_difference(a["gains"], b["gains"])


# --- learning outcomes, scales, reaction, follow-up ---------------------------------------------


def outcome_gains(scope: Scope, data: Matched) -> list[dict[str, Any]]:
    """Matched gains on the items of each learning outcome (items matched by code)."""
    codes, pre, post, maxima = item_matrices(scope, data)
    specs = item_specs_for(scope)
    columns: dict[str, list[int]] = defaultdict(list)
    for index, code in enumerate(codes):
        outcome = specs[code].outcome if code in specs else ""
        columns[outcome or ""].append(index)
    rows = []
    for outcome, indexes in sorted(columns.items()):
        if not outcome:
            continue
        maximum = float(maxima[indexes].sum())
        if maximum <= 0:  # items worth no points say nothing about the outcome
            continue
        result = statistics.paired_scores(
            np.minimum(pre[:, indexes], maxima[indexes]).sum(axis=1).tolist(),
            np.minimum(post[:, indexes], maxima[indexes]).sum(axis=1).tolist(),
            maximum,
        )
        rows.append(
            {"outcome": outcome, "items": len(indexes), "max_score": maximum}
            | {
                key: result.get(key)
                for key in ("pre_mean", "post_mean", "mean_gain", "d_z", "d_z_ci95", "hake_g")
            }
        )
    return rows


def _by_reportable_group(
    rows: dict[int, Any], cohort_of: dict[int, int | None], data: Matched
) -> dict[int, Any]:
    """Keep participants of reportable groups that themselves give at least SMALL_CELL_MIN
    answers here: a cohort with 2 reaction answers would otherwise show by subtraction."""
    per_group = Counter(cohort_of[p] for p in rows)
    keep = {group for group, n in per_group.items() if group in data.groups and n >= small_cell_min()}
    return {p: row for p, row in rows.items() if cohort_of[p] in keep}


def _likert_answers(scope: Scope, data: Matched, instrument, phase: str) -> dict[int, dict[str, tuple]]:
    """participant → {item code: (score, raw point)} for submitted attempts in scope; the score
    is reverse-coded where the item says so, the raw point is what was ticked."""
    if instrument is None:
        return {}
    conditions = {
        f"attempt__{key}": value
        for key, value in scope.submitted_attempt_conditions(instrument, phase).items()
    }
    answers: dict[int, dict[str, tuple]] = defaultdict(dict)
    cohort_of: dict[int, int | None] = {}
    rows = Response.objects.filter(score__isnull=False, **conditions).values_list(
        "attempt__participant_id", "attempt__participant__cohort_id", "item_code", "score", "answer"
    )
    for participant, cohort, code, score, raw in rows:
        answers[participant][code] = (score, raw if isinstance(raw, int | float) else None)
        cohort_of[participant] = cohort
    return _by_reportable_group(answers, cohort_of, data)


def _likert_specs(instrument) -> list[ItemSpec]:
    version = instrument.current_version if instrument else None
    return [spec for spec in (version.specs if version else []) if spec.kind_rules.is_scale]


def likert_summary(scope: Scope, data: Matched, instrument, phase: str) -> dict[str, Any] | None:
    """Per Likert item: respondents, mean and share agreeing (top two boxes) of the points ticked
    (not reverse-coded: "agreeing" means what the statement says), suppressed when small."""
    if instrument is None:
        return None
    answers = _likert_answers(scope, data, instrument, phase)
    minimum = small_cell_min()
    respondents = len(answers)
    if respondents < minimum:
        return {"instrument": instrument.title, "suppressed": True, "respondents": None, "items": []}
    items = []
    for spec in _likert_specs(instrument):
        values = [
            row[spec.code][1] for row in answers.values() if row.get(spec.code, (None, None))[1] is not None
        ]
        if len(values) < minimum:
            items.append({"item": spec.code, "prompt": spec.prompt, "suppressed": True})
            continue
        items.append(
            {
                "item": spec.code,
                "prompt": spec.prompt,
                "scale": spec.scale,
                "suppressed": False,
                "n": len(values),
                "mean": sum(values) / len(values),
                "max": spec.scale_points,
                "agreeing": statistics.top_two_box(values, spec.scale_points),
            }
        )
    return {"instrument": instrument.title, "suppressed": False, "respondents": respondents, "items": items}


def scale_change(scope: Scope, data: Matched, instrument) -> list[dict[str, Any]]:
    """Pre/post change of each multi-item Likert scale (mean of items, half answered), matched;
    scores are reverse-coded where the item says so."""
    if instrument is None:
        return []
    before = {
        p: {code: pair[0] for code, pair in row.items()}
        for p, row in _likert_answers(scope, data, instrument, Phase.PRE).items()
    }
    after = {
        p: {code: pair[0] for code, pair in row.items()}
        for p, row in _likert_answers(scope, data, instrument, Phase.POST).items()
    }
    by_scale: dict[str, list[str]] = defaultdict(list)
    for spec in _likert_specs(instrument):
        by_scale[spec.scale].append(spec.code)
    rows = []
    for scale, codes in sorted(by_scale.items()):
        pairs = []
        for participant in sorted(set(before) & set(after)):
            x = statistics.scale_score([before[participant].get(code) for code in codes])
            y = statistics.scale_score([after[participant].get(code) for code in codes])
            if x is not None and y is not None:
                pairs.append((x, y))
        row: dict[str, Any] = {"scale": scale, "items": len(codes), "n": len(pairs)}
        if len(pairs) < small_cell_min():
            rows.append(row | {"suppressed": True, "n": None})
            continue
        gains = [y - x for x, y in pairs]
        t_result = statistics.paired_t(gains)
        row |= {
            "suppressed": False,
            "pre_mean": sum(x for x, _ in pairs) / len(pairs),
            "post_mean": sum(y for _, y in pairs) / len(pairs),
            "mean_gain": t_result["mean"],
            "ci95": t_result["ci95"],
            "p_t": t_result["p"],
            "d_z": (t_result["mean"] / t_result["sd"]) if t_result["sd"] else None,
        }
        rows.append(row)
    return rows


def follow_up(scope: Scope, data: Matched) -> dict[str, Any] | None:
    """Retention of knowledge (when the follow-up retests the same items) or behaviour answers."""
    instrument = scope.plan.follow_up
    if instrument is None:
        return None
    retest = instrument.pk in (scope.plan.pre_test_id, scope.plan.post_test_id)
    query = Attempt.objects.filter(**scope.submitted_attempt_conditions(instrument, Phase.FOLLOW_UP))
    matched_people = set(data.participants)
    rows = {
        p: (score, cohort)
        for p, score, cohort in query.values_list("participant_id", "score", "participant__cohort_id")
        if p in matched_people
    }
    cohort_of = {p: cohort for p, (_score, cohort) in rows.items()}
    later = {p: score for p, (score, _cohort) in _by_reportable_group(rows, cohort_of, data).items()}
    n = len(later)
    result: dict[str, Any] = {"instrument": instrument.title, "retest": retest, "n_follow_up": n}
    if n < small_cell_min():
        return result | {"suppressed": True, "n_follow_up": None}
    result["suppressed"] = False
    if retest:
        three = [p for p in data.participants if p in later]
        t0 = sum(data.pre[p][1] for p in three) / len(three)
        t1 = sum(data.post[p][1] for p in three) / len(three)
        t2 = sum((later[p] or 0.0) for p in three) / len(three)
        result |= {
            "pre_mean": t0,
            "post_mean": t1,
            "follow_up_mean": t2,
            "retention": statistics.retention_ratio(t0, t1, t2),
        }
    else:
        result["behaviour"] = likert_summary(scope, data, instrument, Phase.FOLLOW_UP)
    return result


def attrition(document: dict[str, Any], follow: dict[str, Any] | None) -> dict[str, Any]:
    """Who answered what, from the report's own (possibly hidden) counts."""
    return {
        "n_pre": document.get("n_pre"),
        "n_post": document.get("n_post"),
        "n_matched": document.get("n_matched"),
        "n_follow_up": follow.get("n_follow_up") if follow else None,
        "lost_after_pre": document.get("attrition"),
    }


def effect_size_words(d: float) -> str:
    """Cohen's conventional labels (0.2, 0.5, 0.8), read loosely: a paired d_z runs larger than a
    between-groups d, which is one more reason the page says "plausibly"."""
    size = abs(d)
    if size >= 0.8:
        return _("large")
    if size >= 0.5:
        return _("medium")
    if size >= 0.2:
        return _("small")
    return _("very small")


def verdict(document: dict[str, Any]) -> dict[str, Any]:
    """A plain-words reading of the headline, with its caveats."""
    caveats = [
        _(
            "There is no comparison group, so a change cannot be put down to the training alone: "
            "people also learn from work, from colleagues and from taking the same test twice."
        )
    ]
    if document.get("suppressed_because") == "complement":
        headline = _(
            "Hidden: the wider report holds fewer than %(n)s more people, "
            "who could be worked out by subtraction."
        ) % {"n": small_cell_min()}
        return {"headline": headline, "tone": "none", "caveats": []}
    if document.get("suppressed"):
        return {"headline": _("Too few matched participants to say anything."), "tone": "none", "caveats": []}
    score = document["score"]
    low_high = score.get("d_z_ci95")
    d_z = score.get("d_z")
    n = document["n_matched"]
    if len(document.get("versions") or []) > 1:
        caveats.append(
            _(
                "The answers come from more than one version of the test; totals may not compare "
                "like with like. Choose one version in the filters to check."
            )
        )
    if n < 30:
        caveats.append(_("Only %(n)s people answered both tests, so the estimate is uncertain.") % {"n": n})
    lost = document.get("attrition")
    if lost and lost > 0.2:
        caveats.append(
            _(
                "%(lost)s%% of those who took the pre-test did not take the post-test; "
                "if they differ from those who stayed, the gain is biased."
            )
            % {"lost": round(lost * 100)}
        )
    if d_z is None or low_high is None:
        return {"headline": _("The change cannot be estimated."), "tone": "none", "caveats": caveats}
    if low_high[0] > 0:
        headline = _(
            "Scores rose after the training: a %(size)s effect (plausibly from %(low)s to %(high)s)."
        )
        tone = "good"
    elif low_high[1] < 0:
        headline = _(
            "Scores fell after the training: a %(size)s effect (plausibly from %(low)s to %(high)s)."
        )
        tone = "bad"
    else:
        headline = _("No clear change: the data fit anything from a %(low)s fall to a %(high)s rise.")
        tone = "unclear"
    words = {
        "size": effect_size_words(d_z),
        "low": effect_size_words(low_high[0]),
        "high": effect_size_words(low_high[1]),
    }
    if tone == "unclear":
        words["low"] = effect_size_words(-low_high[0])
    headline = headline % words
    return {"headline": headline, "tone": tone, "caveats": caveats}
