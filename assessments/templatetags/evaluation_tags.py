"""Formatting evaluation figures: a missing figure is a dash, never "None" or "nan"."""

from django import template
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django_countries import countries

from assessments.models import DeliveryMode
from assessments.models.cohorts import Gender, ServiceYears, StaffRole
from assessments.statistics import ItemFlag
from continuum.countries import country_label

register = template.Library()
DASH = "—"


@register.filter
def num(value, places: int = 2) -> str:
    if value is None:
        return DASH
    return number_format(round(float(value), int(places)), decimal_pos=int(places))


@register.filter
def pct(value) -> str:
    """A share from 0 to 1 as a percentage."""
    if value is None:
        return DASH
    return f"{number_format(round(float(value) * 100), decimal_pos=0)}%"


@register.filter
def interval(value, places: int = 2) -> str:
    if not value:
        return DASH
    return f"[{num(value[0], places)}, {num(value[1], places)}]"


@register.filter
def pvalue(value) -> str:
    if value is None:
        return DASH
    return "< 0.001" if value < 0.001 else number_format(round(value, 3), decimal_pos=3)


@register.filter
def group_label(value: str, by: str) -> str:
    """A breakdown's value as people read it."""
    if value == "":
        return _("not stated")
    labels = {
        "country": lambda v: country_label(v, countries.name(v) or v),
        "role": lambda v: str(dict(StaffRole.choices).get(v, v)),
        "gender": lambda v: str(dict(Gender.choices).get(v, v)),
        "service_years": lambda v: str(dict(ServiceYears.choices).get(v, v)),
        "delivery_mode": lambda v: str(dict(DeliveryMode.choices).get(v, v)),
    }
    return labels.get(by, str)(value)


FLAG_DESCRIPTIONS = {
    ItemFlag.LOW_EFFICIENCY: gettext_lazy("hardly separates stronger from weaker participants"),
    ItemFlag.NEGATIVE_DISCRIMINATION: gettext_lazy("weaker participants do better on it than stronger ones"),
    ItemFlag.TOO_EASY: gettext_lazy("nearly everyone gets it right, before and after"),
}


@register.filter
def flag_descriptions(flags) -> str:
    """An item's review flags, as a reader understands them: "…; …"."""
    return "; ".join(str(FLAG_DESCRIPTIONS.get(flag, flag)) for flag in flags or ())
