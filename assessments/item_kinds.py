"""What each kind of item is: one class per kind owns everything that differs between kinds.

| kind            | answer                   | score                                                  |
| --------------- | ------------------------ | ------------------------------------------------------ |
| single_choice   | option index (int)       | points if the chosen option is correct, else 0          |
| multiple_choice | option indexes (list)    | points * sum of chosen credits, clamped to [0, points]  |
| true_false      | bool                     | points if right, else 0                                 |
| likert          | point 1..k (int)         | the point, turned round (k + 1 - x) when reverse-coded  |
| short_text      | text                     | not scored                                              |
| direct_score    | score (number)           | the number typed, 0..points                             |

A kind checks an answer (`check`: the only gate into scoring, so that nothing is scored
unvalidated), scores it, freezes its block's settings into a version's snapshot, makes the form
field and reads it back, reads a cell of the paper grid, and writes the answer as text for
exports and screens. The rest of the code asks `spec.kind_rules`; adding a kind is a class here
and its block in `blocks.py`.
"""

import math
import re
from string import ascii_uppercase
from typing import TYPE_CHECKING, Any, ClassVar

from django import forms
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

if TYPE_CHECKING:
    from assessments.items import ItemSpec

SHORT_TEXT_MAX = 2000
TRUE_FALSE_CHOICES = [("true", gettext_lazy("True")), ("false", gettext_lazy("False"))]
TRUE_WORDS = {"T", "TRUE", "Y", "YES", "V", "1"}
FALSE_WORDS = {"F", "FALSE", "N", "NO", "0"}
# What a choice cell on paper may hold: letters or option numbers, optionally separated by spaces,
# commas, semicolons or slashes ("AC", "A, C", "1 3"). Anything else (a sign, a decimal point, a
# stray character) is a mistake on the sheet or in the typing, not an option.
CHOICE_CELL = re.compile(r"(?:[A-Z]|[1-9]\d?)(?:[\s,;/]*(?:[A-Z]|[1-9]\d?))*")
CHOICE_TOKEN = re.compile(r"[A-Z]|\d+")


class InvalidAnswer(ValueError):
    """An answer that is not one this item can be given: never stored, never scored."""


class CellError(ValueError):
    """A paper cell that does not read as an answer; the message says what to write."""


def _is_whole(value: Any) -> bool:
    # bool is a subclass of int in Python, but True is not "option 1".
    return isinstance(value, int) and not isinstance(value, bool)


def _number(text: str) -> float:
    try:
        return float(text.replace(",", "."))
    except ValueError:
        raise CellError(_("Write a number.")) from None


class ItemKind:
    name: ClassVar[str]
    scored: ClassVar[bool] = True
    # A Likert point is a rating, not a mark: an unanswered one is missing, not worth 0.
    unanswered_earns_nothing: ClassVar[bool] = True
    is_scale: ClassVar[bool] = False
    answerable_online: ClassVar[bool] = True
    answer_is_exported: ClassVar[bool] = True  # free text may name people: it stays out
    many_values: ClassVar[bool] = False  # the form posts several values (checkboxes)

    # --- rules ---
    def max_score(self, spec: "ItemSpec") -> float | None:
        return spec.points if self.scored else None

    def min_score(self, spec: "ItemSpec") -> float:
        return 0.0

    def check(self, spec: "ItemSpec", answer: Any) -> None:
        raise NotImplementedError

    def points_for(self, spec: "ItemSpec", answer: Any) -> float | None:
        """The score of an answer `check` accepted (not None)."""
        raise NotImplementedError

    # --- versions ---
    def snapshot_fields(self, value) -> dict[str, Any]:
        """What a version freezes of the block's settings besides the common fields."""
        return {}

    # --- forms ---
    def form_field(self, spec: "ItemSpec") -> forms.Field:
        raise NotImplementedError

    def from_form(self, spec: "ItemSpec", value: Any) -> Any:
        return value

    def to_form(self, spec: "ItemSpec", answer: Any) -> Any:
        return str(answer)

    # --- paper ---
    def parse_cell(self, spec: "ItemSpec", text: str) -> Any:
        raise NotImplementedError

    def cell_hint(self, spec: "ItemSpec") -> str:
        raise NotImplementedError

    # --- text ---
    def answer_text(self, spec: "ItemSpec", answer: Any) -> str:
        """The answer as data (exports): stable, not translated."""
        return str(answer)

    def answer_label(self, spec: "ItemSpec", answer: Any) -> str:
        """The answer as a person reads it on a page, in their language."""
        return self.answer_text(spec, answer)


