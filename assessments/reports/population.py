"""Who a report counts: its scope, the matched participants of reportable groups, and the
suppression that keeps small groups from being shown or recovered by subtraction."""

import datetime
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Any, NamedTuple

from django.conf import settings
from django.db.models import Q

from assessments import statistics
from assessments.models import (
    Attempt,
    Cohort,
    EvaluationPlan,
    Phase,
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


class AttemptScore(NamedTuple):
    attempt: int  # the attempt's id
    score: float
    max_score: float


class _AttemptRow(NamedTuple):
    attempt: int
    score: float
    max_score: float
    cohort: int | None  # None: an online learner
    version: int


@dataclass
class Matched:
    """Scores of the scope's participants: all pre and post attempts, and the matched pairs."""

    pre: dict[int, AttemptScore]  # by participant
    post: dict[int, AttemptScore]
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
        maxima = [row.max_score for row in (*self.pre.values(), *self.post.values()) if row.max_score]
        return max(maxima) if maxima else None

    def scores(self) -> tuple[list[float], list[float]]:
        return [self.pre[p].score for p in self.participants], [self.post[p].score for p in self.participants]


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
            participant: _AttemptRow(attempt, score or 0.0, maximum or 0.0, cohort, version)
            for participant, attempt, score, maximum, cohort, version in rows
        }

    pre, post = by_participant(Phase.PRE), by_participant(Phase.POST)
    pairs = set(pre) & set(post)
    per_group = Counter(pre[participant].cohort for participant in pairs)
    groups = {group for group, n in per_group.items() if n >= minimum}

    def reportable(rows):
        return {p: AttemptScore(*row[:3]) for p, row in rows.items() if row.cohort in groups}

    participants = sorted(p for p in pairs if pre[p].cohort in groups)
    versions = {pre[p].version for p in participants} | {post[p].version for p in participants}
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
