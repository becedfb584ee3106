"""Pure statistics for the evaluation reports: learning gain, effect sizes, item analysis, reliability.

Every formula follows /work/shared/EVALUATION_METHODS.md (cited below as "Methods, <section>"). No
Django here: the module takes plain sequences of numbers and returns plain dicts, so it can be tested
against R, scipy and Moodle reference outputs in isolation.

Conventions shared by every function:

- Variances and SDs are sample ones (n - 1), computed two-pass by numpy (mean first).
- A figure that cannot be computed (too few pairs, zero variance, ...) is ``None``, never NaN or
  infinity, and the reason is given next to it (a ``reasons`` dict or a ``reason`` string).
- Every number returned is a plain ``float`` or ``int`` (never a numpy scalar), so results go
  straight into ``json.dumps(..., allow_nan=False)``.
- Malformed input (sequences of different lengths, non-finite scores, scores outside their range)
  is a bug in the caller and raises ``ValueError``; degenerate but valid input never raises.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import numpy as np
from scipy import optimize, special, stats

__all__ = [
    "dz_confidence_interval",
    "hedges_j",
    "holm",
    "item_statistics",
    "mcnemar_exact",
    "paired_scores",
    "paired_t",
    "reliability",
    "retention_ratio",
    "reverse_code",
    "scale_score",
    "top_two_box",
    "welch_difference",
    "wilcoxon_signed_rank",
]

Interval = list[float] | None

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


# --- learning gain (Methods, "Learning gain") -----------------------------------------------------


def paired_t(d: Sequence[float]) -> dict[str, Any]:
    """Paired t-test on the differences d = post - pre (Methods, "Learning gain", raw gain).

    t = d̄ / (s_d/√n), df = n - 1, two-sided p, CI d̄ ± t₀.₉₇₅,ₙ₋₁ · s_d/√n. Returns
    ``n, mean, sd, t, df, p, ci95`` and ``reasons`` for every None. As in R's ``t.test``, gains
    that are all equal (zero or floating-point-noise variance) give no t, p or CI.
    """
    values = _vector(d, "d")
    n = int(values.size)
    result: dict[str, Any] = {
        "n": n,
        "mean": _mean(values),
        "sd": _sd(values),
        "t": None,
        "df": None,
        "p": None,
        "ci95": None,
    }
    reasons: dict[str, str] = {}
    result["reasons"] = reasons
    if n == 0:
        reasons.update(dict.fromkeys(("mean", "sd", "t", "df", "p", "ci95"), REASON_NO_PAIRS))
        return result
    if n == 1:
        reasons.update(dict.fromkeys(("sd", "t", "df", "p", "ci95"), REASON_ONE_PAIR))
        return result
    result["df"] = n - 1
    mean, sd = result["mean"], result["sd"]
    se = sd / math.sqrt(n)
    if _is_constant(values) or se < _CONSTANT_TOLERANCE * abs(mean):
        reasons.update(dict.fromkeys(("t", "p", "ci95"), REASON_CONSTANT_GAIN))
        return result
    t = mean / se
    half_width = _t_critical(n - 1, 0.95) * se
    result["t"] = _number(t)
    result["p"] = _number(2 * stats.t.sf(abs(t), n - 1))
    result["ci95"] = _interval(mean - half_width, mean + half_width)
    return result


def _noncentrality_for(t: float, df: int, probability: float) -> float | None:
    """The noncentrality λ with P(T ≤ t | df, λ) = probability, or None if it cannot be found.

    The noncentral t CDF falls monotonically as λ grows, so the root is bracketed by walking
    outwards from λ = t with doubling steps, then found with brentq.
    """

    def excess(ncp: float) -> float:
        cdf = float(stats.nct.cdf(t, df, ncp))
        if math.isnan(cdf):
            # scipy's nct.cdf returns NaN in patches of its far tails (t = 10.4, df = 1, λ = -9.6
            # for one), where the CDF is 1 for λ well below t and 0 well above; its sf would warn
            # there instead. The root found is checked against the true CDF below.
            cdf = 1.0 if ncp < t else 0.0
        return cdf - probability

    step = max(1.0, abs(t))
    lo, hi = t - step, t + step
    for _ in range(60):
        f_lo, f_hi = excess(lo), excess(hi)
        if f_lo >= 0 >= f_hi:
            break
        if f_lo < 0:
            lo -= step
        if f_hi > 0:
            hi += step
        step *= 2
    else:
        return None
    root = optimize.brentq(excess, lo, hi, xtol=1e-12, maxiter=200)
    check = float(stats.nct.cdf(t, df, root)) - probability
    return float(root) if math.isfinite(check) and abs(check) < 1e-6 else None


def dz_confidence_interval(t: float, n: int, level: float = 0.95) -> Interval:
    """Confidence interval for Cohen's d_z = t/√n from the noncentral t (Methods, "Effect sizes").

    Finds λ_lo and λ_hi with P(T ≤ t_obs | n - 1, λ_lo) = (1 + level)/2 and
    P(T ≤ t_obs | n - 1, λ_hi) = (1 - level)/2 (scipy.stats.nct and brentq), then divides both by
    √n, as MBESS's ``ci.sm`` does. None when n < 2, t is missing or not finite, or |t| > 10⁴, where
    scipy's noncentral t can no longer be evaluated.
    """
    if t is None or n < 2 or not math.isfinite(t) or abs(t) > _MAX_ABS_T_FOR_INTERVAL or not 0 < level < 1:
        return None
    df = n - 1
    ncp_lo = _noncentrality_for(t, df, (1 + level) / 2)
    ncp_hi = _noncentrality_for(t, df, (1 - level) / 2)
    if ncp_lo is None or ncp_hi is None:
        return None
    return _interval(ncp_lo / math.sqrt(n), ncp_hi / math.sqrt(n))


def hedges_j(df: float) -> float | None:
    """Hedges' small-sample correction J(df) = Γ(df/2) / (√(df/2) · Γ((df - 1)/2)) (Methods, "Effect
    sizes"), computed through log-gamma so that large df do not overflow. None for df ≤ 1, where
    Γ((df - 1)/2) has a pole and the correction is undefined."""
    if df is None or not math.isfinite(df) or df <= 1:
        return None
    half = df / 2
    return _number(math.exp(special.gammaln(half) - 0.5 * math.log(half) - special.gammaln(half - 0.5)))


def _signed_rank_distribution(n: int) -> np.ndarray:
    """Counts of subsets of {1..n} by rank sum: the exact null distribution of V (R's dsignrank).

    Python integers keep the counts exact (up to 2^49 for n < 50) before the single division."""
    counts = [1] + [0] * (n * (n + 1) // 2)
    for rank in range(1, n + 1):
        for total in range(rank * (rank + 1) // 2, rank - 1, -1):
            counts[total] += counts[total - rank]
    return np.array(counts, dtype=float) / 2.0**n


def wilcoxon_signed_rank(d: Sequence[float]) -> dict[str, Any]:
    """Wilcoxon signed-rank test on d = post - pre, matching R's ``wilcox.test(post, pre,
    paired = TRUE)`` defaults (Methods, "Learning gain").

    Zero differences are dropped; V is the sum of the ranks of |d| over positive differences. The
    p-value is exact (two-sided, min(1, 2·min(P(V ≤ v), P(V ≥ v)))) when fewer than 50 differences
    remain and there were no ties and no zeros; otherwise it is the normal approximation with the
    tie correction in the variance and a continuity correction of 0.5 towards the mean. Like R, ties
    are exact floating-point equalities of |d| (R's default ``digits.rank = Inf``).

    Returns ``v, p, rank_biserial, method ("exact" or "normal"), n`` (non-zero differences) and
    ``reason`` (why p or rank_biserial is None: every difference is zero).
    """
    values = _vector(d, "d")
    zeros = bool(np.any(values == 0))
    nonzero = values[values != 0]
    n = int(nonzero.size)
    if n == 0:
        reason = REASON_NO_PAIRS if values.size == 0 else "every difference is zero"
        return {
            "v": None if values.size == 0 else 0.0,
            "p": None,
            "rank_biserial": None,
            "method": None,
            "n": 0,
            "reason": reason,
        }
    ranks = stats.rankdata(np.abs(nonzero))
    v = float(ranks[nonzero > 0].sum())
    total = n * (n + 1) / 2
    # (W⁺ - W⁻)/(W⁺ + W⁻) with W⁺ + W⁻ = n(n + 1)/2, the sum of all ranks.
    rank_biserial = (v - (total - v)) / total
    _, tie_sizes = np.unique(ranks, return_counts=True)
    ties = bool(np.any(tie_sizes > 1))
    if n < _WILCOXON_EXACT_MAX_N and not ties and not zeros:
        method = "exact"
        distribution = _signed_rank_distribution(n)
        v_int = round(v)
        lower, upper = distribution[: v_int + 1].sum(), distribution[v_int:].sum()
        p = min(1.0, 2 * min(lower, upper))
    else:
        method = "normal"
        centred = v - n * (n + 1) / 4
        variance = n * (n + 1) * (2 * n + 1) / 24 - float(np.sum(tie_sizes**3 - tie_sizes)) / 48
        # The continuity correction moves the statistic half a unit towards its mean, as in R.
        z = (centred - math.copysign(0.5, centred) * (centred != 0)) / math.sqrt(variance)
        p = 2 * min(stats.norm.cdf(z), stats.norm.sf(z))
        p = min(1.0, p)
    return {
        "v": v,
        "p": _number(p),
        "rank_biserial": _number(rank_biserial),
        "method": method,
        "n": n,
        "reason": None,
    }


def _marx_cummings(pre: np.ndarray, post: np.ndarray, max_score: float) -> float | None:
    """Mean of the per-participant normalised change c (Marx & Cummings 2007; Methods, "Learning
    gain"). c is scale-free, so raw scores give the same value as percentages."""
    changes = []
    for x, y in zip(pre.tolist(), post.tolist(), strict=True):
        if (x == 0 and y == 0) or (x == max_score and y == max_score):
            continue  # c is undefined for these participants: they are dropped, not counted as 0.
        if y > x:
            changes.append((y - x) / (max_score - x))
        elif y < x:
            changes.append((y - x) / x)
        else:
            changes.append(0.0)
    return _number(np.mean(changes)) if changes else None


def _scores(values: Sequence[float], max_score: float, name: str) -> np.ndarray:
    array = _vector(values, name).copy()  # snapped below: the caller's array must stay as it was
    slack = max_score * _SCORE_RTOL
    if np.any(array < -slack) or np.any(array > max_score + slack):
        raise ValueError(f"{name} has a score outside 0..{max_score}")
    # Within the tolerance a score is the bound itself, so that a full mark that arrives as
    # 0.9999999999999999 counts as "at the maximum" (Marx-Cummings, Hake, unchanged).
    array[np.abs(array - max_score) <= slack] = max_score
    array[np.abs(array) <= slack] = 0.0
    return array


def paired_scores(pre: Sequence[float], post: Sequence[float], max_score: float) -> dict[str, Any]:
    """Every learning-gain figure for matched pairs: pre[i] and post[i] are one participant.

    Methods, "Learning gain": means and SDs per phase, raw gain with paired t and its 95% CI,
    Wilcoxon signed-rank with rank-biserial r, d_z with its noncentral-t CI, g_z = J(n - 1)·d_z,
    d_av, Hake's class-average ⟨g⟩ on percentages (score/max_score·100), the mean Marx-Cummings c,
    and the numbers improved / unchanged / declined. ``reasons`` names why each None is None.

    Raises ValueError if the sequences differ in length, max_score is not positive, or a score is
    missing or outside 0..max_score.
    """
    if not (math.isfinite(max_score) and max_score > 0):
        raise ValueError("max_score must be a positive number")
    if len(pre) != len(post):
        raise ValueError("pre and post must hold one score per matched participant")
    x = _scores(pre, max_score, "pre")
    y = _scores(post, max_score, "post")
    d = y - x
    n = int(d.size)
    gain = paired_t(d)
    rank_test = wilcoxon_signed_rank(d)
    reasons: dict[str, str] = {}
    result: dict[str, Any] = {
        "max_score": float(max_score),
        "n": n,
        "pre_mean": _mean(x),
        "post_mean": _mean(y),
        "pre_sd": _sd(x),
        "post_sd": _sd(y),
        "mean_gain": gain["mean"],
        "sd_gain": gain["sd"],
        "ci95": gain["ci95"],
        "t": gain["t"],
        "df": gain["df"],
        "p_t": gain["p"],
        "wilcoxon_v": rank_test["v"],
        "p_wilcoxon": rank_test["p"],
        "rank_biserial": rank_test["rank_biserial"],
        "d_z": None,
        "d_z_ci95": None,
        "g_z": None,
        "d_av": None,
        "hake_g": None,
        "marx_cummings_c": None,
        "improved": int(np.sum(d > 0)),
        "unchanged": int(np.sum(d == 0)),
        "declined": int(np.sum(d < 0)),
        "reasons": reasons,
    }
    for key, source in (
        ("mean_gain", "mean"),
        ("sd_gain", "sd"),
        ("ci95", "ci95"),
        ("t", "t"),
        ("df", "df"),
        ("p_t", "p"),
    ):
        if source in gain["reasons"]:
            reasons[key] = gain["reasons"][source]
    for key in ("wilcoxon_v", "p_wilcoxon", "rank_biserial"):
        if result[key] is None:
            reasons[key] = rank_test["reason"]
    if n == 0:
        for key in ("pre_mean", "post_mean", "pre_sd", "post_sd"):
            reasons[key] = REASON_NO_PAIRS
    elif n == 1:
        for key in ("pre_sd", "post_sd"):
            reasons[key] = REASON_ONE_PAIR

    # d_z = d̄/s_d = t/√n: defined exactly when t is.
    if gain["t"] is not None:
        result["d_z"] = _number(gain["mean"] / gain["sd"])
        result["d_z_ci95"] = dz_confidence_interval(gain["t"], n)
        if result["d_z_ci95"] is None:
            reasons["d_z_ci95"] = "t is too extreme for the noncentral t distribution"
        correction = hedges_j(n - 1)
        if correction is None:
            reasons["g_z"] = "Hedges' correction needs at least three matched pairs"
        else:
            result["g_z"] = _number(correction * result["d_z"])
    else:
        for key in ("d_z", "d_z_ci95", "g_z"):
            reasons[key] = reasons["t"]

    if n >= 2:
        pooled = math.sqrt((result["pre_sd"] ** 2 + result["post_sd"] ** 2) / 2)
        if pooled > 0:
            result["d_av"] = _number(gain["mean"] / pooled)
        else:
            reasons["d_av"] = "neither pre nor post scores vary"
    else:
        reasons["d_av"] = REASON_NO_PAIRS if n == 0 else REASON_ONE_PAIR

    if n:
        pre_pct = result["pre_mean"] / max_score * 100
        post_pct = result["post_mean"] / max_score * 100
        if pre_pct < 100:
            result["hake_g"] = _number((post_pct - pre_pct) / (100 - pre_pct))
        else:
            reasons["hake_g"] = "every participant had the maximum score at pre"
        result["marx_cummings_c"] = _marx_cummings(x, y, float(max_score))
        if result["marx_cummings_c"] is None:
            reasons["marx_cummings_c"] = "every participant scored 0 at both or the maximum at both"
    else:
        reasons["hake_g"] = reasons["marx_cummings_c"] = REASON_NO_PAIRS
    return result


def welch_difference(gains_a: Sequence[float], gains_b: Sequence[float]) -> dict[str, Any]:
    """Difference in mean gain between two groups (a - b) with Welch's t-test and 95% CI.

    t = (ā - b̄)/√(s_a²/n_a + s_b²/n_b), Welch-Satterthwaite df, as R's ``t.test(a, b)``. Returns
    ``difference, ci95, t, df, p`` and ``reasons``; the test needs two values in each group and
    some variation.
    """
    a, b = _vector(gains_a, "gains_a"), _vector(gains_b, "gains_b")
    result: dict[str, Any] = {"difference": None, "ci95": None, "t": None, "df": None, "p": None}
    reasons: dict[str, str] = {}
    result["reasons"] = reasons
    if a.size == 0 or b.size == 0:
        reasons.update(dict.fromkeys(("difference", "ci95", "t", "df", "p"), "a group has no matched pairs"))
        return result
    mean_a, mean_b = float(np.mean(a)), float(np.mean(b))
    result["difference"] = _number(mean_a - mean_b)
    if a.size < 2 or b.size < 2:
        reasons.update(dict.fromkeys(("ci95", "t", "df", "p"), "each group needs at least two matched pairs"))
        return result
    share_a, share_b = np.var(a, ddof=1) / a.size, np.var(b, ddof=1) / b.size
    se = math.sqrt(share_a + share_b)
    if se == 0 or se < _CONSTANT_TOLERANCE * max(abs(mean_a), abs(mean_b)):
        reasons.update(dict.fromkeys(("ci95", "t", "df", "p"), "gains do not vary in either group"))
        return result
    df = (share_a + share_b) ** 2 / (share_a**2 / (a.size - 1) + share_b**2 / (b.size - 1))
    t = (mean_a - mean_b) / se
    half_width = _t_critical(df, 0.95) * se
    result.update(
        t=_number(t),
        df=_number(df),
        p=_number(2 * stats.t.sf(abs(t), df)),
        ci95=_interval(mean_a - mean_b - half_width, mean_a - mean_b + half_width),
    )
    return result


def retention_ratio(
    pre_mean: float | None, post_mean: float | None, follow_mean: float | None
) -> float | None:
    """Share of the immediate gain still there at follow-up: (T2 - T0)/(T1 - T0) (Methods,
    "Framework"). None when a mean is missing or there was no immediate gain to retain."""
    if pre_mean is None or post_mean is None or follow_mean is None or post_mean == pre_mean:
        return None
    return _number((follow_mean - pre_mean) / (post_mean - pre_mean))


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
            flags.append("low discriminative efficiency")
        if row["discrimination_index"] is not None and row["discrimination_index"] < 0:
            flags.append("negative discrimination")
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
