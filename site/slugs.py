"""Slugs made from titles, unique among a set of rows."""

from collections.abc import Collection

from django.db.models import QuerySet
from django.utils.text import slugify

MAX_BASE_LENGTH = 70  # leaves room for "-123" in an 80-character slug field


def unique_slug(taken: QuerySet, text: str, *, fallback: str, reserved: Collection[str] = ()) -> str:
    """`text` as a slug not yet used in `taken` (a queryset with a `slug` field): `zenica`,
    then `zenica-2`, `zenica-3`… One query, whatever the number of clashes."""
    base = slugify(text)[:MAX_BASE_LENGTH] or fallback
    if base in reserved:
        base = f"{base}-{fallback}"
    used = set(taken.filter(slug__startswith=base).values_list("slug", flat=True))
    slug, number = base, 2
    while slug in used:
        slug, number = f"{base}-{number}", number + 1
    return slug
