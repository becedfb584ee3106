"""Typing in paper answer sheets: a grid with one row per sheet and one cell per item.

Cells take what is written on paper: a letter (A, B, …) or number for a choice, several letters
for multiple choice (`AC`), T or F, a point of a Likert scale, a score, or text. The grid is
checked whole before anything is saved, and a sheet already typed in is not counted twice."""

from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.utils.functional import cached_property
from django.utils.translation import gettext as _

from assessments import services
from assessments.item_kinds import CellError
from assessments.items import ItemSpec
from assessments.models import Attempt, AttemptSource, Cohort, Instrument, Participant
from assessments.models.cohorts import code_digest, looks_like_participant_code
from continuum.codes import normalise_code
from continuum.text import has_visible_text, strip_control_characters

DEFAULT_ROWS = 25
MAX_ROWS = 200


def parse_cell(spec: ItemSpec, text: str) -> Any:
    """The answer a cell's text stands for, or None for an empty cell (CellError if it reads as
    nothing the item can be given)."""
    text = text.strip()
    return spec.kind_rules.parse_cell(spec, text) if text else None


def cell_hint(spec: ItemSpec) -> str:
    return spec.kind_rules.cell_hint(spec)


@dataclass(frozen=True)
class Saved:
    created: int
    unchanged: int


class EntryGrid:
    def __init__(
        self,
        specs: list[ItemSpec],
        *,
        cohort: Cohort,
        phase: str,
        instrument: Instrument,
        data=None,
        rows=None,
    ):
        self.specs, self.cohort, self.phase, self.instrument = specs, cohort, phase, instrument
        self.data = data
        try:
            wanted = int(data.get("rows") if data is not None else rows or DEFAULT_ROWS)
        except (TypeError, ValueError):
            wanted = DEFAULT_ROWS
        self.row_count = min(max(wanted, 1), MAX_ROWS)
        self.errors: dict[tuple[int, str], str] = {}
        self.sheets: list[tuple[int, str, dict[str, Any]]] = []  # (row, label, answers)
        self._unchanged: set[str] = set()

    @property
    def columns(self) -> list[dict]:
        """Each item with what its cells accept, for the column headings."""
        return [{"spec": spec, "hint": cell_hint(spec)} for spec in self.specs]

    def value(self, row: int, name: str) -> str:
        text = self.data.get(f"r{row}-{name}", "") if self.data is not None else ""
        return strip_control_characters(text[:2000])

    def rows(self):
        """What the template draws: each row's label cell and item cells, with values and errors."""
        for row in range(self.row_count):
            yield {
                "index": row,
                "label": self.value(row, "participant"),
                "label_error": self.errors.get((row, "participant")),
                "cells": [
                    {
                        "spec": spec,
                        "name": f"r{row}-{spec.code}",
                        "value": self.value(row, spec.code),
                        "error": self.errors.get((row, spec.code)),
                    }
                    for spec in self.specs
                ],
            }

    @property
    def error_count(self) -> int:
        return len(self.errors)

    def is_valid(self) -> bool:
        if self.data is None:
            return False
        seen: dict[str, int] = {}
        for row in range(self.row_count):
            label = self.value(row, "participant").strip()
            if not has_visible_text(label):
                label = ""  # only invisible characters: no label at all
            answers = {}
            for spec in self.specs:
                try:
                    answer = parse_cell(spec, self.value(row, spec.code))
                except CellError as error:
                    self.errors[(row, spec.code)] = str(error)
                    continue
                if answer is not None:
                    answers[spec.code] = answer
            has_cells = any(self.value(row, spec.code).strip() for spec in self.specs)
            if not label:
                if has_cells:
                    self.errors[(row, "participant")] = _("Write the code from the sheet's box.")
                continue
            if len(label) > 40:
                self.errors[(row, "participant")] = _("At most 40 characters.")
                continue
            if not answers:
                if (row, "participant") not in self.errors and not any(
                    (row, spec.code) in self.errors for spec in self.specs
                ):
                    self.errors[(row, "participant")] = _(
                        "This sheet has no answers: type them, or clear the code."
                    )
                continue
            if looks_like_participant_code(label) and self._participant(label) is None:
                # A participant code must never become a name that trainers can read.
                self.errors[(row, "participant")] = _(
                    "This looks like a participant code, but nobody in this cohort has it. "
                    "Check it letter by letter, or write a pseudonym instead."
                )
                continue
            key = normalise_code(label)
            if key in seen:
                self.errors[(row, "participant")] = _("Row %(row)s has the same code.") % {
                    "row": seen[key] + 1
                }
                continue
            seen[key] = row
            self.sheets.append((row, label, answers))
        if not self.sheets and not self.errors:
            self.errors[(0, "participant")] = _("Type at least one answer sheet.")
        self._check_already_in()
        return not self.errors

    @cached_property
    def _cohort_participants(self) -> tuple[dict[str, Participant], dict[str, Participant]]:
        """The cohort's participants by code digest and by pseudonym, loaded once per grid."""
        people = list(self.cohort.participants.all())
        return (
            {p.code_digest: p for p in people if p.code_digest},
            {p.pseudonym: p for p in people},
        )

    def _participant(self, label: str) -> Participant | None:
        by_digest, by_pseudonym = self._cohort_participants
        return by_digest.get(code_digest(normalise_code(label))) or by_pseudonym.get(label)

    def _check_already_in(self) -> None:
        """Sheets typed in before: the same answers are skipped, different ones are errors."""
        submitted = {
            attempt.participant_id: attempt
            for attempt in Attempt.objects.submitted()
            .filter(participant__cohort=self.cohort, phase=self.phase, instrument=self.instrument)
            .prefetch_related("responses")
        }
        for row, label, answers in self.sheets:
            participant = self._participant(label)
            attempt = submitted.get(participant.pk) if participant else None
            if attempt is None:
                continue
            stored = {r.item_code: r.answer for r in attempt.responses.all() if r.answer is not None}
            if stored == answers:
                self._unchanged.add(label)
            else:
                self.errors[(row, "participant")] = _(
                    "%(label)s has already submitted different answers."
                ) % {"label": label}

    @transaction.atomic
    def save(self) -> Saved:
        created = 0
        for _row, label, answers in self.sheets:
            if label in self._unchanged:
                continue
            participant = services.participant_for_label(cohort=self.cohort, label=label)
            attempt = services.attempt_for(
                participant=participant,
                phase=self.phase,
                instrument=self.instrument,
                source=AttemptSource.PAPER,
            )
            # The sheet was read against the current version; an online draft started on an older
            # one is moved to it before scoring (a draft has nothing submitted to keep).
            Attempt.objects.filter(pk=attempt.pk, submitted_at__isnull=True).update(
                source=AttemptSource.PAPER, version=self.instrument.current_version
            )
            attempt.refresh_from_db()
            created += services.submit_attempt(attempt=attempt, answers=answers).newly_submitted
        return Saved(created=created, unchanged=len(self._unchanged))
