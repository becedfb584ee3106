"""The evaluation statistics reproduce published reference outputs (R, Moodle, effectsize) and never
return NaN, infinity or numpy scalars, whatever the data."""

import itertools
import json
import math
import statistics as pystats
import subprocess
import sys

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy import stats

from assessments import statistics

# R's `sleep` data (?t.test, ?sleep): extra sleep of 10 patients under drug 1 and drug 2.
SLEEP_1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0]
SLEEP_2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4]
SLEEP_GAIN = [after - before for before, after in zip(SLEEP_1, SLEEP_2, strict=True)]

# Hollander & Wolfe (1973), p. 29, depression scale at first (x) and second (y) visit (?wilcox.test).
DEPRESSION_X = [1.83, 0.50, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.30]
DEPRESSION_Y = [0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29]

PAIRED_KEYS = {
    "max_score", "n", "pre_mean", "post_mean", "pre_sd", "post_sd", "mean_gain", "sd_gain", "ci95",
    "t", "df", "p_t", "wilcoxon_v", "p_wilcoxon", "rank_biserial", "d_z", "d_z_ci95", "g_z", "d_av",
    "hake_g", "marx_cummings_c", "improved", "unchanged", "declined", "reasons",
}  # fmt: skip
ITEM_KEYS = {
    "item", "facility_pre", "facility_post", "mcnemar_b", "mcnemar_c", "p_mcnemar", "p_mcnemar_holm",
    "discrimination_index", "discriminative_efficiency", "effective_weight", "flagged", "flags", "reasons",
}  # fmt: skip


def assert_plain_json(value) -> None:
    """Serialisable without NaN/inf, and made of plain Python numbers only (no numpy scalars)."""
    json.dumps(value, allow_nan=False)

    def walk(node):
        if isinstance(node, dict):
            for item in node.values():
                walk(item)
        elif isinstance(node, list):
            for item in node:
                walk(item)
        else:
            assert node is None or type(node) in (bool, int, float, str), type(node)

    walk(value)


def assert_reasons_cover_nones(result: dict) -> None:
    for key, value in result.items():
        if value is None:
            assert result["reasons"].get(key), f"{key} is None without a reason"


# --- the module stands alone ----------------------------------------------------------------------


def test_module_imports_without_django():
    code = "import sys, assessments.statistics; assert not any(m.startswith('django') for m in sys.modules)"
    subprocess.run([sys.executable, "-c", code], check=True)


# --- paired t-test: R's t.test(extra ~ group, data = sleep, paired = TRUE) ------------------------


def test_paired_t_matches_r_on_sleep():
    # R 4.x: t = -4.0621, df = 9, p-value = 0.002833, 95% CI -2.4598858 -0.7001142,
    # mean difference -1.58 (group 1 - group 2). Gains here are group 2 - group 1: signs flip.
    result = statistics.paired_t(SLEEP_GAIN)
    assert result["n"] == 10
    assert result["df"] == 9
    assert result["mean"] == pytest.approx(1.58, abs=1e-12)
    assert result["t"] == pytest.approx(4.0621, abs=5e-5)
    assert result["p"] == pytest.approx(0.002833, abs=5e-7)
    assert result["ci95"] == pytest.approx([0.7001142, 2.4598858], abs=5e-8)


def test_paired_t_gives_no_t_for_gains_that_are_all_equal():
    result = statistics.paired_t([2.0, 2.0, 2.0])
    assert result["sd"] == 0.0
    assert result["t"] is result["p"] is result["ci95"] is None
    assert result["reasons"]["t"] == statistics.REASON_CONSTANT_GAIN


def test_paired_t_treats_floating_point_noise_as_no_variance():
    # 0.3 - 0.1 and 0.5 - 0.3 differ in the last bit; R stops with "data are essentially constant".
    result = statistics.paired_t([0.3 - 0.1, 0.5 - 0.3, 0.7 - 0.5])
    assert result["t"] is None
    assert "zero variance" in result["reasons"]["t"]


# --- Welch: R's t.test(extra ~ group, data = sleep) -----------------------------------------------


