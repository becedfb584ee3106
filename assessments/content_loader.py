"""The demo's assessments, read from their content files in assessments/content/.

    instruments/<slug>.md  an instrument: front matter (title, kind, feedback_policy, instructions,
                           likert_labels), its items as `::: <kind>` blocks of InstrumentItemsBlock
    cohorts/<slug>.md      a demo cohort and how its synthetic group behaves: front matter only
    plans.toml             each demo curriculum's evaluation plan, naming instruments by file name
    respondents.toml       how synthetic participants answer each item, and their profiles
    comments.md            what they write in open questions: front matter only

A file's name is its instrument's or cohort's slug; a translation is a sibling (`<slug>.sq.md`),
left out here. Every file is checked, also against the others, and every problem is a
`ContentFileError` naming the file and the field (see `continuum.content_files` for the format).
"""

import datetime
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from django_countries import countries
from wagtail import blocks

from assessments.blocks import InstrumentItemsBlock
from assessments.models import DeliveryMode, FeedbackPolicy, InstrumentKind
from assessments.models.cohorts import Gender, ServiceYears, StaffRole
from continuum.content_files import ContentFile, ContentFileError, read, source_files

CONTENT = Path(__file__).resolve().parent / "content"
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
ITEMS = InstrumentItemsBlock()
INSTRUMENT_FIELDS = ["title", "kind", "feedback_policy", "instructions", "likert_labels"]
COHORT_FIELDS = ["title", "curriculum", "institution", "country", "delivery_mode", "starts_on", "ends_on"]
COHORT_FIELDS += ["size", "ability", "gain", "follow_up_share", "roles", "institutions"]
COHORT_FIELDS += ["welfare_institutions"]
SLOTS = {slot: InstrumentKind(slot) for slot in ("knowledge", "confidence", "reaction", "behaviour")}
FOLLOW_UPS = {"retest": "retest", "behaviour": "behaviour", "none": None}
SCORED = ("single_choice", "multiple_choice", "true_false", "direct_score")
NUMBER = (int, float)


@dataclass
class DemoContent:
    instruments: dict[str, dict]  # by slug: slug, title, kind, instructions, feedback_policy, items
    plans: list[dict]  # curriculum, an instrument per slot (behaviour optional), follow_up, delay
    cohorts: list[dict]  # curriculum by curriculum in the order of plans.toml, earliest first
    knowledge_items: dict[str, dict]  # by code: pre, change, discrimination, trap (option index)
    weak_items: dict[str, str]  # by code: why the item needs rewriting
    likert_items: dict[str, dict]  # by code: offset, gain
    gender_by_role: dict[str, dict[str, int]]  # weights
    service_years: dict[str, int]  # weights
    comments: dict[str, list[str]]  # by curriculum
    behaviour_stories: list[str]


@dataclass
class _Table(ContentFile):
    """A table inside a file, read like front matter: its problems name `<table>.<field>`."""

    name: str = ""

    def error(self, where: str, message: str) -> ContentFileError:
        return ContentFileError(self.path, f"{self.name}.{where}" if where else self.name, message)


def _part(file: ContentFile, name: str) -> _Table:
    prefix = f"{file.name}." if isinstance(file, _Table) else ""
    return _Table(file.path, file.get(name, dict), "", 0, name=prefix + name)


def _known(file: ContentFile, fields, message: str = "") -> None:
    for name in file.meta:
        if name not in fields:
            raise file.error(name, message or f"unknown field; use {', '.join(fields)}")


def _open(path: Path, fields: list[str], *, body: bool = False) -> ContentFile:
    if path.suffix == ".toml":
        try:
            file = ContentFile(path, tomllib.loads(path.read_text(encoding="utf-8")), "", 0)
        except tomllib.TOMLDecodeError as error:
            raise ContentFileError(path, "", f"not valid TOML: {error}") from None
    elif not SLUG.match(path.stem):
        raise ContentFileError(path, "", "the file name is the slug: lower-case letters, digits, hyphens")
    else:
        file = read(path)
    if fields:
        _known(file, fields)
    if not body and file.body.strip():
        raise file.error(f"line {file.body_line}", "this file has front matter only")
    return file


