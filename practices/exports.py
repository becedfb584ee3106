"""The current filtered result as CSV, XLSX or JSON, with every field of every practice.

Spreadsheet cells that start with =, +, - or @ (or a tab or carriage return) would be run as
formulas by Excel or LibreOffice; they get a leading apostrophe (OWASP's advice on CSV injection).
"""

import csv
import io
import json
from collections.abc import Iterable

from django.db.models import Prefetch, QuerySet
from django.utils.translation import gettext as _
from openpyxl import Workbook

from practices.models import ImplementingOrganisation

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")

COLUMNS = (
    ("title", _("title")),
    ("url", _("address")),
    ("summary", _("summary")),
    ("description", _("description")),
    ("country", _("country code")),
    ("country_name", _("country")),
    ("locality", _("locality")),
    ("organisations", _("implementing organisations")),
    ("actor_types", _("actor types")),
    ("phases", _("phases of the continuum")),
    ("target_groups", _("target groups")),
    ("themes", _("themes")),
    ("gender_considerations", _("gender considerations")),
    ("deliverables", _("deliverables and materials")),
    ("evidence_level", _("strength of evidence")),
    ("evidence_text", _("what the evidence is")),
    ("sustainability", _("sustainability")),
    ("transferability", _("transferability")),
    ("implementation_requirements", _("implementation requirements")),
    ("start_year", _("start year")),
    ("end_year", _("end year")),
    ("status", _("status")),
    ("languages", _("languages")),
    ("contact", _("contact")),
    ("sources", _("sources")),
    ("last_verified", _("last verified")),
    ("first_published", _("first published")),
)


def neutralise(value):
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value


def _joined(items: Iterable[str]) -> str:
    return "; ".join(items)


def practice_rows(practices: QuerySet, *, request) -> list[dict]:
    """One dict per practice, every field as text or number (a fixed number of queries)."""
    practices = practices.prefetch_related(
        Prefetch("organisations", queryset=ImplementingOrganisation.objects.order_by("sort_order")),
        "actor_types",
        "phases",
        "target_groups",
        "theme_items__tag",
        "sources",
    )
    rows = []
    for practice in practices:
        rows.append(
            {
                "title": practice.title,
                "url": request.build_absolute_uri(practice.get_url(request)),
                "summary": practice.summary,
                "description": " ".join(
                    practice.description.stream_block.get_searchable_content(practice.description)
                ),
                "country": practice.country.code,
                "country_name": str(practice.country.name),
                "locality": practice.locality,
                "organisations": _joined(
                    f"{org.name} ({org.get_organisation_type_display()})"
                    for org in practice.organisations.all()
                ),
                "actor_types": _joined(term.name for term in practice.actor_types.all()),
                "phases": _joined(term.name for term in practice.phases.all()),
                "target_groups": _joined(term.name for term in practice.target_groups.all()),
                "themes": _joined(item.tag.name for item in practice.theme_items.all()),
                "gender_considerations": practice.gender_considerations,
                "deliverables": practice.deliverables,
                "evidence_level": practice.get_evidence_level_display(),
                "evidence_text": practice.evidence_text,
                "sustainability": practice.sustainability,
                "transferability": practice.transferability,
                "implementation_requirements": practice.implementation_requirements,
                "start_year": practice.start_year,
                "end_year": practice.end_year,
                "status": practice.get_status_display(),
                "languages": practice.languages,
                "contact": practice.contact,
                "sources": _joined(
                    f"{source.title} <{source.url}>" if source.url else source.title
                    for source in practice.sources.all()
                ),
                "last_verified": practice.last_verified.isoformat() if practice.last_verified else None,
                "first_published": practice.first_published_at.date().isoformat()
                if practice.first_published_at
                else None,
            }
        )
    return rows


def as_csv(rows: list[dict], notes: list[str]) -> bytes:
    """Tidy rows only: a CSV file has nowhere for footnotes that would not break a reader."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([str(label) for _key, label in COLUMNS])
    for row in rows:
        writer.writerow([neutralise("" if row[key] is None else row[key]) for key, _label in COLUMNS])
    # A byte-order mark so that Excel opens the file as UTF-8 (Albanian, Serbian, Macedonian text).
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def designation_notes(rows: list[dict], kosovo_designation: str) -> list[str]:
    """The footnotes the rows need: the Kosovo designation wherever Kosovo is named."""
    if any(row["country"] == "XK" for row in rows):
        return [f"* {_('Kosovo')}: {kosovo_designation}"]
    return []


def as_xlsx(rows: list[dict], notes: list[str]) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = _("Practices")[:31]
    sheet.append([str(label) for _key, label in COLUMNS])
    for row in rows:
        sheet.append([neutralise(row[key]) for key, _label in COLUMNS])
    sheet.freeze_panes = "A2"
    if notes:
        notes_sheet = workbook.create_sheet(_("Notes")[:31])
        for note in notes:
            notes_sheet.append([neutralise(note)])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def as_json(rows: list[dict], notes: list[str]) -> bytes:
    document = {"count": len(rows), "practices": rows, "notes": notes}
    return json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")
