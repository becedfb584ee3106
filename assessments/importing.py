"""Import results from CSV: `participant,phase,item,score,max_score[,answer]` (the export, in the
same format, is `results_export.py`).

The whole file is checked before anything is written; it is imported entirely or not at all,
and importing it again changes nothing. `python manage.py import_results` and the trainers'
upload screen both call `import_results`.
"""

import csv
import io
import math
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from assessments import services
from assessments.blocks import ITEM_CODE_PATTERN
from assessments.items import ItemSpec
from assessments.models import (
    Attempt,
    AttemptSource,
    Cohort,
    EvaluationPlan,
    Instrument,
    InstrumentKind,
    Participant,
    Response,
)
from assessments.models.cohorts import code_digest, looks_like_participant_code
from assessments.models.instruments import PHASE_TEST_FIELDS
from continuum.slugs import unique_slug
from continuum.text import FORMULA_TRIGGERS, strip_control_characters
from curricula.models import CurriculumPage

REQUIRED_COLUMNS = ("participant", "phase", "item", "score", "max_score")
OPTIONAL_COLUMNS = ("answer",)
PHASE_FIELDS = PHASE_TEST_FIELDS  # the phases a file may name, and the plan's test for each
MAX_ROWS = 200_000


@dataclass(frozen=True)
class LineError:
    line: int | None  # the header is line 1; None for the file as a whole
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}" if self.line else self.message


@dataclass(frozen=True)
class Row:
    line: int
    participant: str
    phase: str
    item: str
    score: float
    max_score: float
    answer: str | None


@dataclass
class ImportReport:
    errors: list[LineError] = field(default_factory=list)
    rows: int = 0
    attempts_created: int = 0
    attempts_unchanged: int = 0
    participants_created: int = 0
    cohort_created: bool = False
    instruments_created: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


def _number(text: str) -> float | None:
    try:
        value = float(text.strip())
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def parse_rows(data: bytes | str) -> tuple[list[Row], list[LineError]]:
    """Check every line of the file; return the good rows and an error per bad line."""
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            return [], [
                LineError(None, _("The file is not UTF-8 text. Save it as “CSV UTF-8” and try again."))
            ]
    data = data.removeprefix("\ufeff")
    reader = csv.reader(io.StringIO(data, newline=""))
    try:
        header = [column.strip().lower() for column in next(reader)]
    except StopIteration:
        return [], [
            LineError(
                1,
                _("The file is empty: it needs the header %(header)s.")
                % {"header": ",".join(REQUIRED_COLUMNS)},
            )
        ]
    except csv.Error as error:
        return [], [LineError(1, str(error))]
    errors = [
        LineError(1, _("Missing column “%(column)s”.") % {"column": column})
        for column in REQUIRED_COLUMNS
        if column not in header
    ]
    errors += [
        LineError(1, _("Unknown column “%(column)s”.") % {"column": column})
        for column in header
        if column not in REQUIRED_COLUMNS + OPTIONAL_COLUMNS
    ]
    # A column that comes twice would be read from its first place only, its other values lost.
    errors += [
        LineError(1, _("The column “%(column)s” comes twice.") % {"column": column})
        for column in dict.fromkeys(header)
        if column in REQUIRED_COLUMNS + OPTIONAL_COLUMNS and header.count(column) > 1
    ]
    if errors:
        return [], errors
    position = {column: header.index(column) for column in header}
    rows: list[Row] = []
    first_line: dict[tuple[str, str, str], int] = {}
    # Lines are numbered as a spreadsheet numbers its rows (one per record, blank ones included),
    # not by `reader.line_num`, which counts the physical lines up to the end of the record: after
    # a cell with a line break in it, every number would point one row too far down.
    line = 1
    try:
        for line, cells in enumerate(reader, start=2):
            if not any(cell.strip() for cell in cells):
                continue
            if len(rows) + len(errors) >= MAX_ROWS:
                errors.append(LineError(line, _("The file has more than %(max)s rows.") % {"max": MAX_ROWS}))
                break
            row_errors, row = _check_row(line, cells, header, position)
            errors += row_errors
            if row is None:
                continue
            key = (row.participant, row.phase, row.item)
            if key in first_line:
                errors.append(
                    LineError(
                        line,
                        _("%(participant)s already has a %(phase)s score for %(item)s on line %(first)s.")
                        % {
                            "participant": row.participant,
                            "phase": row.phase,
                            "item": row.item,
                            "first": first_line[key],
                        },
                    )
                )
                continue
            first_line[key] = line
            rows.append(row)
    except csv.Error as error:  # raised while reading the record after the last one read
        errors.append(LineError(line + 1, str(error)))
    return rows, errors


