"""Server-rendered SVG charts (pygal): the site's chart style and script-free rendering."""

import re

from pygal.style import Style

INLINE_SCRIPT = re.compile(rb"<script\b[^>]*>.*?</script>", re.DOTALL)

CHART_STYLE = Style(
    background="white",
    plot_background="white",
    foreground="#1b1f24",
    foreground_strong="#1b1f24",
    foreground_subtle="#4a525c",
    colors=("#0b5566", "#b45309", "#176b34", "#6b4fa0", "#b3261e"),
    font_family="system-ui, sans-serif",
)


def render_svg(chart) -> bytes:
    """The chart's SVG without pygal's inline tooltip script: charts are shown as images, where
    scripts never run, and the site's CSP allows no inline script anyway. Build charts with
    `js=[]` so that nothing is fetched from pygal's CDN either."""
    return INLINE_SCRIPT.sub(b"", chart.render())