def test_welch_difference_matches_r_on_sleep():
    # R 4.x: t = -1.8608, df = 17.776, p-value = 0.07939, 95% CI -3.3654832 0.2054832.
    result = statistics.welch_difference(SLEEP_1, SLEEP_2)
    assert result["difference"] == pytest.approx(-1.58, abs=1e-12)
    assert result["t"] == pytest.approx(-1.8608, abs=5e-5)
    assert result["df"] == pytest.approx(17.776, abs=5e-4)
    assert result["p"] == pytest.approx(0.07939, abs=5e-6)
    assert result["ci95"] == pytest.approx([-3.3654832, 0.2054832], abs=5e-8)


def test_welch_difference_needs_two_values_per_group():
    result = statistics.welch_difference([1.0], [2.0, 3.0])
    assert result["difference"] == -1.5
    assert result["t"] is result["ci95"] is None
    assert "two" in result["reasons"]["t"]
    assert_plain_json(statistics.welch_difference([], []))
    assert_plain_json(statistics.welch_difference([1.0, 1.0], [2.0, 2.0]))


# --- Wilcoxon signed-rank: R's wilcox.test(paired = TRUE) -----------------------------------------


def test_wilcoxon_on_sleep_uses_the_normal_approximation_like_r():
    # R 4.x, wilcox.test(extra ~ group, data = sleep, paired = TRUE): V = 0, p-value = 0.009091,
    # with warnings about ties and zeroes. Our V counts positive post - pre differences, so it is
    # the complement n(n + 1)/2 - 0 = 45 over the 9 non-zero differences.
    result = statistics.wilcoxon_signed_rank(SLEEP_GAIN)
    assert result["method"] == "normal"
    assert result["n"] == 9
    assert result["v"] == 45.0
    assert result["p"] == pytest.approx(0.009091, abs=5e-7)
    assert result["rank_biserial"] == 1.0


def test_wilcoxon_is_exact_like_r_on_hollander_wolfe_depression_data():
    # R 4.x, wilcox.test(x, y, paired = TRUE, alternative = "greater"): V = 40, p-value = 0.01953;
    # the exact two-sided p is twice that, 0.0390625 (= 40/1024).
    result = statistics.wilcoxon_signed_rank([x - y for x, y in zip(DEPRESSION_X, DEPRESSION_Y, strict=True)])
    assert result["method"] == "exact"
    assert result["v"] == 40.0
    assert result["p"] == pytest.approx(0.0390625, abs=1e-12)
    # (W+ - W-)/(W+ + W-) with W+ = 40, W- = 45 - 40 = 5.
    assert result["rank_biserial"] == pytest.approx(35 / 45)


def test_wilcoxon_normal_branch_agrees_with_scipy_approximation_with_continuity_correction():
    gains = [2, -1, 3, 3, -2, 0, 4, 1, -1, 2, 5, 2]  # ties and a zero: R uses the normal approximation
    result = statistics.wilcoxon_signed_rank(gains)
    reference = stats.wilcoxon(gains, zero_method="wilcox", correction=True, method="approx")
    assert result["method"] == "normal"
    assert result["v"] == 56.5
    assert result["p"] == pytest.approx(reference.pvalue, rel=1e-12)


def test_wilcoxon_is_exact_below_fifty_differences_only():
    gains = [float(value) for value in range(1, 51)]
    gains[7] = -8.0
    assert statistics.wilcoxon_signed_rank(gains[:49])["method"] == "exact"
    at_fifty = statistics.wilcoxon_signed_rank(gains)
    assert at_fifty["method"] == "normal"
    assert at_fifty["p"] == pytest.approx(
        stats.wilcoxon(gains, correction=True, method="approx").pvalue, rel=1e-12
    )


def test_wilcoxon_without_non_zero_differences_has_no_p():
    result = statistics.wilcoxon_signed_rank([0.0, 0.0, 0.0])
    assert result["v"] == 0.0
    assert result["p"] is result["rank_biserial"] is None
    assert result["reason"] == "every difference is zero"
    assert statistics.wilcoxon_signed_rank([])["reason"] == statistics.REASON_NO_PAIRS


# --- effect sizes ---------------------------------------------------------------------------------