def _unneutralise(text: str) -> str:
    """Undo `neutralise`: the export writes `'=x` for `=x`, so that no spreadsheet runs it as a
    formula; that quote is not part of the value, and importing the export must not add it."""
    if text.startswith("'") and text[1:].startswith(FORMULA_TRIGGERS):
        return text[1:]
    return text


def _check_row(line: int, cells: list[str], header: list[str], position: dict[str, int]):
    if len(cells) != len(header):
        return [
            LineError(
                line,
                _("Expected %(expected)s values, found %(found)s.")
                % {"expected": len(header), "found": len(cells)},
            )
        ], None
    # Control characters are dropped: PostgreSQL cannot store NUL, and no export format can carry
    # them (the export strips them too, so a file still round-trips).
    value = {column: strip_control_characters(cells[index]).strip() for column, index in position.items()}
    value["participant"] = _unneutralise(value["participant"])
    errors = []
    if not value["participant"] or len(value["participant"]) > 40:
        errors.append(LineError(line, _("The participant must be 1 to 40 characters.")))
    if value["phase"] not in PHASE_FIELDS:
        errors.append(
            LineError(
                line,
                _("Unknown phase “%(phase)s”: use pre, post or follow_up.") % {"phase": value["phase"][:40]},
            )
        )
    if not re.fullmatch(ITEM_CODE_PATTERN, value["item"]):
        errors.append(LineError(line, _("“%(item)s” is not an item code.") % {"item": value["item"][:40]}))
    score, max_score = _number(value["score"]), _number(value["max_score"])
    if max_score is None or max_score <= 0:
        errors.append(
            LineError(
                line, _("max_score “%(value)s” is not a number above 0.") % {"value": value["max_score"][:40]}
            )
        )
        max_score = None  # reported once: not compared with the score as well
    if score is None:
        errors.append(
            LineError(line, _("Score “%(value)s” is not a number.") % {"value": value["score"][:40]})
        )
    elif score < 0:
        errors.append(LineError(line, _("Score %(score)s is below 0.") % {"score": value["score"][:40]}))
    elif max_score is not None and score > max_score:
        errors.append(
            LineError(
                line,
                _("Score %(score)s is above max_score %(max)s.")
                % {"score": value["score"][:40], "max": value["max_score"][:40]},
            )
        )
    if errors:
        return errors, None
    answer = _unneutralise(value.get("answer") or "") or None
    return [], Row(line, value["participant"], value["phase"], value["item"], score, max_score, answer)


@dataclass
class _Target:
    """Where the file's rows go, decided before anything is written."""

    cohort: Cohort | None
    curriculum: CurriculumPage | None
    plan: EvaluationPlan | None
    new_items: dict[str, dict[str, float]]  # phase → item code → max score, for instruments to create
    # phase → item code → the instrument of the plan that asks it in that phase
    instrument_of: dict[str, dict[str, Instrument]] = field(default_factory=dict)
    new_instruments: dict[str, Instrument] = field(default_factory=dict)  # phase → instrument created


