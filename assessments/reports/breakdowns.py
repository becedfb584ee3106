"""Breakdowns of the gain by country, institution, role, gender, delivery mode and cohort."""

from collections import defaultdict
from typing import Any

from assessments import statistics
from assessments.models import (
    Participant,
)
from assessments.reports.population import Matched, small_cell_min

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
        pre = [data.pre[p].score for p in participants]
        post = [data.post[p].score for p in participants]
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
