"""What every statistic shares: conventions (see the package), tolerances, input checks."""

from __future__ import annotations

import math
from collections.abc import Sequence
from enum import StrEnum
from typing import Any

import numpy as np
from scipy import stats

Interval = list[float] | None


class ItemFlag(StrEnum):
    """Why an item is flagged for review. The values are the JSON report's words (its contract),
    returned as plain strings like every figure here; pages say them in the reader's language
    (evaluation_tags.flag_descriptions)."""

    LOW_EFFICIENCY = "low discriminative efficiency"
    NEGATIVE_DISCRIMINATION = "negative discrimination"
    TOO_EASY = "too easy: nearly everyone right before and after"


# R refuses a t-test when the standard error is below this multiple of machine epsilon times the
# mean ("data are essentially constant"): t would only measure floating-point noise.
_CONSTANT_TOLERANCE = 10 * np.finfo(float).eps
# Scores are sums of partial credits, so a full mark can arrive as 0.9999999999999999.
_SCORE_RTOL = 1e-9
# Beyond this |t| scipy's noncentral t starts returning NaN and raising warnings (found by scanning
# df from 1 to 10⁵); d_z would be in the hundreds at least, so an interval adds nothing.
_MAX_ABS_T_FOR_INTERVAL = 1e4
# R's wilcox.test computes the exact null distribution only below this many non-zero differences.
_WILCOXON_EXACT_MAX_N = 50

REASON_NO_PAIRS = "no matched pairs"
REASON_ONE_PAIR = "needs at least two matched pairs"
REASON_CONSTANT_GAIN = "every participant has the same gain (zero variance)"


# --- small helpers ---------------------------------------------------------------------------------


def _number(value: Any) -> float | None:
    """A plain float, or None for a missing or non-finite value (NaN/inf never leave this module)."""
    if value is None:
        return None
    value = float(value)
    return value if math.isfinite(value) else None


def _interval(lo: Any, hi: Any) -> Interval:
    lo, hi = _number(lo), _number(hi)
    return None if lo is None or hi is None else [lo, hi]


def _vector(values: Sequence[float], name: str) -> np.ndarray:
    array = np.asarray(values, dtype=float)
    if array.ndim != 1:
        raise ValueError(f"{name} must be a flat sequence of numbers")
    if not np.all(np.isfinite(array)):
        raise ValueError(f"{name} contains a missing or non-finite value")
    return array


def _matrix(rows: Sequence[Sequence[float]], columns: int | None, name: str) -> np.ndarray:
    """Participants by items as a 2-D float array; an empty sequence is a 0-by-columns matrix."""
    if len(rows) == 0:
        return np.empty((0, columns or 0))
    array = np.asarray(rows, dtype=float)
    if array.ndim != 2:
        raise ValueError(f"{name} must be a rectangular table (one row per participant)")
    if columns is not None and array.shape[1] != columns:
        raise ValueError(f"{name} has {array.shape[1]} items per row, expected {columns}")
    if not np.all(np.isfinite(array)):
        raise ValueError(f"{name} contains a missing or non-finite value")
    return array


def _is_constant(values: np.ndarray) -> bool:
    # Compared exactly rather than through the variance: the two-pass variance of identical
    # values such as 0.1 can come out as 1e-35 instead of 0.
    return values.size == 0 or bool(np.ptp(values) == 0)


def _mean(values: np.ndarray) -> float | None:
    return float(np.mean(values)) if values.size else None


def _sd(values: np.ndarray) -> float | None:
    if values.size < 2:
        return None
    # Identical values have an SD of exactly 0, not the 1e-17 that rounding in the mean leaves.
    return 0.0 if _is_constant(values) else float(np.std(values, ddof=1))


def _t_critical(df: float, level: float) -> float:
    return float(stats.t.ppf(0.5 + level / 2, df))
