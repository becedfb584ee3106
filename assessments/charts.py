"""Evaluation charts as SVG (pygal), drawn on the server and shown as images with a data table.

Each function returns a `data:` URI, so a page needs no extra request per chart and the SVG's own
styles stay inside the image (the page's CSP allows `data:` images, not inline styles)."""

import base64
import math
from collections import Counter

import pygal
from django.utils.translation import gettext as _

from continuum.charts import CHART_STYLE, render_svg

MAX_SLOPES = 60  # beyond this a slope chart is a smear: show the means only


def _data_uri(chart) -> str:
    return "data:image/svg+xml;base64," + base64.b64encode(render_svg(chart)).decode()


def _chart(kind, **options):
    return kind(style=CHART_STYLE, js=[], width=720, height=360, legend_at_bottom=True, **options)


def distribution(pre: list[float], post: list[float], max_score: float) -> tuple[str, list[dict]]:
    """How many matched participants scored each total, before and after."""
    # Up to 40 bars: a test worth more points is drawn in bands of equal width.
    width = max(1, math.ceil((max_score + 1) / 40))
    bins = list(range(0, int(max_score) + 1, width))
    before = Counter(int(score // width) * width for score in pre)
    after = Counter(int(score // width) * width for score in post)
    chart = _chart(pygal.Bar, x_title=_("Total score"), y_title=_("Participants"))
    chart.x_labels = [str(b) for b in bins]
    chart.add(_("Before"), [before.get(b, 0) for b in bins])
    chart.add(_("After"), [after.get(b, 0) for b in bins])
    table = [{"score": b, "before": before.get(b, 0), "after": after.get(b, 0)} for b in bins]
    return _data_uri(chart), table


def slopes(pre: list[float], post: list[float]) -> str:
    """One line per participant from before to after (or the means, for large groups)."""
    chart = _chart(pygal.Line, show_legend=False, y_title=_("Total score"), dots_size=2)
    chart.x_labels = [_("Before"), _("After")]
    if len(pre) <= MAX_SLOPES:
        for before, after in zip(pre, post, strict=True):
            chart.add("", [before, after], stroke_style={"width": 1})
    chart.add(_("Mean"), [sum(pre) / len(pre), sum(post) / len(post)], stroke_style={"width": 4})
    return _data_uri(chart)


def bars(labels: list[str], series: dict[str, list[float | None]], *, y_title: str) -> str:
    chart = _chart(pygal.HorizontalBar if len(labels) > 6 else pygal.Bar, y_title=y_title)
    chart.x_labels = labels
    for name, values in series.items():
        chart.add(name, [None if v is None else round(v, 3) for v in values])
    return _data_uri(chart)
