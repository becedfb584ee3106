"""The demo curricula, read from their content files in curricula/content/.

    rapport-building-and-trust.md                     a curriculum: front matter only
    rapport-building-and-trust/mechanics-of-trust.md  one of its modules, listed in `modules`

A file's name is its page's slug. Every file is checked, and every problem is a `ContentFileError`
naming the file and the field (see `continuum.content_files` for the format).

The content draws on the facts of the RAN conclusion paper "Working with violent extremist or
terrorist offenders along the prison-exit continuum" (regional online expert workshop, 30 March
2022), written afresh for prison and probation staff; people in scenarios and quotes are fictional,
quotes attributed by role and country only. "Kosovo*" keeps its asterisk (`Kosovo\\*` in Markdown,
so that it is not emphasis) because the site adds the designation footnote wherever it appears.
"""

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from continuum.content_files import ContentFile, ContentFileError, read, source_files
from continuum.vocabulary import THEMES
from curricula.blocks import ModuleBodyBlock
from curricula.models import Level
from curricula.vocabulary import AUDIENCES

CONTENT = Path(__file__).parent / "content"
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
OUTCOME_CODE = re.compile(r"^[A-Z]{1,5}-\d{1,3}$")
CURRICULUM_FIELDS = ["title", "position", "summary", "themes", "audiences", "level", "duration_minutes"]
CURRICULUM_FIELDS += ["prerequisites", "modules", "outcomes"]
MODULE_FIELDS = ["title", "summary", "outcomes"]


@dataclass
class Module:
    slug: str
    title: str
    summary: str
    outcomes: list[str]  # codes from its curriculum's outcomes
    body: list[dict[str, Any]]  # StreamField data for ModulePage.body


@dataclass
class Curriculum:
    slug: str
    title: str
    position: int  # its place on /curricula/
    summary: str
    themes: list[str]
    audiences: list[str]
    level: str
    duration_minutes: int
    prerequisites: str
    outcomes: list[tuple[str, str]]  # (code, text)
    modules: list[Module]


def _open(path: Path, fields: list[str]) -> ContentFile:
    if not SLUG.match(path.stem):
        raise ContentFileError(path, "", "the file name is the page's slug: a-z, 0-9 and hyphens")
    file = read(path)
    for name in file.meta:
        if name not in fields:
            raise file.error(name, f"unknown field; use {', '.join(fields)}")
    return file


def _strings(file: ContentFile, name: str, choices=None) -> list[str]:
    values = file.get(name, list)
    for i, value in enumerate(values):
        if not isinstance(value, str) or not value.strip():
            raise file.error(f"{name}[{i}]", "should be non-empty text")
        if choices is not None and value not in choices:
            raise file.error(f"{name}[{i}]", f"unknown value '{value}'; use one of: {', '.join(choices)}")
    if len(set(values)) < len(values):
        raise file.error(name, "lists a value twice")
    return values


def _outcomes(file: ContentFile) -> list[tuple[str, str]]:
    outcomes = []
    for i, table in enumerate(file.get("outcomes", list)):
        if not isinstance(table, dict) or set(table) != {"code", "text"}:
            raise file.error(f"outcomes[{i}]", "should be an [[outcomes]] table of a code and a text")
        code, text = table["code"], table["text"]
        if not isinstance(code, str) or not OUTCOME_CODE.match(code):
            raise file.error(f"outcomes[{i}].code", "should be capitals, a hyphen and a number, e.g. RB-2")
        if not isinstance(text, str) or not 0 < len(text.strip()) <= 300:
            raise file.error(f"outcomes[{i}].text", "should be text of at most 300 characters")
        outcomes.append((code, text))
    if not outcomes or len({code for code, _ in outcomes}) < len(outcomes):
        raise file.error("outcomes", "needs at least one outcome, each with its own code")
    return outcomes


def _module(path: Path, codes: list[str]) -> Module:
    file = _open(path, MODULE_FIELDS)
    return Module(
        slug=path.stem,
        title=file.get("title"),
        summary=file.get("summary"),
        outcomes=_strings(file, "outcomes", codes),
        body=file.stream(ModuleBodyBlock()),
    )


def load_curriculum(path: Path) -> Curriculum:
    file = _open(path, CURRICULUM_FIELDS)
    if file.body.strip():
        raise file.error(f"line {file.body_line}", f"no body here: modules are files in {path.stem}/")
    level, duration = file.get("level"), file.get("duration_minutes", int)
    if level not in Level.values:
        raise file.error("level", f"unknown level '{level}'; use one of: {', '.join(Level.values)}")
    if isinstance(duration, bool) or duration <= 0:
        raise file.error("duration_minutes", "should be a whole number of minutes above 0")
    outcomes = _outcomes(file)
    listed, folder = _strings(file, "modules"), path.with_suffix("")
    for slug in listed:
        if not (folder / f"{slug}.md").is_file():
            raise file.error("modules", f"'{slug}' is listed but {folder / slug}.md does not exist")
    for extra in source_files(folder) if folder.is_dir() else []:
        if extra.stem not in listed:
            raise ContentFileError(extra, "", f"a module not listed in 'modules' of {path.name}")
    return Curriculum(
        slug=path.stem,
        title=file.get("title"),
        position=file.get("position", int),
        summary=file.get("summary"),
        themes=_strings(file, "themes", [theme.slug for theme in THEMES]),
        audiences=_strings(file, "audiences", [slug for slug, _ in AUDIENCES]),
        level=level,
        duration_minutes=duration,
        prerequisites=file.get("prerequisites", default=""),
        outcomes=outcomes,
        modules=[_module(folder / f"{slug}.md", [code for code, _ in outcomes]) for slug in listed],
    )


def load_curricula(folder: Path = CONTENT) -> list[Curriculum]:
    """Every curriculum in the folder, in the order of their `position`."""
    curricula = [load_curriculum(path) for path in source_files(folder)]
    for sub in sorted(p for p in folder.iterdir() if p.is_dir()):
        if not sub.with_suffix(".md").is_file():
            raise ContentFileError(sub, "", f"a folder of modules without its curriculum file {sub.name}.md")
    positions = [c.position for c in curricula]
    for c in curricula:
        if positions.count(c.position) > 1:
            raise ContentFileError(
                folder / f"{c.slug}.md", "position", f"{c.position} is another curriculum's too"
            )
    return sorted(curricula, key=lambda c: c.position)
