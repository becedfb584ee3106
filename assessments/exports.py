"""Evaluation data for analysis elsewhere: tidy attempts and responses, and their codebook.

Participants appear under report pseudonyms: a keyed hash (HMAC-SHA256) of their id with a
random key made for each export and then thrown away. So the tables of one export link up, two
exports cannot be linked, and nothing leads back to a join or participant code. Only the
reports' reportable groups are exported (`reports.matched`: cohorts with at least SMALL_CELL_MIN
matched participants), and a profile answer shared by fewer than
SMALL_CELL_MIN people of the same cohort is replaced by "suppressed"."""

import csv
import hashlib
import hmac
import io
import secrets
import zipfile
from collections import Counter

from django.conf import settings
from django.utils.translation import gettext as _
from openpyxl import Workbook

from assessments import reports
from assessments.models import Attempt, EvaluationPlan, InstrumentVersion, Response
from continuum.text import neutralise

TABLES = ("attempts", "responses", "codebook")
SUPPRESSED = "suppressed"
PROFILE_COLUMNS = ("role", "gender", "service_years", "institution")


def _pseudonymiser():
    key = secrets.token_bytes(32)

    def pseudonym(participant_id: int) -> str:
        return "R-" + hmac.new(key, str(participant_id).encode(), hashlib.sha256).hexdigest()[:12]

    return pseudonym


def _attempts(plan: EvaluationPlan):
    instruments = plan.instruments_for_all_phases()
    return (
        Attempt.objects.filter(
            participant__curriculum=plan.curriculum, instrument__in=instruments, submitted_at__isnull=False
        )
        .select_related("participant__cohort", "instrument", "version")
        .order_by("participant_id", "phase", "instrument_id")
    )


def build(plan: EvaluationPlan) -> dict[str, list[dict]]:
    minimum = settings.SMALL_CELL_MIN
    # The reports' reportable population, so that no export holds a group no page may show.
    kept_groups = reports.matched(reports.Scope(curriculum=plan.curriculum, plan=plan)).groups
    attempts = [a for a in _attempts(plan) if a.participant.cohort_id in kept_groups]
    participants = {a.participant_id: a.participant for a in attempts}
    # A profile answer shared by fewer than SMALL_CELL_MIN people of the same cohort points to
    # someone that the others in the room know: it is replaced by "suppressed".
    shared = {
        column: Counter((p.cohort_id, getattr(p, column)) for p in participants.values())
        for column in PROFILE_COLUMNS
    }
    pseudonym = _pseudonymiser()

    def profile(participant, column):
        value = getattr(participant, column)
        return SUPPRESSED if value and shared[column][(participant.cohort_id, value)] < minimum else value

    attempt_rows = []
    for attempt in attempts:
        participant = attempt.participant
        cohort = participant.cohort
        attempt_rows.append(
            {
                "participant": pseudonym(participant.pk),
                "cohort": cohort.slug if cohort else "",
                "country": cohort.country.code if cohort and cohort.country else "",
                "delivery_mode": cohort.delivery_mode if cohort else "online",
                **{column: profile(participant, column) for column in PROFILE_COLUMNS},
                "phase": attempt.phase,
                "instrument": attempt.instrument.slug,
                "instrument_version": attempt.version.number,
                "submitted_on": attempt.submitted_at.date().isoformat(),
                "source": attempt.source,
                "score": attempt.score,
                "max_score": attempt.max_score,
            }
        )
    kept = {a.pk: a for a in attempts}
    response_rows = []
    responses = Response.objects.filter(attempt_id__in=list(kept)).order_by("attempt_id", "item_code")
    for response in responses.iterator(chunk_size=5000):
        attempt = kept[response.attempt_id]
        spec = attempt.version.spec(response.item_code)
        closed = spec is not None and spec.kind_rules.answer_is_exported
        response_rows.append(
            {
                "participant": pseudonym(attempt.participant_id),
                "phase": attempt.phase,
                "instrument": attempt.instrument.slug,
                "instrument_version": attempt.version.number,
                "item": response.item_code,
                "outcome": spec.outcome if spec else "",
                # Free text may name people or places: it stays out of the export.
                "answer": spec.answer_text(response.answer)
                if closed and spec and response.answer is not None
                else "",
                "score": response.score,
                "max_score": response.max_score,
            }
        )
    return {"attempts": attempt_rows, "responses": response_rows, "codebook": codebook(plan)}