def _choice(file: ContentFile, name: str, choices) -> str:
    value = file.get(name)
    if value not in choices:
        raise file.error(name, f"unknown value '{value}'; use one of: {', '.join(choices)}")
    return value


def _weights(file: ContentFile, name: str, keys=None) -> dict[str, int]:
    table = file.get(name, dict)
    for key, weight in table.items():
        if keys is not None and key not in keys:
            raise file.error(f"{name}.{key}", f"unknown value; use one of: {', '.join(keys)}")
        if isinstance(weight, bool) or not isinstance(weight, int) or weight < 1:
            raise file.error(f"{name}.{key}", "should be a weight: a whole number above 0")
    if not table:
        raise file.error(name, "is empty")
    return table


def _strings(file: ContentFile, name: str) -> list[str]:
    values = file.get(name, list)
    for i, value in enumerate(values):
        if not isinstance(value, str) or not value.strip():
            raise file.error(f"{name}[{i}]", "should be non-empty text")
    return values


def _stored(block: blocks.Block, value: Any) -> Any:
    """A checked block value as the admin stores it: every field, those left out at the block's
    default (empty text rather than None)."""
    if isinstance(block, blocks.StructBlock):
        return {name: _stored(child, value.get(name)) for name, child in block.child_blocks.items()}
    if isinstance(block, blocks.ListBlock):
        return [_stored(block.child_block, item) for item in value or []]
    if value is not None:
        return value
    if isinstance(block, blocks.BooleanBlock):
        return False
    default = block.get_default()
    return "" if default is None else block.get_prep_value(default)


def load_instrument(path: Path) -> dict:
    file = _open(path, INSTRUMENT_FIELDS, body=True)
    labels = file.get("likert_labels", list, default=None)
    items = file.stream(ITEMS, defaults={"likert": {"labels": labels}} if labels is not None else {})
    if not items:
        raise file.error("body", "an instrument needs at least one item ('::: <kind>' block)")
    return {
        "slug": path.stem,
        "title": file.get("title"),
        "kind": _choice(file, "kind", InstrumentKind.values),
        "instructions": file.get("instructions", default=""),
        "feedback_policy": _choice(file, "feedback_policy", FeedbackPolicy.values),
        "items": [(item["type"], _stored(ITEMS.child_blocks[item["type"]], item["value"])) for item in items],
    }


def load_plans(path: Path, instruments: dict[str, dict]) -> list[dict]:
    file, plans = _open(path, []), []
    for curriculum in file.meta:
        if not SLUG.match(curriculum):
            raise file.error(curriculum, "should be a [<curriculum slug>] table")
        table = _part(file, curriculum)
        _known(table, [*SLOTS, "follow_up", "follow_up_delay_days"])
        plan: dict[str, Any] = {"curriculum": curriculum}
        for slot, kind in SLOTS.items():
            if slot == "behaviour" and slot not in table.meta:
                continue
            slug = table.get(slot)
            if slug not in instruments:
                raise table.error(slot, f"no instrument '{slug}': there is no instruments/{slug}.md")
            if instruments[slug]["kind"] != kind:
                raise table.error(slot, f"'{slug}' is a {instruments[slug]['kind']} instrument, not {kind}")
            plan[slot] = instruments[slug]
        plan["follow_up"] = FOLLOW_UPS[_choice(table, "follow_up", FOLLOW_UPS)]
        if plan["follow_up"] == "behaviour" and "behaviour" not in plan:
            raise table.error("follow_up", "is 'behaviour', but the plan names no behaviour instrument")
        plan["follow_up_delay_days"] = table.get("follow_up_delay_days", int)
        plans.append(plan)
    return plans