def test_dz_and_its_interval_match_effectsize_on_sleep():
    # effectsize::cohens_d(Pair(extra[group == 1], extra[group == 2]) ~ 1, data = sleep)
    # prints -1.28 [-2.12, -0.41]; hedges_g(...) prints -1.17. Signs flip for post - pre.
    result = statistics.paired_scores([v + 2 for v in SLEEP_1], [v + 2 for v in SLEEP_2], max_score=10)
    assert result["d_z"] == pytest.approx(1.28, abs=0.005)
    assert result["d_z_ci95"] == pytest.approx([0.41, 2.12], abs=0.005)
    assert result["g_z"] == pytest.approx(1.17, abs=0.005)


def test_dz_interval_matches_effectsize_for_a_small_effect():
    # effectsize::cohens_d(..., data = sleep, mu = -1) prints -0.47 [-1.12, 0.20].
    gains = [before - after + 1 for before, after in zip(SLEEP_1, SLEEP_2, strict=True)]
    t = statistics.paired_t(gains)["t"]
    assert t / math.sqrt(10) == pytest.approx(-0.47, abs=0.005)
    assert statistics.dz_confidence_interval(t, 10) == pytest.approx([-1.12, 0.20], abs=0.005)


def test_dz_interval_limits_put_the_observed_t_at_the_2_5_and_97_5_percent_points():
    t, n = 4.062127683382037, 10
    low, high = statistics.dz_confidence_interval(t, n)
    assert stats.nct.cdf(t, n - 1, low * math.sqrt(n)) == pytest.approx(0.975, abs=1e-9)
    assert stats.nct.cdf(t, n - 1, high * math.sqrt(n)) == pytest.approx(0.025, abs=1e-9)


def test_dz_interval_around_zero_is_plus_minus_the_normal_quantile_over_root_n():
    # P(T <= 0 | λ) = Φ(-λ) exactly, so for t = 0 the limits are ±z₀.₉₇₅/√n whatever the df.
    low, high = statistics.dz_confidence_interval(0.0, 25)
    assert low == pytest.approx(-1.959963984540054 / 5, abs=1e-9)
    assert high == pytest.approx(1.959963984540054 / 5, abs=1e-9)


def test_dz_interval_is_none_when_it_cannot_be_computed():
    assert statistics.dz_confidence_interval(2.0, 1) is None
    assert statistics.dz_confidence_interval(float("inf"), 10) is None
    # scipy's noncentral t returns NaN this far out: no interval rather than a wrong one.
    assert statistics.dz_confidence_interval(1e8, 4) is None


def test_hedges_j_follows_the_gamma_formula():
    gamma_form = math.gamma(4.5) / (math.sqrt(4.5) * math.gamma(4))
    assert statistics.hedges_j(9) == pytest.approx(gamma_form, rel=1e-12)
    assert statistics.hedges_j(9) == pytest.approx(0.9138749, abs=1e-7)
    # Hedges' approximation 1 - 3/(4·df - 1) is close for moderate df.
    assert statistics.hedges_j(30) == pytest.approx(1 - 3 / 119, abs=1e-4)


def test_hedges_j_does_not_overflow_for_large_df():
    with pytest.raises(OverflowError):
        math.gamma(1e6 / 2)  # why gammaln is needed
    assert statistics.hedges_j(1e6) == pytest.approx(1 - 3 / (4e6 - 1), rel=1e-9)


def test_hedges_j_is_undefined_for_one_degree_of_freedom():
    assert statistics.hedges_j(1) is None
    assert statistics.hedges_j(0) is None


# --- paired_scores --------------------------------------------------------------------------------


def test_paired_scores_returns_exactly_the_documented_figures():
    result = statistics.paired_scores([3, 5, 6, 2], [6, 5, 8, 4], max_score=10)
    assert set(result) == PAIRED_KEYS
    assert_plain_json(result)
    assert result["reasons"] == {}


def test_paired_scores_on_sleep_match_r_and_hand_computed_gains():
    pre = [v + 2 for v in SLEEP_1]  # shifted into 0..10 so that percentages make sense
    post = [v + 2 for v in SLEEP_2]
    result = statistics.paired_scores(pre, post, max_score=10)
    assert result["t"] == pytest.approx(4.0621, abs=5e-5)
    assert result["p_t"] == pytest.approx(0.002833, abs=5e-7)
    assert result["ci95"] == pytest.approx([0.7001142, 2.4598858], abs=5e-8)
    assert result["p_wilcoxon"] == pytest.approx(0.009091, abs=5e-7)
    assert (result["improved"], result["unchanged"], result["declined"]) == (9, 1, 0)
    assert result["pre_mean"] == pytest.approx(2.75)
    assert result["post_mean"] == pytest.approx(4.33)
    # Hake: (43.3% - 27.5%) / (100% - 27.5%).
    assert result["hake_g"] == pytest.approx((43.3 - 27.5) / 72.5)
    # d_av = d̄ / √((s₁² + s₂²)/2), with the variances from the standard library's statistics module.
    pooled = math.sqrt((pystats.variance(pre) + pystats.variance(post)) / 2)
    assert result["d_av"] == pytest.approx(1.58 / pooled)


