"""Item analysis and reliability (Methods, "Per item" and "Reliability")."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import numpy as np
from scipy import stats

from assessments.statistics._base import (
    _SCORE_RTOL,
    REASON_NO_PAIRS,
    ItemFlag,
    _is_constant,
    _matrix,
    _number,
    _vector,
)

# --- per item (Methods, "Per item") ---------------------------------------------------------------


def mcnemar_exact(b: int, c: int) -> float | None:
    """Exact two-sided McNemar p = min(1, 2·BinomCDF(min(b, c); b + c, ½)) (Methods, "Per item").

    b = correct at pre and wrong at post, c = wrong at pre and correct at post. With no discordant
    pair (b + c = 0) the formula gives 1.0 (the binomial with 0 trials puts all mass on 0), which is
    what statsmodels' exact McNemar returns; R's binom.test refuses n = 0 and mcnemar.test gives
    NaN. 1.0 is kept: "no evidence of change" is what the data say, and the item stays in the Holm
    family, which is the conservative choice. Raises ValueError for negative or non-integer counts.
    """
    if int(b) != b or int(c) != c or b < 0 or c < 0:
        raise ValueError("b and c are counts of participants")
    b, c = int(b), int(c)
    if b + c == 0:
        return 1.0
    return _number(min(1.0, 2 * stats.binom.cdf(min(b, c), b + c, 0.5)))


def holm(pvalues: Sequence[float | None]) -> list[float | None]:
    """Holm's step-down adjustment: p̃₍ᵢ₎ = max over j ≤ i of min(1, (m - j + 1)·p₍ⱼ₎) (Methods,
    "Per item"), as R's ``p.adjust(p, "holm")``. None entries pass through and do not count in m;
    equal p-values keep their input order, as R's ``order`` does."""
    present = [(index, p) for index, p in enumerate(pvalues) if p is not None]
    for _, p in present:
        if not 0 <= p <= 1:
            raise ValueError("p-values must lie between 0 and 1")
    adjusted: list[float | None] = [None] * len(pvalues)
    m = len(present)
    running = 0.0
    for rank, (index, p) in enumerate(sorted(present, key=lambda pair: pair[1])):
        running = max(running, min(1.0, (m - rank) * float(p)))
        adjusted[index] = running
    return adjusted


def _covariance(a: np.ndarray, b: np.ndarray) -> float:
    """Sample covariance (n - 1), two-pass like Moodle's calculator."""
    return float(np.sum((a - a.mean()) * (b - b.mean())) / (a.size - 1))


def _is_full_credit(scores: np.ndarray, maximum: float) -> np.ndarray:
    return np.isclose(scores, maximum, rtol=_SCORE_RTOL, atol=0.0)


def item_statistics(
    pre: Sequence[Sequence[float]],
    post: Sequence[Sequence[float]],
    item_max: Sequence[float],
    codes: Sequence[str],
) -> list[dict[str, Any]]:
    """Per-item statistics for matched participants (rows) by items (columns) (Methods, "Per item").

    For each item: facility (mean/max, 0..1) per phase; McNemar's exact test on full credit
    (b = full at pre and not at post, c = the reverse) with Holm's adjustment across the items; and
    Moodle's discrimination index, discriminative efficiency and effective weight on the POST
    phase, in percent, with Moodle's rules (X_i = total minus item i, n - 1 variances, C_max from
    x_i and X_i sorted ascending independently, effective weight None for a negative covariance
    with the total). An item is flagged when DE < 15 or DI < 0. ``reasons`` names why a figure is
    None. Raises ValueError when the shapes disagree or a maximum is not positive.
    """
    k = len(codes)
    if len(item_max) != k:
        raise ValueError("item_max and codes must have one entry per item")
    maxima = _vector(item_max, "item_max")
    if np.any(maxima <= 0):
        raise ValueError("every item maximum must be positive")
    x_pre = _matrix(pre, k, "pre")
    x_post = _matrix(post, k, "post")
    if x_pre.shape[0] != x_post.shape[0]:
        raise ValueError("pre and post must hold one row per matched participant")
    n = x_post.shape[0]

    rows: list[dict[str, Any]] = []
    for i, code in enumerate(codes):
        row: dict[str, Any] = {"item": code, "reasons": {}}
        full_pre = _is_full_credit(x_pre[:, i], maxima[i])
        full_post = _is_full_credit(x_post[:, i], maxima[i])
        row["mcnemar_b"] = int(np.sum(full_pre & ~full_post))
        row["mcnemar_c"] = int(np.sum(~full_pre & full_post))
        if n:
            row["facility_pre"] = _number(x_pre[:, i].mean() / maxima[i])
            row["facility_post"] = _number(x_post[:, i].mean() / maxima[i])
            row["p_mcnemar"] = mcnemar_exact(row["mcnemar_b"], row["mcnemar_c"])
        else:
            row["facility_pre"] = row["facility_post"] = row["p_mcnemar"] = None
            row["reasons"].update(
                dict.fromkeys(("facility_pre", "facility_post", "p_mcnemar"), REASON_NO_PAIRS)
            )
        rows.append(row)

    for row, adjusted in zip(rows, holm([row["p_mcnemar"] for row in rows]), strict=True):
        row["p_mcnemar_holm"] = adjusted
        if adjusted is None:
            row["reasons"]["p_mcnemar_holm"] = row["reasons"]["p_mcnemar"]

    _add_moodle_statistics(rows, x_post)

    for row in rows:
        flags = []
        if row["discriminative_efficiency"] is not None and row["discriminative_efficiency"] < 15:
            flags.append(ItemFlag.LOW_EFFICIENCY.value)
        if row["discrimination_index"] is not None and row["discrimination_index"] < 0:
            flags.append(ItemFlag.NEGATIVE_DISCRIMINATION.value)
        row["flags"] = flags
        row["flagged"] = bool(flags)
    return rows


