"""Server-rendered SVG charts (pygal), readable without JavaScript, each shown with its table."""

import pygal
from django.db.models import Count, QuerySet
from django_countries import countries

from continuum.charts import CHART_STYLE, render_svg
from continuum.countries import country_label
from practices.models import ContinuumStage


def country_phase_table(practices: QuerySet) -> tuple[list[str], list[dict]]:
    """Rows of (country, count per phase, total), from two aggregate queries."""
    phases = list(ContinuumStage.objects.values_list("slug", "name"))
    practices = practices.order_by()  # page ordering (path) would otherwise join the GROUP BY
    per_phase = practices.values_list("country", "phases__slug").annotate(n=Count("pk", distinct=True))
    totals = dict(practices.values_list("country").annotate(n=Count("pk")).values_list("country", "n"))
    cells: dict[str, dict[str, int]] = {}
    for country, phase, n in per_phase:
        if phase:
            cells.setdefault(country, {})[phase] = n
    rows = [
        {
            "code": code,
            "country": str(countries.name(code)),
            "by_phase": [cells.get(code, {}).get(slug, 0) for slug, _name in phases],
            "total": total,
        }
        for code, total in sorted(totals.items(), key=lambda item: str(countries.name(item[0])))
    ]
    return [name for _slug, name in phases], rows


def country_phase_svg(phase_names: list[str], rows: list[dict], *, title: str) -> bytes:
    chart = pygal.HorizontalStackedBar(
        style=CHART_STYLE,
        width=800,
        height=max(240, 60 + 36 * len(rows)),
        legend_at_bottom=True,
        print_values=False,
        js=[],  # no scripts fetched from pygal's CDN
        disable_xml_declaration=False,
        title=title,
    )
    # pygal draws the first label at the bottom; reversed, the chart reads top-down like the table.
    rows = list(reversed(rows))
    chart.x_labels = [country_label(row["code"], row["country"]) for row in rows]
    for index, name in enumerate(phase_names):
        chart.add(name, [row["by_phase"][index] for row in rows])
    return render_svg(chart)