def _resolve_target(rows, *, cohort_slug, curriculum_slug, create, report) -> _Target | None:
    cohort = Cohort.objects.select_related("curriculum").filter(slug=cohort_slug).first()
    curriculum = None
    if curriculum_slug:
        curriculum = CurriculumPage.objects.with_slug(curriculum_slug).first()
        if curriculum is None:
            report.errors.append(
                LineError(None, _("There is no curriculum “%(slug)s”.") % {"slug": curriculum_slug})
            )
            return None
    if cohort is None:
        if not create:
            report.errors.append(
                LineError(
                    None,
                    _("There is no cohort “%(slug)s” (create it with --create).") % {"slug": cohort_slug},
                )
            )
            return None
        if curriculum is None:
            report.errors.append(
                LineError(None, _("To create the cohort, name its curriculum (--curriculum)."))
            )
            return None
        # The slug is the cohort's web address (`cohorts/<slug:slug>/`, at most 80 characters in
        # the database): a slug the URL cannot carry would break every page that links to it.
        if not re.fullmatch(r"[-a-zA-Z0-9_]{1,80}", cohort_slug):
            report.errors.append(
                LineError(
                    None,
                    _(
                        "“%(slug)s” is not a valid cohort slug: use at most 80 letters, digits, "
                        "hyphens and underscores."
                    )
                    % {"slug": cohort_slug[:100]},
                )
            )
            return None
    elif curriculum is not None and cohort.curriculum_id != curriculum.pk:
        report.errors.append(
            LineError(None, _("Cohort “%(slug)s” belongs to another curriculum.") % {"slug": cohort_slug})
        )
        return None
    curriculum = curriculum or cohort.curriculum
    plan = EvaluationPlan.objects.filter(curriculum=curriculum).first()
    return _Target(cohort, curriculum, plan, {})


def _check_items(rows: list[Row], target: _Target, *, create: bool, report: ImportReport) -> None:
    specs_by_phase: dict[str, dict[str, ItemSpec]] = {}
    for phase in PHASE_FIELDS:
        for instrument in target.plan.instruments_for(phase) if target.plan else []:
            version = instrument.current_version
            for spec in version.specs if version else []:
                if spec.code not in specs_by_phase.setdefault(phase, {}):
                    specs_by_phase[phase][spec.code] = spec
                    target.instrument_of.setdefault(phase, {})[spec.code] = instrument
    for row in rows:
        specs = specs_by_phase.get(row.phase)
        if specs is None:
            if not create:
                report.errors.append(
                    LineError(
                        row.line,
                        _("The plan has no %(phase)s instrument for item %(item)s (use --create).")
                        % {"phase": row.phase, "item": row.item},
                    )
                )
                continue
            known = target.new_items.setdefault(row.phase, {})
            if known.setdefault(row.item, row.max_score) != row.max_score:
                report.errors.append(
                    LineError(
                        row.line,
                        _("Item %(item)s has max_score %(max)s here but %(other)s elsewhere.")
                        % {
                            "item": row.item,
                            "max": format_number(row.max_score),
                            "other": format_number(known[row.item]),
                        },
                    )
                )
            continue
        spec = specs.get(row.item)
        if spec is None or not spec.is_scored:
            report.errors.append(
                LineError(
                    row.line,
                    _("Unknown item %(item)s for the %(phase)s phase.")
                    % {"item": row.item, "phase": row.phase},
                )
            )
        elif spec.max_score != row.max_score:
            report.errors.append(
                LineError(
                    row.line,
                    _("Item %(item)s is worth %(points)s, not %(max)s.")
                    % {
                        "item": row.item,
                        "points": format_number(spec.max_score),
                        "max": format_number(row.max_score),
                    },
                )
            )
        elif row.score < spec.min_score:
            report.errors.append(
                LineError(
                    row.line,
                    _("Item %(item)s scores from %(min)s.")
                    % {"item": row.item, "min": format_number(spec.min_score)},
                )
            )


