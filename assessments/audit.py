"""The audit trail of personal data, kept in Wagtail's audit log and shown in the admin's site history.

Every evaluation export and download, results import and export, paper entry, cohort creation and
participant removal writes one `PersonalDataLogEntry`: who (the user, or none on the command line),
when, the object it concerns (a cohort or a curriculum page), and in `data` only the scope (slugs,
phase, instrument, kind, filters), row counts and the file's name or format. Never answers,
participant codes, pseudonyms or names: the functions below take nothing else.

Call them after the operation succeeded, never when a form error stopped it."""

import csv
import io
from pathlib import PurePath

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from wagtail.log_actions import LogFormatter

from assessments.models import Cohort, PersonalDataLogEntry, Phase
from assessments.models.audit import COMMAND_LINE
from curricula.models import CurriculumPage

EVALUATION_EXPORT = "continuum.evaluation_export"
RESULTS_IMPORT = "continuum.results_import"
RESULTS_EXPORT = "continuum.results_export"
PAPER_ENTRY = "continuum.paper_entry"
COHORT_CREATE = "continuum.cohort_create"
PARTICIPANT_REMOVE = "continuum.participant_remove"

SCOPE_KEYS = frozenset({"curriculum", "cohort", "phase", "instrument", "version", "kind", "filters"})
MAX_FILE_NAME = 120


def _file_name(name: str | None) -> str:
    """The name without its folders (a path may hold a person's user name), cut to a sane length."""
    return PurePath(name or "").name[:MAX_FILE_NAME]


def _count(value) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise TypeError(f"An audit count must be a whole number, not {value!r}.")
    return value


def csv_rows(text: str) -> int:
    """The data rows of a CSV file with a header line (quoted line breaks kept in their row)."""
    return max(0, sum(1 for row in csv.reader(io.StringIO(text)) if row) - 1)


def _scalar(value):
    if value is None or isinstance(value, (str, int, bool)):
        return value
    return str(value)  # dates of filters


def record(
    action: str,
    *,
    user,
    instance,
    scope: dict,
    rows: int,
    file: str = "",
    format: str = "",
    counts: dict[str, int] | None = None,
) -> PersonalDataLogEntry:
    """Write one entry. `instance` is a cohort or a curriculum page, whose title names the entry;
    `scope` takes only the keys in SCOPE_KEYS, and `counts` only whole numbers."""
    if not isinstance(instance, (Cohort, CurriculumPage)):
        # Not a participant, say: an entry is named after its object, and a participant's name
        # is their pseudonym.
        raise TypeError("Audit entries concern a cohort or a curriculum.")
    unknown = set(scope) - SCOPE_KEYS
    if unknown:
        raise ValueError(f"Not an audit scope: {', '.join(sorted(unknown))}.")
    clean_scope = {
        key: (
            {name: _scalar(v) for name, v in value.items() if v not in (None, "")}
            if key == "filters"
            else _scalar(value)
        )
        for key, value in scope.items()
        if value not in (None, "", {})
    }
    data = {
        "scope": clean_scope,
        "rows": _count(rows),
        "counts": {name: _count(value) for name, value in (counts or {}).items()},
        "file": _file_name(file),
        "format": format,
        "via": "web" if user is not None else COMMAND_LINE,
    }
    return PersonalDataLogEntry.objects.log_action(
        instance,
        action,
        user=user if user is not None and user.is_authenticated else None,
        title=str(instance.title),
        data=data,
    )


# --- One function per event ---------------------------------------------------------------------


def evaluation_exported(
    *, user, curriculum, cohort=None, kind: str, format: str, rows: int, file: str = "", tables=None
):
    """An evaluator's export (kind "data": ZIP or workbook) or JSON report (kind "report")."""
    return record(
        EVALUATION_EXPORT,
        user=user,
        instance=cohort or curriculum,
        scope={"curriculum": curriculum.slug, "cohort": cohort.slug if cohort else None, "kind": kind},
        rows=rows,
        file=file,
        format=format,
        counts=tables,
    )


def results_imported(*, user, cohort, file: str, report):
    """A results file imported entirely (`report` is importing.ImportReport, and was ok)."""
    return record(
        RESULTS_IMPORT,
        user=user,
        instance=cohort,
        scope={"curriculum": cohort.curriculum.slug, "cohort": cohort.slug},
        rows=report.rows,
        file=file,
        format="csv",
        counts={
            "attempts_created": report.attempts_created,
            "attempts_unchanged": report.attempts_unchanged,
            "participants_created": report.participants_created,
            "instruments_created": len(report.instruments_created),
        },
    )


def results_exported(*, user, cohort, rows: int, file: str = ""):
    return record(
        RESULTS_EXPORT,
        user=user,
        instance=cohort,
        scope={"curriculum": cohort.curriculum.slug, "cohort": cohort.slug},
        rows=rows,
        file=file,
        format="csv",
    )


def paper_entered(*, user, cohort, phase: str, instrument, version: int | None, created: int, unchanged: int):
    return record(
        PAPER_ENTRY,
        user=user,
        instance=cohort,
        scope={
            "curriculum": cohort.curriculum.slug,
            "cohort": cohort.slug,
            "phase": phase,
            "instrument": instrument.slug,
            "version": version,
        },
        rows=created + unchanged,
        counts={"attempts_created": created, "attempts_unchanged": unchanged},
    )