class _ChoiceKind(ItemKind):
    def _choices(self, spec: "ItemSpec") -> list[tuple[str, str]]:
        return [(str(i), option.label) for i, option in enumerate(spec.options)]

    def _has_option(self, spec: "ItemSpec", index: Any) -> bool:
        return _is_whole(index) and 0 <= index < len(spec.options)

    def _letters(self, spec: "ItemSpec") -> str:
        return ascii_uppercase[: len(spec.options)]

    def _parse_options(self, spec: "ItemSpec", text: str) -> list[int]:
        letters = self._letters(spec)
        wrong = CellError(_("Use a letter from A to %(last)s.") % {"last": letters[-1]})
        upper = text.upper()
        if not CHOICE_CELL.fullmatch(upper):
            raise wrong
        indexes = []
        for token in CHOICE_TOKEN.findall(upper):
            index = int(token) - 1 if token.isdigit() else letters.find(token)
            if not 0 <= index < len(spec.options):
                raise wrong
            indexes.append(index)
        if len(set(indexes)) != len(indexes):
            raise CellError(_("Write each letter once."))
        return indexes


class SingleChoice(_ChoiceKind):
    name = "single_choice"

    def check(self, spec, answer):
        if not self._has_option(spec, answer):
            raise InvalidAnswer(f"{spec.code}: {answer!r} is not one of its options")

    def points_for(self, spec, answer):
        return spec.points if spec.options[answer].credit > 0 else 0.0

    def snapshot_fields(self, value):
        return {
            "options": [
                {"label": o["label"], "credit": 1.0 if o["correct"] else 0.0} for o in value["options"]
            ]
        }

    def form_field(self, spec):
        return forms.ChoiceField(
            label=spec.prompt, choices=self._choices(spec), widget=forms.RadioSelect, required=False
        )

    def from_form(self, spec, value):
        return int(value)

    def parse_cell(self, spec, text):
        indexes = self._parse_options(spec, text)
        if len(indexes) != 1:
            raise CellError(_("Only one answer is allowed here."))
        return indexes[0]

    def cell_hint(self, spec):
        letters = self._letters(spec)
        return _("%(first)s to %(last)s") % {"first": letters[0], "last": letters[-1]}

    def answer_text(self, spec, answer):
        return spec.options[answer].label


class MultipleChoice(_ChoiceKind):
    """Several options, each with a credit; the item scores the sum of the chosen credits times
    its points, clamped to [0, points]. An option counts once: a repeat is refused, not summed."""

    name = "multiple_choice"
    many_values = True

    def check(self, spec, answer):
        if not isinstance(answer, list | tuple) or not all(_is_whole(i) for i in answer):
            raise InvalidAnswer(f"{spec.code}: {answer!r} is not a list of options")
        if len(set(answer)) != len(answer):
            raise InvalidAnswer(f"{spec.code}: an option is chosen more than once in {answer!r}")
        if not all(self._has_option(spec, index) for index in answer):
            raise InvalidAnswer(f"{spec.code}: {answer!r} names an option it does not have")

    def points_for(self, spec, answer):
        credit = sum(spec.options[index].credit for index in answer)
        return round(spec.points * min(max(credit, 0.0), 1.0), 4)

    def snapshot_fields(self, value):
        return {"options": [{"label": o["label"], "credit": float(o["credit"])} for o in value["options"]]}

    def form_field(self, spec):
        return forms.MultipleChoiceField(
            label=spec.prompt,
            choices=self._choices(spec),
            widget=forms.CheckboxSelectMultiple,
            required=False,
        )

    def from_form(self, spec, value):
        return sorted(int(v) for v in value)

    def to_form(self, spec, answer):
        return [str(v) for v in answer]

    def parse_cell(self, spec, text):
        return sorted(self._parse_options(spec, text))

    def cell_hint(self, spec):
        letters = self._letters(spec)
        return _("%(first)s to %(last)s, several") % {"first": letters[0], "last": letters[-1]}

    def answer_text(self, spec, answer):
        return "; ".join(spec.options[index].label for index in answer)