def load_cohort(path: Path, curricula: list[str]) -> dict:
    file = _open(path, COHORT_FIELDS)
    starts_on, ends_on = file.get("starts_on", datetime.date), file.get("ends_on", datetime.date)
    if ends_on < starts_on:
        raise file.error("ends_on", "is before starts_on")
    size, share = file.get("size", int), file.get("follow_up_share", NUMBER)
    if isinstance(size, bool) or size < 1:
        raise file.error("size", "should be a whole number above 0")
    if not 0 <= share <= 1:
        raise file.error("follow_up_share", "should be a share between 0 and 1")
    if file.get("curriculum") not in curricula:
        raise file.error("curriculum", f"plans.toml has no plan for '{file.get('curriculum')}'")
    if not countries.alpha2(file.get("country")):
        raise file.error("country", "should be a country's two-letter code, e.g. BA")
    cohort = {
        "slug": path.stem,
        **{name: file.get(name) for name in ("title", "curriculum", "institution", "country")},
        "delivery_mode": _choice(file, "delivery_mode", DeliveryMode.values),
        "starts_on": starts_on,
        "ends_on": ends_on,
        "size": size,
        "roles": _weights(file, "roles", StaffRole.values),
        "institutions": _weights(file, "institutions"),
        **{name: file.get(name, NUMBER) for name in ("ability", "gain")},
        "follow_up_share": share,
    }
    if "welfare_institutions" in file.meta:
        cohort["welfare_institutions"] = _weights(file, "welfare_institutions")
    return cohort


def _knowledge_item(table: _Table, kind: str | None, value: dict) -> dict:
    if kind not in SCORED:
        raise table.error("", "no instrument has a scored item with this code")
    _known(table, ["pre", "change", "discrimination", "trap"])
    item = {name: table.get(name, NUMBER) for name in ("pre", "change", "discrimination")}
    if not 0 <= item["pre"] <= 1:
        raise table.error("pre", "should be a chance between 0 and 1")
    trap = table.get("trap", default=None)
    if trap is not None:
        options = value.get("options", [])
        index = ord(trap) - ord("A") if re.fullmatch("[A-J]", trap) else -1
        if kind != "single_choice" or not 0 <= index < len(options) or options[index]["correct"]:
            raise table.error("trap", "should be the letter of a wrong option of the item (A = the first)")
        trap = index
    return {**item, "trap": trap}


def _likert_item(table: _Table) -> dict:
    _known(table, ["offset", "gain"])
    return {"offset": table.get("offset", NUMBER), "gain": table.get("gain", NUMBER, default=1.0)}


def load_respondents(path: Path, instruments: dict[str, dict]) -> dict[str, Any]:
    file = _open(path, ["knowledge_items", "weak_items", "likert_items", "gender_by_role", "service_years"])
    items = {value["code"]: (kind, value) for i in instruments.values() for kind, value in i["items"]}
    knowledge, likert, why = (_part(file, name) for name in ("knowledge_items", "likert_items", "weak_items"))
    _known(why, items, "no instrument has an item with this code")
    _known(likert, [code for code, (kind, _) in items.items() if kind == "likert"], "no such Likert item")
    genders = _part(file, "gender_by_role")
    _known(genders, StaffRole.values)
    return {
        "knowledge_items": {
            code: _knowledge_item(_part(knowledge, code), *items.get(code, (None, {})))
            for code in knowledge.meta
        },
        "weak_items": {code: why.get(code) for code in why.meta},
        "likert_items": {code: _likert_item(_part(likert, code)) for code in likert.meta},
        "gender_by_role": {role: _weights(genders, role, Gender.values) for role in genders.meta},
        "service_years": _weights(file, "service_years", ServiceYears.values),
    }


def load(folder: Path = CONTENT) -> DemoContent:
    """Every file of the demo's assessments, checked, also against each other. Needs the database:
    an item's theme is one of the themes there."""
    instruments = {path.stem: load_instrument(path) for path in source_files(folder / "instruments")}
    plans = load_plans(folder / "plans.toml", instruments)
    curricula = [plan["curriculum"] for plan in plans]
    cohorts = [load_cohort(path, curricula) for path in source_files(folder / "cohorts")]
    cohorts.sort(key=lambda cohort: (curricula.index(cohort["curriculum"]), cohort["starts_on"]))
    comments_file = _open(folder / "comments.md", ["behaviour_stories", "comments"])
    comments = _part(comments_file, "comments")
    _known(comments, curricula)
    return DemoContent(
        instruments=instruments,
        plans=plans,
        cohorts=cohorts,
        **load_respondents(folder / "respondents.toml", instruments),
        comments={curriculum: _strings(comments, curriculum) for curriculum in comments.meta},
        behaviour_stories=_strings(comments_file, "behaviour_stories"),
    )
