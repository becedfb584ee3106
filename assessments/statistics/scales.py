"""Multi-item Likert scales (Methods, "Scales")."""

from __future__ import annotations

import math
from collections.abc import Sequence

from assessments.statistics._base import _number

# --- scales (Methods, "Scales") -------------------------------------------------------------------


def reverse_code(x: float | None, minimum: float, maximum: float) -> float | None:
    """Reverse a Likert answer: x' = min + max - x (Methods, "Scales"). None (unanswered) stays None."""
    if x is None:
        return None
    return float(minimum + maximum - x)


def _answered(values: Sequence[float | None]) -> list[float]:
    return [float(v) for v in values if v is not None and not (isinstance(v, float) and math.isnan(v))]


def scale_score(values: Sequence[float | None]) -> float | None:
    """A participant's score on a multi-item scale: the mean of the answered items, given when at
    least half of the items are answered (Methods, "Scales"); None otherwise."""
    answered = _answered(values)
    if not answered or 2 * len(answered) < len(values):
        return None
    return _number(sum(answered) / len(answered))


def top_two_box(values: Sequence[float | None], maximum: float) -> float | None:
    """Share (0..1) of answered values in the two highest categories, i.e. ≥ maximum - 1, of a
    single Likert item with integer steps (Methods, "Scales"). None when nobody answered."""
    answered = _answered(values)
    if not answered:
        return None
    return float(sum(1 for v in answered if v >= maximum - 1) / len(answered))