VARIABLES = (
    ("attempts", "participant", "text", "Report pseudonym: a keyed hash, different in every export"),
    ("attempts", "cohort", "text", "Cohort slug; empty for online learners"),
    ("attempts", "country", "text", "ISO 3166 country of the cohort (XK: Kosovo)"),
    ("attempts", "delivery_mode", "category", "face_to_face, online, blended"),
    ("attempts", "role", "category", "Voluntary: staff role; empty when not given; 'suppressed' when rare"),
    (
        "attempts",
        "gender",
        "category",
        "Voluntary: woman, man, other; empty when not given; 'suppressed' when rare",
    ),
    (
        "attempts",
        "service_years",
        "category",
        "Voluntary: 0-2, 2-5, 6-10, 11-20, 20+; 'suppressed' when rare",
    ),
    ("attempts", "institution", "text", "Voluntary: the participant's institution; 'suppressed' when rare"),
    ("attempts", "phase", "category", "pre, post, follow_up"),
    ("attempts", "instrument", "text", "Instrument slug"),
    ("attempts", "instrument_version", "integer", "Version of the instrument that was answered"),
    ("attempts", "submitted_on", "date", "Day of submission"),
    ("attempts", "source", "category", "online, paper, import"),
    ("attempts", "score", "number", "Sum of the item scores (Likert items reverse-coded where marked)"),
    ("attempts", "max_score", "number", "Highest possible score of the version"),
    ("responses", "participant", "text", "Report pseudonym, as in attempts"),
    ("responses", "phase", "category", "pre, post, follow_up"),
    ("responses", "instrument", "text", "Instrument slug"),
    ("responses", "instrument_version", "integer", "Version answered"),
    ("responses", "item", "text", "Item code, stable across versions"),
    ("responses", "outcome", "text", "Learning-outcome code the item measures"),
    ("responses", "answer", "text", "The option(s) chosen; free text is left out"),
    ("responses", "score", "number", "Item score; Likert items reverse-coded where marked"),
    ("responses", "max_score", "number", "Item maximum"),
)


def codebook(plan: EvaluationPlan) -> list[dict]:
    rows = [
        {
            "table": table,
            "variable": name,
            "type": kind,
            "label": label,
            "instrument": "",
            "version": "",
            "item_kind": "",
        }
        for table, name, kind, label in VARIABLES
    ]
    instruments = plan.instruments_for_all_phases()
    for version in InstrumentVersion.objects.filter(instrument__in=instruments).select_related("instrument"):
        for spec in version.specs:
            label = spec.prompt + (" (reverse-coded)" if spec.reverse_coded else "")
            rows.append(
                {
                    "table": "responses",
                    "variable": spec.code,
                    "type": "number" if spec.is_scored else "text",
                    "label": label,
                    "instrument": version.instrument.slug,
                    "version": version.number,
                    "item_kind": spec.kind,
                }
            )
    return rows


def as_csv(rows: list[dict]) -> str:
    output = io.StringIO()
    if rows:
        writer = csv.DictWriter(output, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({key: neutralise("" if value is None else value) for key, value in row.items()})
    return output.getvalue()


def as_zip(tables: dict[str, list[dict]]) -> bytes:
    """The three tables as CSV files in one archive, so that one key links them."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in TABLES:
            archive.writestr(f"{name}.csv", as_csv(tables[name]))
    return buffer.getvalue()


def as_xlsx(tables: dict[str, list[dict]]) -> bytes:
    workbook = Workbook(write_only=True)
    for name in TABLES:
        sheet = workbook.create_sheet(title=name)
        rows = tables[name]
        if rows:
            sheet.append(list(rows[0]))
            for row in rows:
                sheet.append([neutralise(value) for value in row.values()])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def export_note() -> str:
    return _("Report pseudonyms differ in every export; small cohorts and rare profile answers are left out.")