def cohort_created(*, user, cohort):
    return record(
        COHORT_CREATE,
        user=user,
        instance=cohort,
        scope={"curriculum": cohort.curriculum.slug, "cohort": cohort.slug},
        rows=0,
    )


def participants_removed(*, user, cohort, count: int):
    """For the removal of participants from a cohort (there is no such feature yet: whoever adds
    one calls this, with the number removed; never their pseudonyms)."""
    return record(
        PARTICIPANT_REMOVE,
        user=user,
        instance=cohort,
        scope={"curriculum": cohort.curriculum.slug, "cohort": cohort.slug},
        rows=count,
    )


# --- How the site history shows them ------------------------------------------------------------


def _details(data: dict, count_text: str) -> str:
    parts = [count_text] if count_text else []
    if data.get("file"):
        parts.append(data["file"])
    elif data.get("format"):
        parts.append(data["format"].upper())
    return f" ({', '.join(parts)})" if parts else ""


def _rows(n: int) -> str:
    return ngettext("%(n)s row", "%(n)s rows", n) % {"n": n}


class _Formatter(LogFormatter):
    def format_message(self, log_entry):
        data = log_entry.data or {}
        return self.describe(log_entry.label, data, data.get("scope") or {}, data.get("counts") or {})

    def describe(self, title: str, data: dict, scope: dict, counts: dict) -> str:
        raise NotImplementedError


class EvaluationExportFormatter(_Formatter):
    label = gettext_lazy("Export evaluation data")

    def describe(self, title, data, scope, counts):
        rows = data.get("rows", 0)
        if scope.get("kind") == "report":
            count = ngettext("%(n)s participant", "%(n)s participants", rows) % {"n": rows}
            text = (
                _("Downloaded the evaluation report of cohort “%(title)s”")
                if scope.get("cohort")
                else _("Downloaded the evaluation report of curriculum “%(title)s”")
            )
        else:
            count = _rows(rows)
            text = _("Exported the evaluation data of curriculum “%(title)s”")
        return text % {"title": title} + _details(data, count)


class ResultsImportFormatter(_Formatter):
    label = gettext_lazy("Import results")

    def describe(self, title, data, scope, counts):
        new, same = counts.get("attempts_created", 0), counts.get("attempts_unchanged", 0)
        count = (
            _rows(data.get("rows", 0))
            + "; "
            + ngettext("%(new)s new attempt", "%(new)s new attempts", new) % {"new": new}
            + ", "
            + _("%(same)s already in") % {"same": same}
        )
        return _("Imported results into cohort “%(title)s”") % {"title": title} + _details(data, count)


class ResultsExportFormatter(_Formatter):
    label = gettext_lazy("Export results")

    def describe(self, title, data, scope, counts):
        return _("Exported the results of cohort “%(title)s”") % {"title": title} + _details(
            data, _rows(data.get("rows", 0))
        )


class PaperEntryFormatter(_Formatter):
    label = gettext_lazy("Enter paper answers")

    def describe(self, title, data, scope, counts):
        new, same = counts.get("attempts_created", 0), counts.get("attempts_unchanged", 0)
        return _(
            "Typed in paper answers for cohort “%(title)s”, %(phase)s, %(instrument)s "
            "(%(new)s new sheets, %(same)s already in)"
        ) % {
            "title": title,
            "phase": Phase(scope["phase"]).label if scope.get("phase") in Phase.values else "",
            "instrument": scope.get("instrument", ""),
            "new": new,
            "same": same,
        }


class CohortCreateFormatter(_Formatter):
    label = gettext_lazy("Create cohort")

    def describe(self, title, data, scope, counts):
        return _("Created cohort “%(title)s” of curriculum %(curriculum)s") % {
            "title": title,
            "curriculum": scope.get("curriculum", ""),
        }


class ParticipantRemoveFormatter(_Formatter):
    label = gettext_lazy("Remove participants")

    def describe(self, title, data, scope, counts):
        n = data.get("rows", 0)
        return ngettext(
            "Removed %(n)s participant from cohort “%(title)s”",
            "Removed %(n)s participants from cohort “%(title)s”",
            n,
        ) % {"n": n, "title": title}


FORMATTERS = {
    EVALUATION_EXPORT: EvaluationExportFormatter,
    RESULTS_IMPORT: ResultsImportFormatter,
    RESULTS_EXPORT: ResultsExportFormatter,
    PAPER_ENTRY: PaperEntryFormatter,
    COHORT_CREATE: CohortCreateFormatter,
    PARTICIPANT_REMOVE: ParticipantRemoveFormatter,
}


def register_log_actions(actions) -> None:
    """Wagtail's `register_log_actions` hook (registered in wagtail_hooks.py)."""
    # register_model is how a log model joins the site history; the type it is registered for
    # routes wagtail.log_actions.log() calls, so it is the log model itself, which nothing logs
    # about: entries are written through PersonalDataLogEntry.objects.log_action (see record).
    actions.register_model(PersonalDataLogEntry, PersonalDataLogEntry)
    for action, formatter in FORMATTERS.items():
        actions.register_action(action)(formatter)
