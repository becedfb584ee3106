"""What a reader sees of the demo, as a comparable fingerprint: every page's title, type, block
types and word count, every instrument's items, every cohort. `tests/site/demo_fingerprint.json`
holds it as the demo was when its content moved from Python literals to data files, so that a
change to the loaders that changes what users see fails a test."""

import json
import re

from django.db import models
from django.utils.html import strip_tags
from modelcluster.models import get_all_child_relations
from wagtail.fields import StreamField
from wagtail.models import Page

WORD = re.compile(r"\w+")


def _words(value) -> int:
    if isinstance(value, str):
        return len(WORD.findall(strip_tags(value)))
    if isinstance(value, dict):
        return sum(_words(v) for v in value.values())
    if isinstance(value, list | tuple):
        return sum(_words(v) for v in value)
    return 0


def _block_types(raw) -> list:
    return [
        [block["type"], *(_block_types(block["value"]) if isinstance(block["value"], list) else [])]
        for block in raw
    ]


def _text_words(obj, skip=()) -> dict:
    counts = {}
    for field in obj._meta.concrete_fields:
        if field.name in skip or field.model is Page:
            continue
        if isinstance(field, StreamField):
            counts[field.name] = _words([block["value"] for block in getattr(obj, field.name).raw_data])
        elif isinstance(field, models.CharField | models.TextField) and not field.choices:
            counts[field.name] = _words(getattr(obj, field.name))
    return counts


def _page(page) -> dict:
    blocks = {
        field.name: _block_types(list(getattr(page, field.name).raw_data))
        for field in page._meta.concrete_fields
        if isinstance(field, StreamField)
    }
    related = {}
    for relation in get_all_child_relations(page):
        children = getattr(page, relation.get_accessor_name()).all()
        related[relation.get_accessor_name()] = [_text_words(child) for child in children]
    for field in page._meta.many_to_many:
        if field.model is not Page:
            related[field.name] = sorted(str(item) for item in getattr(page, field.name).all())
    return {
        "title": page.title,
        "type": page.specific_class.__name__,
        "blocks": blocks,
        "words": _text_words(page, skip={"slug", "search_description"}),
        "related": related,
    }


def fingerprint() -> dict:
    from assessments.models import Cohort, Instrument

    return {
        "pages": {p.url_path: _page(p) for p in Page.objects.filter(depth__gt=1).specific().order_by("path")},
        "instruments": {
            i.slug: {
                "title": i.title,
                "kind": i.kind,
                "items": [[b["type"], b["value"]["code"]] for b in i.items.raw_data],
                "words": _words([b["value"] for b in i.items.raw_data]) + _words(i.instructions),
            }
            for i in Instrument.objects.order_by("slug")
        },
        "cohorts": {
            c.slug: [c.title, c.curriculum.slug, c.country.code] for c in Cohort.objects.order_by("slug")
        },
    }


def as_json(data: dict) -> str:
    return json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False) + "\n"