def test_marx_cummings_c_is_the_mean_of_per_participant_changes_without_both_0_or_both_max():
    pre = [20, 80, 50, 0, 100, 40]
    post = [60, 40, 50, 0, 100, 100]
    # c on percentages: gain/(100 - pre) when up, loss/pre when down, 0 when equal; (0, 0) and
    # (100, 100) are dropped.
    expected = np.mean([40 / 80, -40 / 80, 0.0, 60 / 60])
    result = statistics.paired_scores(pre, post, max_score=100)
    assert result["marx_cummings_c"] == pytest.approx(expected)
    assert result["hake_g"] == pytest.approx((np.mean(post) - np.mean(pre)) / (100 - np.mean(pre)))


def test_a_score_rounded_just_below_the_maximum_counts_as_the_maximum():
    almost_one = math.nextafter(1.0, 0.0)  # sums of partial credits drift by an ulp or two
    pre = np.array([almost_one, 1.0])
    result = statistics.paired_scores(pre, [1.0, 1.0], max_score=1)
    assert result["marx_cummings_c"] is None  # both participants at the maximum at both phases
    assert result["unchanged"] == 2
    assert pre[0] == almost_one  # the caller's array is left alone
    assert result["reasons"]["hake_g"] == "every participant had the maximum score at pre"


def test_paired_scores_with_no_pairs_is_all_none_with_reasons():
    result = statistics.paired_scores([], [], max_score=10)
    assert result["n"] == 0
    assert (result["improved"], result["unchanged"], result["declined"]) == (0, 0, 0)
    assert_reasons_cover_nones(result)
    assert_plain_json(result)


def test_paired_scores_with_one_pair_gives_means_but_no_spread():
    result = statistics.paired_scores([3], [5], max_score=10)
    assert result["mean_gain"] == 2.0
    assert result["sd_gain"] is result["t"] is result["d_z"] is None
    assert result["reasons"]["t"] == statistics.REASON_ONE_PAIR
    assert result["p_wilcoxon"] == 1.0  # R: wilcox.test(5, 3, paired = TRUE) gives p-value = 1
    assert_reasons_cover_nones(result)
    assert_plain_json(result)


def test_paired_scores_with_equal_gains_has_no_t_or_dz_and_no_warning():
    result = statistics.paired_scores([1, 2, 3], [2, 3, 4], max_score=10)
    assert result["sd_gain"] == 0.0
    assert result["t"] is result["d_z"] is result["d_z_ci95"] is result["g_z"] is None
    assert result["d_av"] == 1.0
    assert_reasons_cover_nones(result)
    assert_plain_json(result)


def test_paired_scores_when_everyone_stays_at_zero_or_at_the_maximum():
    for score in (0, 10):
        result = statistics.paired_scores([score] * 4, [score] * 4, max_score=10)
        assert result["d_av"] is result["marx_cummings_c"] is result["p_wilcoxon"] is None
        assert_reasons_cover_nones(result)
        assert_plain_json(result)


