from django import template
from django.utils.translation import gettext, ngettext

register = template.Library()


@register.filter
def duration(minutes: int | None) -> str:
    """`45` → "45 minutes"; `150` → "2 h 30 min"; `240` → "4 hours"."""
    if not minutes:
        return ""
    hours, rest = divmod(int(minutes), 60)
    if not hours:
        return ngettext("%(count)d minute", "%(count)d minutes", rest) % {"count": rest}
    if not rest:
        return ngettext("%(count)d hour", "%(count)d hours", hours) % {"count": hours}
    return gettext("%(hours)d h %(minutes)d min") % {"hours": hours, "minutes": rest}


@register.filter
def visible_to_request(page, request) -> bool:
    """Whether `request` may open `page`: live, and passing its view restrictions (privacy)."""
    if page is None or not page.live:
        return False
    return all(restriction.accept_request(request) for restriction in page.get_view_restrictions())


@register.filter
def footnote_mark(country_code) -> str:
    """`{{ page.country.name }}{{ page.country.code|footnote_mark }}`: the designation footnote's
    mark after a country name that needs it (see continuum.countries)."""
    from django.utils.safestring import mark_safe

    from continuum.countries import MARK, has_footnote

    return mark_safe(f"<sup>{MARK}</sup>") if has_footnote(str(country_code or "")) else ""  # noqa: S308
