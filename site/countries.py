"""Country names as the site shows them. Kosovo is named with an asterisk that points to the
designation footnote (site settings, in every page's footer); this is the one place that knows."""

# ISO 3166 has no code for Kosovo; XK is the user-assigned code in common use (EU, IMF).
FOOTNOTED = frozenset({"XK"})
MARK = "*"


def has_footnote(code: str | None) -> bool:
    return (code or "").upper() in FOOTNOTED


def country_label(code: str | None, name) -> str:
    """The name as plain text (form choices, chart labels): "Kosovo*"."""
    return f"{name}{MARK}" if has_footnote(code) else str(name)