def test_paired_scores_reject_malformed_input():
    with pytest.raises(ValueError, match="one score per matched participant"):
        statistics.paired_scores([1, 2], [1], max_score=10)
    with pytest.raises(ValueError, match="outside"):
        statistics.paired_scores([11], [5], max_score=10)
    with pytest.raises(ValueError, match="non-finite"):
        statistics.paired_scores([float("nan")], [5], max_score=10)
    with pytest.raises(ValueError, match="positive"):
        statistics.paired_scores([0], [0], max_score=0)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.tuples(st.floats(0, 100, allow_nan=False), st.floats(0, 100, allow_nan=False)),
        max_size=40,
    )
    | st.lists(st.tuples(st.integers(0, 100), st.integers(0, 100)), max_size=40)
)
def test_paired_scores_are_finite_or_none_for_any_matched_data(pairs):
    pre = [pair[0] for pair in pairs]
    post = [pair[1] for pair in pairs]
    result = statistics.paired_scores(pre, post, max_score=100)
    assert_plain_json(result)
    assert_reasons_cover_nones(result)
    assert result["improved"] + result["unchanged"] + result["declined"] == result["n"] == len(pairs)
    if result["ci95"] is not None:
        assert result["ci95"][0] <= result["mean_gain"] <= result["ci95"][1]
    if result["d_z_ci95"] is not None:
        assert result["d_z_ci95"][0] <= result["d_z"] <= result["d_z_ci95"][1]
    for key in ("p_t", "p_wilcoxon"):
        assert result[key] is None or 0 <= result[key] <= 1


# --- McNemar and Holm ------------------------------------------------------------------------------


def test_mcnemar_matches_r_binom_test():
    # R: binom.test(1, 10) gives p-value = 0.02148 (exactly 22/1024).
    assert statistics.mcnemar_exact(1, 9) == pytest.approx(22 / 1024, rel=1e-12)
    assert statistics.mcnemar_exact(9, 1) == statistics.mcnemar_exact(1, 9)
    assert statistics.mcnemar_exact(1, 9) == pytest.approx(0.02148, abs=5e-6)


def test_mcnemar_is_capped_at_one_when_b_equals_c():
    assert statistics.mcnemar_exact(5, 5) == 1.0


def test_mcnemar_without_discordant_pairs_is_one():
    assert statistics.mcnemar_exact(0, 0) == 1.0


def test_mcnemar_rejects_negative_counts():
    with pytest.raises(ValueError):
        statistics.mcnemar_exact(-1, 3)


def test_holm_matches_r_p_adjust():
    # R: p.adjust(c(0.01, 0.02, 0.03, 0.04, 0.05), "holm") gives 0.05 0.08 0.09 0.09 0.09.
    assert statistics.holm([0.01, 0.02, 0.03, 0.04, 0.05]) == pytest.approx([0.05, 0.08, 0.09, 0.09, 0.09])


def test_holm_skips_missing_p_values_and_keeps_input_order():
    # m = 4 present values: 0.01·4 = 0.04, 0.03·3 = 0.09, max(0.09, 0.04·2), max(0.09, 0.04·1).
    assert statistics.holm([0.04, 0.01, 0.03, None, 0.04]) == pytest.approx([0.09, 0.04, 0.09, None, 0.09])
    assert statistics.holm([0.5, 0.9]) == [1.0, 1.0]
    assert statistics.holm([]) == []


# --- item statistics ------------------------------------------------------------------------------

# Moodle's own fixture, mod/quiz/report/statistics/tests/fixtures/results00.csv: marks of 25 attempts
# on 7 slots (each worth 1), and the expected statistics in fixtures/qstats00.csv.
MOODLE_MARKS = [
    [1, 1, 1, 1, 1, 0, 1], [1, 1, 1, 1, 0.5, 1, 0], [1, 1, 1, 1, 0.5, 0, 1], [0, 0, 1, 1, 1, 0, 0],
    [1, 0, 1, 0, 0, 1, 0.5], [1, 1, 1, 1, 0.5, 0, 0.5], [0, 1, 1, 1, 0.5, 1, 0.5], [1, 1, 1, 0, 0.5, 1, 0.5],
    [1, 0, 1, 1, 1, 1, 1], [0, 1, 1, 0, 0.5, 1, 0.5], [0.8, 0, 1, 1, 0.5, 1, 0.5], [1, 1, 1, 0, 0.5, 1, 1],
    [1, 0, 1, 1, 0.5, 1, 0.5], [1, 0, 1, 1, 1, 0, 0.5], [0, 0, 1, 1, 0, 1, 1], [1, 0, 1, 0, 0.5, 1, 1],
    [0.8, 0, 1, 1, 0.5, 0, 1], [1, 0, 1, 1, 0, 1, 0.5], [1, 0, 1, 1, 0.5, 0, 0.5], [0, 1, 1, 0, 0.5, 1, 0],
    [1, 1, 0.3333333, 1, 0.5, 0, 0.5], [1, 1, 1, 0, 0.5, 0, 0.5], [1, 1, 1, 1, 0, 1, 0.5],
    [0, 0, 1, 0, 0.5, 1, 1], [0, 0, 1, 1, 1, 1, 1],
]  # fmt: skip
# slot: (facility, effectiveweight, discriminationindex, discriminativeefficiency) from qstats00.csv.
MOODLE_QSTATS = {
    1: (0.704, 21.2922742344, -7.0650767526, -9.4550536967),
    2: (0.48, 18.8979800309, -28.8982125772, -36.7834118938),
    3: (0.973333332, 4.443012573, -9.1230674268, -21.6545012165),
    4: (0.68, 18.9347251357, -22.6306444113, -31.4411395613),
    5: (0.52, 11.1450138688, -17.6997047674, -21.1794802584),
    6: (0.64, 9.8081339177, -45.3785178421, -56.9365974439),
    7: (0.62, 15.4788602394, -5.6543166602, -6.5043742058),
}


