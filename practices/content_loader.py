"""The demo practices, read from `practices/content/`: one `<slug>.md` per practice.

Front matter holds the practice's fields, the body its description (`continuum.content_files`).
A practice cites sources by id from `sources.toml`; `demo.toml` says in which order the demo
publishes the practices. Every problem is a `ContentFileError` naming the file and the field.
"""

import datetime
import tomllib
from pathlib import Path
from typing import Any

from django_countries import countries

from continuum.content_files import ContentFile, ContentFileError, read, source_files
from continuum.models import Theme
from curricula.models import CurriculumPage
from practices.blocks import PracticeBodyBlock
from practices.models import vocabulary as terms

CONTENT = Path(__file__).resolve().parent / "content"
TEXTS = ("locality", "gender_considerations", "deliverables", "evidence_text", "sustainability")
TEXTS += ("transferability", "implementation_requirements", "contact")
TERMS = {
    "phases": terms.ContinuumStage,
    "actor_types": terms.ActorType,
    "target_groups": terms.TargetGroup,
    "themes": Theme,
}
CHOICES = {"evidence_level": terms.EvidenceLevel.values, "status": terms.PracticeStatus.values}
OTHERS = ("title", "summary", "country", "organisations", "languages", "sources", "linked_curricula")
FIELDS = {*TEXTS, *TERMS, *CHOICES, *OTHERS, "start_year", "end_year", "last_verified", "members_only"}
COUNTRY = "an ISO 3166 alpha-2 code (Kosovo* is XK)"


def _known(file: ContentFile, where: str, value: Any, known, hint: str = "") -> Any:
    if value not in known:
        raise file.error(where, f"unknown value {value!r}; use {hint or ', '.join(sorted(known))}")
    return value


def _strings(file: ContentFile, name: str, known=None) -> list[str]:
    values = file.get(name, list, default=[])
    for position, value in enumerate(values):
        if not isinstance(value, str):
            raise file.error(f"{name}[{position}]", f"should be text, not {value!r}")
        if known is not None:
            _known(file, f"{name}[{position}]", value, known)
    return values


def _toml(path: Path) -> ContentFile:
    try:
        return ContentFile(path, tomllib.loads(path.read_text(encoding="utf-8")), "", 0)
    except tomllib.TOMLDecodeError as error:
        raise ContentFileError(path, "", f"not valid TOML: {error}") from None


def load_sources(path: Path) -> dict[str, tuple[str, str]]:
    """`[sources.<id>]` tables, each with a `title` and a `url`."""
    file = _toml(path)
    for key, source in file.get("sources", dict).items():
        texts = isinstance(source, dict) and all(isinstance(v, str) and v.strip() for v in source.values())
        if not texts or set(source) != {"title", "url"}:
            raise file.error(f"sources.{key}", 'should have title = "…" and url = "…", nothing else')
    return {key: (source["title"], source["url"]) for key, source in file.meta["sources"].items()}


def load_practice(path: Path, sources: dict, known: dict[str, set[str]]) -> dict:
    file = read(path)
    for name in sorted(set(file.meta) - FIELDS):
        raise file.error(name, f"unknown field; the fields are: {', '.join(sorted(FIELDS))}")
    organisations = file.get("organisations", list, default=[])
    for position, item in enumerate(organisations):
        if not isinstance(item, dict) or set(item) != {"name", "type"} or not isinstance(item["name"], str):
            raise file.error(f"organisations[{position}]", 'should be { name = "…", type = "…" }')
        _known(file, f"organisations[{position}].type", item["type"], terms.OrganisationType.values)
    for name, values in CHOICES.items():
        _known(file, name, file.get(name), values)
    _known(file, "country", file.get("country"), dict(countries), COUNTRY)
    return {
        "path": path,
        "slug": path.stem,
        **{name: file.get(name) for name in ("title", "summary", *CHOICES, "country")},
        **{name: file.get(name, default="") for name in TEXTS},
        **{name: _strings(file, name, known[name]) for name in (*TERMS, "linked_curricula")},
        "organisations": [(item["name"], item["type"]) for item in organisations],
        "sources": [sources[key] for key in _strings(file, "sources", sources)],
        "languages": _strings(file, "languages"),
        "start_year": file.get("start_year", int, default=None),
        "end_year": file.get("end_year", int, default=None),
        "last_verified": file.get("last_verified", datetime.date, default=None),
        "members_only": file.get("members_only", bool, default=False),
        "description": file.stream(PracticeBodyBlock()),
    }


def load_practices(folder: Path = CONTENT, *, curricula: set[str] | None = None) -> list[dict]:
    """Every practice in `folder`, checked, in the order the demo publishes them. Vocabulary terms
    are checked against the database, and so are linked curricula unless `curricula` names them."""
    sources = load_sources(folder / "sources.toml")
    known = {name: set(model.objects.values_list("slug", flat=True)) for name, model in TERMS.items()}
    if curricula is None:
        curricula = set(CurriculumPage.objects.values_list("slug", flat=True))
    known["linked_curricula"] = curricula
    practices = {path.stem: load_practice(path, sources, known) for path in source_files(folder)}
    demo = folder / "demo.toml"
    order = _strings(_toml(demo), "publish_order", practices) if demo.exists() else []
    return [practices[slug] for slug in order] + [p for slug, p in practices.items() if slug not in order]
