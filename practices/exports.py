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
from django.utils.translation import gettext_lazy
from openpyxl import Workbook

from continuum.countries import has_footnote
from continuum.text import neutralise
from practices.models import ImplementingOrganisation

COLUMNS = (
    ("title", gettext_lazy("title")),
    ("url", gettext_lazy("address")),
    ("summary", gettext_lazy("summary")),
    ("description", gettext_lazy("description")),
    ("country", gettext_lazy("country code")),
    ("country_name", gettext_lazy("country")),
    ("locality", gettext_lazy("locality")),
    ("organisations", gettext_lazy("implementing organisations")),
    ("actor_types", gettext_lazy("actor types")),
    ("phases", gettext_lazy("phases of the continuum")),
    ("target_groups", gettext_lazy("target groups")),
    ("themes", gettext_lazy("themes")),
    ("gender_considerations", gettext_lazy("gender considerations")),
    ("deliverables", gettext_lazy("deliverables and materials")),
    ("evidence_level", gettext_lazy("strength of evidence")),
    ("evidence_text", gettext_lazy("what the evidence is")),
    ("sustainability", gettext_lazy("sustainability")),
    ("transferability", gettext_lazy("transferability")),
    ("implementation_requirements", gettext_lazy("implementation requirements")),
    ("start_year", gettext_lazy("start year")),
    ("end_year", gettext_lazy("end year")),
    ("status", gettext_lazy("status")),
    ("languages", gettext_lazy("languages")),
    ("contact", gettext_lazy("contact")),
    ("sources", gettext_lazy("sources")),
    ("last_verified", gettext_lazy("last verified")),
    ("first_published", gettext_lazy("first published")),
)


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
    if any(has_footnote(row["country"]) for row in rows):
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