def _resolve_participant_codes(rows: list[Row], target: _Target, report: ImportReport) -> list[Row]:
    """A participant cell written as a personal code stands for that participant of the cohort:
    the row is filed under their pseudonym. A code nobody in the cohort has is refused, so that a
    secret code never becomes a name that trainers and exports show (paper entry's rule too)."""
    by_digest = (
        {p.code_digest: p.pseudonym for p in target.cohort.participants.exclude(code_digest=None)}
        if target.cohort is not None
        else {}
    )
    resolved = []
    for row in rows:
        if looks_like_participant_code(row.participant):
            pseudonym = by_digest.get(code_digest(row.participant))
            if pseudonym is None:
                report.errors.append(
                    LineError(
                        row.line,
                        _(
                            "The participant looks like a personal participant code, but nobody in "
                            "this cohort has it. Check it letter by letter, or use a pseudonym."
                        ),
                    )
                )
                continue
            row = replace(row, participant=pseudonym)
        resolved.append(row)
    return resolved


def _group_attempts(rows: Iterable[Row], target: _Target) -> dict[tuple[str, str, str], list[Row]]:
    """Rows by (participant, phase, instrument key): a phase may ask several instruments."""
    grouped: dict[tuple[str, str, str], list[Row]] = defaultdict(list)
    for row in rows:
        instrument = target.instrument_of.get(row.phase, {}).get(row.item)
        key = instrument.slug if instrument else f"new:{row.phase}"
        grouped[(row.participant, row.phase, key)].append(row)
    return grouped


def _check_existing(grouped, target: _Target, report: ImportReport) -> set[tuple[str, str, str]]:
    """Attempts already in the database: identical ones are skipped, different ones are errors."""
    unchanged: set[tuple[str, str, str]] = set()
    if target.cohort is None:
        return unchanged
    existing = {
        (a.participant.pseudonym, a.phase, a.instrument.slug): a
        for a in Attempt.objects.filter(participant__cohort=target.cohort)
        .select_related("participant", "instrument")
        .prefetch_related("responses")
    }
    for key, rows in grouped.items():
        attempt = existing.get(key)
        if attempt is None:
            continue
        in_file = {row.item: row.score for row in rows}
        stored = {r.item_code: r.score for r in attempt.responses.all() if r.score is not None}
        if attempt.submitted_at and stored == in_file:
            unchanged.add(key)
            continue
        what = _("other scores") if attempt.submitted_at else _("an unfinished draft")
        report.errors.append(
            LineError(
                rows[0].line,
                _("%(participant)s already has a %(phase)s attempt in this cohort with %(what)s.")
                % {"participant": key[0], "phase": key[1], "what": what},
            )
        )
    return unchanged


def import_results(
    data: bytes | str, *, cohort_slug: str, curriculum_slug: str | None = None, create: bool = False
) -> ImportReport:
    report = ImportReport()
    rows, errors = parse_rows(data)
    report.errors += errors
    report.rows = len(rows)
    target = _resolve_target(
        rows, cohort_slug=cohort_slug, curriculum_slug=curriculum_slug, create=create, report=report
    )
    if target is not None:
        rows = _resolve_participant_codes(rows, target, report)
        _check_items(rows, target, create=create, report=report)
        grouped = _group_attempts(rows, target)
        unchanged = _check_existing(grouped, target, report)
    if report.errors:
        report.errors.sort(key=lambda error: error.line or 0)
        return report
    if not rows:
        report.errors.append(LineError(None, _("The file has no results to import.")))
        return report
    try:
        with transaction.atomic():
            _write(grouped, unchanged, target, cohort_slug, report)
    except IntegrityError:
        # Another import into this cohort wrote between the checks and the writing (two trainers
        # uploading at once): this one is rolled back whole, and trying again finds the other's.
        return ImportReport(
            rows=len(rows),
            errors=[
                LineError(
                    None,
                    _(
                        "Someone imported results into this cohort at the same time; nothing was "
                        "imported from this file. Import it again."
                    ),
                )
            ],
        )
    return report


