"""Beyond the knowledge test: learning outcomes, Likert scales, the reaction survey, follow-up."""

from collections import Counter, defaultdict
from typing import Any

import numpy as np

from assessments import statistics
from assessments.items import ItemSpec
from assessments.models import (
    Attempt,
    Phase,
    Response,
)
from assessments.reports.knowledge import Report, item_matrices, item_specs_for
from assessments.reports.population import Matched, Scope, small_cell_min

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
        t0 = sum(data.pre[p].score for p in three) / len(three)
        t1 = sum(data.post[p].score for p in three) / len(three)
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


def attrition(report: Report, follow: dict[str, Any] | None) -> dict[str, Any]:
    """Who answered what, from the report's own (possibly hidden) counts."""
    return {
        "n_pre": report.n_pre,
        "n_post": report.n_post,
        "n_matched": report.n_matched,
        "n_follow_up": follow.get("n_follow_up") if follow else None,
        "lost_after_pre": report.attrition,
    }