def _add_moodle_statistics(rows: list[dict[str, Any]], scores: np.ndarray) -> None:
    """Moodle's DI, DE and effective weight (core_question\\statistics\\questions\\calculator) for
    each item of ``scores`` (participants by items), written into ``rows``."""
    n = scores.shape[0]
    keys = ("discrimination_index", "discriminative_efficiency", "effective_weight")
    if n < 2:
        for row in rows:
            row.update(dict.fromkeys(keys))
            row["reasons"].update(dict.fromkeys(keys, "needs at least two participants at post"))
        return
    total = scores.sum(axis=1)
    covariance_with_total = []
    for i, row in enumerate(rows):
        item = scores[:, i]
        # The rest of the test, summed directly rather than as total - item to keep exact ties.
        rest = np.delete(scores, i, axis=1).sum(axis=1)
        row["discrimination_index"] = row["discriminative_efficiency"] = None
        if _is_constant(item):
            row["reasons"].update(
                dict.fromkeys(keys[:2], "every participant has the same score on this item")
            )
        elif _is_constant(rest):
            row["reasons"].update(dict.fromkeys(keys[:2], "the rest of the test does not vary"))
        else:
            covariance = _covariance(item, rest)
            row["discrimination_index"] = _number(
                100 * covariance / math.sqrt(_covariance(item, item) * _covariance(rest, rest))
            )
            # Both sorted ascending: the largest covariance these two sets of marks could have.
            covariance_max = _covariance(np.sort(item), np.sort(rest))
            row["discriminative_efficiency"] = _number(100 * covariance / covariance_max)
        covariance_with_total.append(_covariance(item, total))

    # Moodle sums √C(x_j, T) over the items whose covariance with the total is not negative.
    denominator = sum(math.sqrt(c) for c in covariance_with_total if c >= 0)
    for row, covariance in zip(rows, covariance_with_total, strict=True):
        row["effective_weight"] = None
        if covariance < 0:
            row["reasons"]["effective_weight"] = "negative covariance with the total score"
        elif denominator == 0:
            row["reasons"]["effective_weight"] = "no item covaries with the total score"
        else:
            row["effective_weight"] = _number(100 * math.sqrt(covariance) / denominator)


# --- reliability (Methods, "Reliability") ---------------------------------------------------------


def reliability(matrix: Sequence[Sequence[float]]) -> dict[str, Any]:
    """Cronbach's alpha = k/(k - 1)·(1 - ΣV(x_i)/V(T)) and SEM = SD(T)·√(1 - alpha) (Methods, "Reliability").

    Rows are participants, columns items; for 0/1 items alpha is KR-20 (both variances use n - 1, so
    the ratio is the same as with n). alpha may be negative and is returned as is. Returns ``alpha,
    sem, k, n, reason``; alpha and SEM are None with fewer than two items or participants, or when the
    total score does not vary.
    """
    scores = _matrix(matrix, None, "matrix")
    n, k = scores.shape
    result: dict[str, Any] = {"alpha": None, "sem": None, "k": int(k), "n": int(n), "reason": None}
    if k < 2:
        result["reason"] = "needs at least two items"
    elif n < 2:
        result["reason"] = "needs at least two participants"
    else:
        total = scores.sum(axis=1)
        if _is_constant(total):
            result["reason"] = "total scores do not vary"
            return result
        variance_total = float(np.var(total, ddof=1))
        alpha = k / (k - 1) * (1 - float(np.var(scores, axis=0, ddof=1).sum()) / variance_total)
        result["alpha"] = _number(alpha)
        # alpha ≤ 1 in exact arithmetic; the clamp only stops a 1 + 1e-16 from reaching the square root.
        result["sem"] = _number(math.sqrt(variance_total) * math.sqrt(max(0.0, 1 - alpha)))
    return result
