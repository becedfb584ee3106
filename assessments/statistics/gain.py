"""Learning gain: paired t, effect sizes and their intervals, Wilcoxon, normalised change,
group comparisons and retention (Methods, "Learning gain")."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import numpy as np
from scipy import optimize, special, stats

from assessments.statistics._base import (
    _CONSTANT_TOLERANCE,
    _MAX_ABS_T_FOR_INTERVAL,
    _SCORE_RTOL,
    _WILCOXON_EXACT_MAX_N,
    REASON_CONSTANT_GAIN,
    REASON_NO_PAIRS,
    REASON_ONE_PAIR,
    Interval,
    _interval,
    _is_constant,
    _mean,
    _number,
    _sd,
    _t_critical,
    _vector,
)

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