def test_item_statistics_match_moodles_qstats00_fixture():
    codes = [f"Q{slot}" for slot in MOODLE_QSTATS]
    rows = statistics.item_statistics(MOODLE_MARKS, MOODLE_MARKS, [1] * 7, codes)
    for row, (facility, weight, index, efficiency) in zip(rows, MOODLE_QSTATS.values(), strict=True):
        assert set(row) == ITEM_KEYS
        assert row["facility_post"] == pytest.approx(facility, abs=1e-8)
        assert row["effective_weight"] == pytest.approx(weight, abs=1e-6)
        assert row["discrimination_index"] == pytest.approx(index, abs=1e-6)
        assert row["discriminative_efficiency"] == pytest.approx(efficiency, abs=1e-6)
        # Every item of that fixture discriminates negatively.
        assert row["flags"] == ["low discriminative efficiency", "negative discrimination"]
        assert row["flagged"] is True
    assert_plain_json(rows)


SMALL_PRE = [[0, 0, 1], [0, 1, 0], [1, 0, 0], [0, 0, 1], [1, 1, 0], [0, 0, 0]]
SMALL_POST = [[1, 2, 1], [0, 1, 0], [1, 2, 1], [1, 0, 0], [1, 2, 0], [0, 1, 1]]
SMALL_MAX = [1, 2, 1]


def test_item_statistics_agree_with_an_independent_covariance_matrix_computation():
    rows = statistics.item_statistics(SMALL_PRE, SMALL_POST, SMALL_MAX, ["a", "b", "c"])
    post = np.array(SMALL_POST, dtype=float)
    total = post.sum(axis=1)
    root_cov_total = [math.sqrt(np.cov(post[:, i], total)[0, 1]) for i in range(3)]
    for i, row in enumerate(rows):
        rest = total - post[:, i]
        matrix = np.cov(np.vstack([post[:, i], rest]))  # n - 1 throughout
        assert row["discrimination_index"] == pytest.approx(100 * np.corrcoef(post[:, i], rest)[0, 1])
        best = np.cov(np.sort(post[:, i]), np.sort(rest))[0, 1]
        assert row["discriminative_efficiency"] == pytest.approx(100 * matrix[0, 1] / best)
        assert row["effective_weight"] == pytest.approx(100 * root_cov_total[i] / sum(root_cov_total))
        assert row["facility_post"] == pytest.approx(post[:, i].mean() / SMALL_MAX[i])
    assert sum(row["effective_weight"] for row in rows) == pytest.approx(100)


def test_items_are_flagged_for_low_efficiency_or_negative_discrimination():
    # Columns: a and b follow the rest of the test, c is unrelated to it, d runs against it.
    # Eight participants and whole marks keep every mean exact, so c's covariance is exactly 0.
    columns = [
        [1, 1, 1, 1, 0, 0, 0, 0],
        [2, 2, 1, 2, 1, 0, 0, 1],
        [0, 0, 1, 1, 1, 0, 0, 1],
        [0, 0, 0, 1, 0, 1, 1, 0],
    ]
    post = [list(row) for row in zip(*columns, strict=True)]
    rows = statistics.item_statistics(post, post, [1, 2, 1, 1], ["a", "b", "c", "d"])
    assert [row["flags"] for row in rows] == [
        [],
        [],
        ["low discriminative efficiency"],
        ["low discriminative efficiency", "negative discrimination"],
    ]
    assert [row["flagged"] for row in rows] == [False, False, True, True]
    assert rows[2]["discrimination_index"] == 0.0
    assert rows[3]["discrimination_index"] < 0
    assert rows[0]["discriminative_efficiency"] == pytest.approx(100)  # a's marks sort like the rest's