class TrueFalse(ItemKind):
    name = "true_false"

    def check(self, spec, answer):
        if not isinstance(answer, bool):
            raise InvalidAnswer(f"{spec.code}: {answer!r} is neither true nor false")

    def points_for(self, spec, answer):
        return spec.points if answer == spec.correct_answer else 0.0

    def snapshot_fields(self, value):
        return {"correct_answer": value["correct_answer"] == "true"}

    def form_field(self, spec):
        return forms.ChoiceField(
            label=spec.prompt, choices=TRUE_FALSE_CHOICES, widget=forms.RadioSelect, required=False
        )

    def from_form(self, spec, value):
        return value == "true"

    def to_form(self, spec, answer):
        return "true" if answer else "false"

    def parse_cell(self, spec, text):
        upper = text.upper()
        if upper in TRUE_WORDS:
            return True
        if upper in FALSE_WORDS:
            return False
        raise CellError(_("Write T or F."))

    def cell_hint(self, spec):
        return _("T/F")

    def answer_text(self, spec, answer):
        return "true" if answer else "false"

    def answer_label(self, spec, answer):
        return _("True") if answer else _("False")


class Likert(ItemKind):
    """A point on a scale of 4 to 7; reverse-coded items are turned round so that a higher score
    always means more of what the scale measures."""

    name = "likert"
    unanswered_earns_nothing = False
    is_scale = True

    def max_score(self, spec):
        return float(spec.scale_points)

    def min_score(self, spec):
        return 1.0

    def check(self, spec, answer):
        if not _is_whole(answer) or not 1 <= answer <= spec.scale_points:
            raise InvalidAnswer(f"{spec.code}: {answer!r} is not a point of its scale")

    def points_for(self, spec, answer):
        return float(spec.scale_points + 1 - answer if spec.reverse_coded else answer)

    def snapshot_fields(self, value):
        return {
            "scale": value["scale"],
            "scale_points": int(value["scale_points"]),
            "labels": list(value["labels"]),
            "reverse_coded": bool(value["reverse_coded"]),
        }

    def form_field(self, spec):
        labels = spec.labels or tuple(str(n) for n in range(1, spec.scale_points + 1))
        choices = [(str(n), f"{n} · {text}" if spec.labels else text) for n, text in enumerate(labels, 1)]
        return forms.ChoiceField(label=spec.prompt, choices=choices, widget=forms.RadioSelect, required=False)

    def from_form(self, spec, value):
        return int(value)

    def parse_cell(self, spec, text):
        number = _number(text)
        if not number.is_integer() or not 1 <= number <= spec.scale_points:
            raise CellError(_("Write a whole number from 1 to %(max)s.") % {"max": spec.scale_points})
        return int(number)

    def cell_hint(self, spec):
        return f"1-{spec.scale_points}"


class ShortText(ItemKind):
    name = "short_text"
    scored = False
    answer_is_exported = False

    def check(self, spec, answer):
        if not isinstance(answer, str):
            raise InvalidAnswer(f"{spec.code}: {answer!r} is not text")

    def points_for(self, spec, answer):
        return None

    def form_field(self, spec):
        return forms.CharField(
            label=spec.prompt,
            max_length=SHORT_TEXT_MAX,
            widget=forms.Textarea(attrs={"rows": 3}),
            required=False,
        )

    def from_form(self, spec, value):
        from continuum.text import strip_control_characters

        return strip_control_characters(value).strip() or None

    def to_form(self, spec, answer):
        return answer

    def parse_cell(self, spec, text):
        return text[:SHORT_TEXT_MAX]

    def cell_hint(self, spec):
        return _("text")

    def answer_text(self, spec, answer):
        return answer


class DirectScore(ItemKind):
    """A score written down elsewhere (paper marked by hand, an imported file): 0 to points."""

    name = "direct_score"
    answerable_online = False

    def check(self, spec, answer):
        if (
            isinstance(answer, bool)
            or not isinstance(answer, int | float)
            or not math.isfinite(answer)
            or not 0 <= answer <= spec.points
        ):
            raise InvalidAnswer(f"{spec.code}: {answer!r} is not a score from 0 to {spec.points:g}")

    def points_for(self, spec, answer):
        return float(answer)

    def form_field(self, spec):
        return forms.DecimalField(
            label=spec.prompt, min_value=0, max_value=spec.points, decimal_places=2, required=False
        )

    def from_form(self, spec, value):
        return float(value)

    def parse_cell(self, spec, text):
        number = _number(text)
        if not 0 <= number <= spec.points:
            raise CellError(_("Write a score from 0 to %(max)s.") % {"max": f"{spec.points:g}"})
        return number

    def cell_hint(self, spec):
        return f"0-{spec.points:g}"


KINDS: dict[str, ItemKind] = {
    kind.name: kind
    for kind in (SingleChoice(), MultipleChoice(), TrueFalse(), Likert(), ShortText(), DirectScore())
}
