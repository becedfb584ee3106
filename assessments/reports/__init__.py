"""Evaluation reports: filter, match and count in SQL; compute in `assessments.statistics`.

A report covers a curriculum (optionally one cohort) and compares the plan's pre-test with its
post-test for *matched* participants: those with a submitted attempt in both phases. Groups
smaller than `SMALL_CELL_MIN` matched participants show no figures (see `suppress_breakdown` for
the complementary suppression that stops a hidden group being recovered by subtraction).
"""

from assessments.reports.breakdowns import breakdown, compare_groups, participant_groups, suppress_breakdown
from assessments.reports.knowledge import Report, item_matrices, item_specs_for, items_and_reliability, report
from assessments.reports.population import (
    BREAKDOWNS,
    CEILING,
    ITEM_KEYS,
    SCORE_KEYS,
    Matched,
    Scope,
    matched,
    parent_scopes,
    score_summary,
    small_cell_min,
    small_remainders,
    suppressed_report,
)
from assessments.reports.scales import attrition, follow_up, likert_summary, outcome_gains, scale_change
from assessments.reports.verdict import Verdict, effect_size_words, verdict

__all__ = [
    "BREAKDOWNS",
    "CEILING",
    "ITEM_KEYS",
    "SCORE_KEYS",
    "Matched",
    "Report",
    "Scope",
    "Verdict",
    "attrition",
    "breakdown",
    "compare_groups",
    "effect_size_words",
    "follow_up",
    "item_matrices",
    "item_specs_for",
    "items_and_reliability",
    "likert_summary",
    "matched",
    "outcome_gains",
    "parent_scopes",
    "participant_groups",
    "report",
    "scale_change",
    "score_summary",
    "small_cell_min",
    "small_remainders",
    "suppress_breakdown",
    "suppressed_report",
    "verdict",
]