def test_mcnemar_counts_only_full_credit_as_correct():
    rows = statistics.item_statistics(SMALL_PRE, SMALL_POST, SMALL_MAX, ["a", "b", "c"])
    # Item b is worth 2: pre scores of 1 are partial credit, so not "correct".
    assert (rows[1]["mcnemar_b"], rows[1]["mcnemar_c"]) == (0, 3)
    assert (rows[0]["mcnemar_b"], rows[0]["mcnemar_c"]) == (0, 2)
    assert rows[1]["p_mcnemar"] == pytest.approx(0.25)  # 2 · (½)³
    assert rows[0]["p_mcnemar"] == pytest.approx(0.5)  # 2 · (½)²


def test_item_p_values_are_holm_adjusted_across_the_items():
    rows = statistics.item_statistics(SMALL_PRE, SMALL_POST, SMALL_MAX, ["a", "b", "c"])
    raw = [row["p_mcnemar"] for row in rows]
    assert [row["p_mcnemar_holm"] for row in rows] == statistics.holm(raw)


def test_an_item_everyone_gets_right_at_post_has_no_discrimination_and_is_not_flagged():
    pre = [[0, 1], [1, 0], [0, 0], [1, 1]]
    post = [[1, 1], [1, 0], [1, 0], [1, 1]]
    first = statistics.item_statistics(pre, post, [1, 1], ["easy", "other"])[0]
    assert first["discrimination_index"] is first["discriminative_efficiency"] is None
    assert "same score" in first["reasons"]["discrimination_index"]
    assert first["flagged"] is False
    assert first["effective_weight"] == 0.0  # no covariance with the total
    assert_plain_json(first)


def test_negative_covariance_with_the_total_leaves_no_effective_weight():
    post = [[1, 0, 0], [1, 0, 0], [0, 1, 1], [0, 1, 1], [0, 1, 0]]
    rows = statistics.item_statistics(post, post, [1, 1, 1], ["x", "y", "z"])
    assert rows[0]["effective_weight"] is None
    assert rows[0]["reasons"]["effective_weight"] == "negative covariance with the total score"
    assert rows[1]["effective_weight"] + rows[2]["effective_weight"] == pytest.approx(100)


def test_item_statistics_without_participants_or_with_one():
    for matrix in ([], [[1, 0]]):
        rows = statistics.item_statistics(matrix, matrix, [1, 1], ["a", "b"])
        assert [row["item"] for row in rows] == ["a", "b"]
        for row in rows:
            assert row["discrimination_index"] is None
            assert row["reasons"]["discrimination_index"]
        assert_plain_json(rows)


def test_item_statistics_reject_tables_that_do_not_match_the_items():
    with pytest.raises(ValueError):
        statistics.item_statistics([[1, 0]], [[1, 0]], [1, 1, 1], ["a", "b", "c"])
    with pytest.raises(ValueError):
        statistics.item_statistics([[1, 0]], [[1, 0], [0, 1]], [1, 1], ["a", "b"])


# --- reliability ----------------------------------------------------------------------------------

# LSAT section 6 (Bock & Lieberman 1970), 1000 examinees, as response patterns 00000 ... 11111 with
# their frequencies (R: ltm::LSAT, mirt::LSAT6).
LSAT_COUNTS = [3, 6, 2, 11, 1, 1, 3, 4, 1, 8, 0, 16, 0, 3, 2, 15,
               10, 29, 14, 81, 3, 28, 15, 80, 16, 56, 21, 173, 11, 61, 28, 298]  # fmt: skip
LSAT = [
    list(pattern)
    for pattern, count in zip(itertools.product((0, 1), repeat=5), LSAT_COUNTS, strict=True)
    for _ in range(count)
]


