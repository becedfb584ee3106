"""What the figures say, in words, with the reasons to be careful."""

from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from assessments.reports.knowledge import Report
from assessments.reports.population import small_cell_min


def effect_size_words(d: float) -> str:
    """Cohen's conventional labels (0.2, 0.5, 0.8), read loosely: a paired d_z runs larger than a
    between-groups d, which is one more reason the page says "plausibly"."""
    size = abs(d)
    if size >= 0.8:
        return _("large")
    if size >= 0.5:
        return _("medium")
    if size >= 0.2:
        return _("small")
    return _("very small")


@dataclass(frozen=True)
class Verdict:
    headline: str
    tone: str  # good, bad, unclear or none: how the page colours it
    caveats: list[str] = field(default_factory=list)


def verdict(report: Report) -> Verdict:
    """A plain-words reading of the headline, with its caveats."""
    caveats = [
        _(
            "There is no comparison group, so a change cannot be put down to the training alone: "
            "people also learn from work, from colleagues and from taking the same test twice."
        )
    ]
    if report.suppressed_because == "complement":
        headline = _(
            "Hidden: the wider report holds fewer than %(n)s more people, "
            "who could be worked out by subtraction."
        ) % {"n": small_cell_min()}
        return Verdict(headline, "none")
    if report.suppressed:
        return Verdict(_("Too few matched participants to say anything."), "none")
    score = report.score
    low_high = score.get("d_z_ci95")
    d_z = score.get("d_z")
    n = report.n_matched
    if len(report.versions) > 1:
        caveats.append(
            _(
                "The answers come from more than one version of the test; totals may not compare "
                "like with like. Choose one version in the filters to check."
            )
        )
    if n < 30:
        caveats.append(_("Only %(n)s people answered both tests, so the estimate is uncertain.") % {"n": n})
    lost = report.attrition
    if lost and lost > 0.2:
        caveats.append(
            _(
                "%(lost)s%% of those who took the pre-test did not take the post-test; "
                "if they differ from those who stayed, the gain is biased."
            )
            % {"lost": round(lost * 100)}
        )
    if d_z is None or low_high is None:
        return Verdict(_("The change cannot be estimated."), "none", caveats)
    if low_high[0] > 0:
        headline = _(
            "Scores rose after the training: a %(size)s effect (plausibly from %(low)s to %(high)s)."
        )
        tone = "good"
    elif low_high[1] < 0:
        headline = _(
            "Scores fell after the training: a %(size)s effect (plausibly from %(low)s to %(high)s)."
        )
        tone = "bad"
    else:
        headline = _("No clear change: the data fit anything from a %(low)s fall to a %(high)s rise.")
        tone = "unclear"
    words = {
        "size": effect_size_words(d_z),
        "low": effect_size_words(low_high[0]),
        "high": effect_size_words(low_high[1]),
    }
    if tone == "unclear":
        words["low"] = effect_size_words(-low_high[0])
    headline = headline % words
    return Verdict(headline, tone, caveats)
