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

from assessments.statistics._base import (
    REASON_CONSTANT_GAIN,
    REASON_NO_PAIRS,
    REASON_ONE_PAIR,
    Interval,
    ItemFlag,
)
from assessments.statistics.gain import (
    dz_confidence_interval,
    hedges_j,
    paired_scores,
    paired_t,
    retention_ratio,
    welch_difference,
    wilcoxon_signed_rank,
)
from assessments.statistics.items import holm, item_statistics, mcnemar_exact, reliability
from assessments.statistics.scales import reverse_code, scale_score, top_two_box

__all__ = [
    "REASON_CONSTANT_GAIN",
    "REASON_NO_PAIRS",
    "REASON_ONE_PAIR",
    "Interval",
    "ItemFlag",
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