def test_alpha_on_lsat_equals_kr20_and_the_published_value():
    matrix = np.array(LSAT, dtype=float)
    assert matrix.mean(axis=0) == pytest.approx([0.924, 0.709, 0.553, 0.763, 0.870])  # published facilities
    result = statistics.reliability(LSAT)
    # KR-20 written with p·q and population variances (n in both denominators).
    p = matrix.mean(axis=0)
    kr20 = 5 / 4 * (1 - np.sum(p * (1 - p)) / matrix.sum(axis=1).var(ddof=0))
    assert result["alpha"] == pytest.approx(kr20, rel=1e-12)
    # ltm::descript(LSAT) reports Cronbach's alpha 0.295 for all items.
    assert result["alpha"] == pytest.approx(0.2950, abs=5e-5)
    assert (result["k"], result["n"], result["reason"]) == (5, 1000, None)


def test_alpha_on_a_hand_checked_matrix_and_its_sem():
    result = statistics.reliability([[1, 0, 1], [1, 1, 1], [0, 0, 1], [0, 0, 0]])
    # Item variances 1/3, 1/4, 1/4; totals 2, 3, 1, 0 with variance 5/3: alpha = 3/2·(1 - (5/6)/(5/3)).
    assert result["alpha"] == pytest.approx(0.75)
    assert result["sem"] == pytest.approx(math.sqrt(5 / 3) * math.sqrt(0.25))


def test_alpha_equals_the_average_covariance_form_on_likert_data():
    matrix = [[4, 5, 3, 4], [2, 3, 2, 3], [5, 5, 4, 4], [3, 2, 3, 2], [1, 2, 2, 1], [4, 4, 5, 5]]
    covariance = np.cov(np.array(matrix, dtype=float), rowvar=False)
    k = 4
    mean_variance = np.trace(covariance) / k
    mean_covariance = (covariance.sum() - np.trace(covariance)) / (k * (k - 1))
    expected = k * mean_covariance / (mean_variance + (k - 1) * mean_covariance)
    assert statistics.reliability(matrix)["alpha"] == pytest.approx(expected, rel=1e-12)


def test_negative_alpha_is_returned_unclipped_with_its_sem():
    result = statistics.reliability([[1, 0], [0, 1], [1, 1], [0, 1]])
    # Item variances 1/3 and 1/4, totals 1, 1, 2, 1 with variance 1/4: alpha = 2·(1 - (7/12)/(1/4)).
    assert result["alpha"] == pytest.approx(-8 / 3)
    # SD(T)·√(1 - alpha) = ½·√(11/3): larger than SD(T), and shown.
    assert result["sem"] == pytest.approx(0.5 * math.sqrt(11 / 3))


def test_reliability_needs_two_items_two_participants_and_varying_totals():
    assert statistics.reliability([[1], [0], [1]])["reason"] == "needs at least two items"
    assert statistics.reliability([[1, 0]])["reason"] == "needs at least two participants"
    assert statistics.reliability([])["alpha"] is None
    constant = statistics.reliability([[1, 0], [0, 1], [1, 0]])
    assert constant["alpha"] is constant["sem"] is None
    assert constant["reason"] == "total scores do not vary"
    for result in (constant, statistics.reliability([[1], [0]])):
        assert_plain_json(result)


# --- scales and follow-up -------------------------------------------------------------------------


def test_reverse_code_mirrors_the_answer_on_the_scale():
    assert statistics.reverse_code(2, 1, 5) == 4.0
    assert statistics.reverse_code(0, 0, 10) == 10.0
    assert statistics.reverse_code(None, 1, 5) is None


def test_scale_score_needs_at_least_half_the_items_answered():
    assert statistics.scale_score([4, None, 2, None]) == 3.0
    assert statistics.scale_score([4, None, None]) is None
    assert statistics.scale_score([]) is None


def test_top_two_box_is_the_share_of_answers_in_the_two_highest_categories():
    assert statistics.top_two_box([5, 4, 3, None, 1], maximum=5) == 0.5
    assert statistics.top_two_box([None, None], maximum=5) is None


def test_retention_ratio_is_the_share_of_the_immediate_gain_kept_at_follow_up():
    assert statistics.retention_ratio(40.0, 60.0, 55.0) == pytest.approx(0.75)
    assert statistics.retention_ratio(40.0, 60.0, 30.0) == pytest.approx(-0.5)
    assert statistics.retention_ratio(50.0, 50.0, 60.0) is None
    assert statistics.retention_ratio(None, 50.0, 60.0) is None