def _write(grouped, unchanged, target: _Target, cohort_slug: str, report: ImportReport) -> None:
    if target.cohort is None:
        target.cohort = Cohort.objects.create(
            curriculum=target.curriculum,
            title=cohort_slug.replace("-", " ").capitalize(),
            slug=cohort_slug,
            starts_on=timezone.localdate(),
            pre_open=False,
        )
        report.cohort_created = True
    _create_instruments(target, report)
    # Bulk inserts: a year of paper tests is thousands of attempts, not thousands of queries.
    participants = {p.pseudonym: p for p in target.cohort.participants.all()}
    to_import = [(key, rows) for key, rows in grouped.items() if key not in unchanged]
    report.attempts_unchanged += len(grouped) - len(to_import)
    newcomers = sorted({pseudonym for (pseudonym, _phase, _key), _rows in to_import} - set(participants))
    created = Participant.objects.bulk_create(
        [Participant(cohort=target.cohort, curriculum=target.curriculum, pseudonym=p) for p in newcomers],
        batch_size=2000,
    )
    participants.update({participant.pseudonym: participant for participant in created})
    report.participants_created += len(created)
    now = timezone.now()
    attempts, responses = [], []
    for (pseudonym, phase, instrument_key), rows in to_import:
        instrument = (
            target.new_instruments[phase]
            if instrument_key.startswith("new:")
            else target.instrument_of[phase][rows[0].item]
        )
        version = instrument.current_version
        written = [
            Response(item_code=row.item, answer=row.answer, score=row.score, max_score=row.max_score)
            for row in rows
        ]
        totals = services.attempt_totals(version.specs, written)
        attempts.append(
            Attempt(
                participant=participants[pseudonym],
                phase=phase,
                instrument=instrument,
                version=version,
                source=AttemptSource.IMPORT,
                submitted_at=now,
                score=totals.score,
                max_score=version.max_score,  # the instrument's maximum, as for an attempt made online
                scale_scores=totals.scales,
            )
        )
        responses.append(written)
    Attempt.objects.bulk_create(attempts, batch_size=2000)  # primary keys come back (RETURNING)
    report.attempts_created += len(attempts)
    for attempt, written in zip(attempts, responses, strict=True):
        for response in written:
            response.attempt = attempt
    Response.objects.bulk_create([r for written in responses for r in written], batch_size=2000)


def _create_instruments(target: _Target, report: ImportReport) -> None:
    """One instrument per phase that has none, shared by phases with the same item codes."""
    if not target.new_items:
        return
    # A plan made for historic results must not hold online learners back from the modules.
    plan = target.plan or EvaluationPlan.objects.create(
        curriculum=target.curriculum, pre_test_before_modules=False
    )
    target.plan = plan
    made: list[tuple[dict[str, float], Instrument]] = []
    # A phase the plan lacks reuses the plan's other knowledge instrument when it asks the same items.
    for existing in (plan.pre_test, plan.post_test):
        version = existing.current_version if existing else None
        if version is not None:
            made.append(({spec.code: spec.max_score for spec in version.specs if spec.is_scored}, existing))
    for phase, items in target.new_items.items():
        instrument = next((i for known, i in made if known == items), None)
        if instrument is None:
            title = _("%(cohort)s: imported items") % {"cohort": target.cohort.title}
            # Cut to fit: a cohort's title may be as long as an instrument's may be.
            title = title[: Instrument._meta.get_field("title").max_length]
            instrument = Instrument.objects.create(
                title=title,
                slug=unique_slug(
                    Instrument.objects.all(), f"{target.cohort.slug}-imported", fallback="imported"
                ),
                kind=InstrumentKind.KNOWLEDGE,
                items=[
                    (
                        "direct_score",
                        {
                            "code": code,
                            "prompt": _("Item %(code)s (imported)") % {"code": code},
                            "points": points,
                        },
                    )
                    for code, points in sorted(items.items())
                ],
            )
            made.append((items, instrument))
            report.instruments_created.append(instrument.slug)
        setattr(plan, PHASE_FIELDS[phase], instrument)
        target.new_instruments[phase] = instrument
    plan.save()


def format_number(number: float | None) -> str:
    if number is None:
        return ""
    return str(int(number)) if float(number).is_integer() else repr(float(number))
