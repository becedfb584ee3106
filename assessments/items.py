"""Items as an attempt answered them: a frozen snapshot, its scoring rules and answer formats.

An instrument's StreamField is turned into plain dicts (`snapshot`) when a version is recorded;
`ItemSpec` reads them back. Answers are stored as JSON in the shape each kind expects:

| kind            | answer                   | score                                                  |
| --------------- | ------------------------ | ------------------------------------------------------ |
| single_choice   | option index (int)       | points if the chosen option is correct, else 0          |
| multiple_choice | option indexes (list)    | points * sum of chosen credits, clamped to [0, points]  |
| true_false      | bool                     | points if right, else 0                                 |
| likert          | point 1..k (int)         | the point, turned round (k + 1 - x) when reverse-coded  |
| short_text      | text                     | not scored                                              |
| direct_score    | score (number)           | the number typed, 0..points                             |
"""

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

SCORED_KINDS = {"single_choice", "multiple_choice", "true_false", "likert", "direct_score"}


class InvalidAnswer(ValueError):
    """An answer that is not one this item can be given: never stored, never scored."""


def _is_whole(value: Any) -> bool:
    # bool is a subclass of int in Python, but True is not "option 1".
    return isinstance(value, int) and not isinstance(value, bool)


@dataclass(frozen=True)
class Option:
    label: str
    credit: float  # 1 for the correct single-choice option, 0 for the others


@dataclass(frozen=True)
class ItemSpec:
    code: str
    kind: str
    prompt: str
    points: float = 0.0
    outcome: str = ""
    theme: str = ""
    feedback: str = ""
    options: tuple[Option, ...] = ()
    correct_answer: bool | None = None  # true/false items
    scale: str = ""
    scale_points: int = 0
    labels: tuple[str, ...] = ()
    reverse_coded: bool = False
    extra: Mapping[str, Any] = field(default_factory=dict)

    @classmethod
    def from_snapshot(cls, data: Mapping[str, Any]) -> "ItemSpec":
        return cls(
            code=data["code"],
            kind=data["kind"],
            prompt=data.get("prompt", ""),
            points=float(data.get("points") or 0),
            outcome=data.get("outcome", ""),
            theme=data.get("theme", ""),
            feedback=data.get("feedback", ""),
            options=tuple(Option(o["label"], float(o["credit"])) for o in data.get("options", ())),
            correct_answer=data.get("correct_answer"),
            scale=data.get("scale", ""),
            scale_points=int(data.get("scale_points") or 0),
            labels=tuple(data.get("labels", ())),
            reverse_coded=bool(data.get("reverse_coded")),
        )

    @property
    def is_scored(self) -> bool:
        return self.kind in SCORED_KINDS

    @property
    def max_score(self) -> float | None:
        if self.kind == "likert":
            return float(self.scale_points)
        return self.points if self.is_scored else None

    @property
    def min_score(self) -> float:
        return 1.0 if self.kind == "likert" else 0.0

    def check(self, answer: Any) -> None:
        """Refuse an answer this item cannot be given (a repeated, unknown or negative option, a
        point off the scale, a score out of range); None is "no answer" and always allowed.

        Forms and the paper grid refuse such input first; this is the second line of defence,
        so that no path into scoring can credit an option twice."""
        if answer is None:
            return
        if self.kind == "single_choice":
            if not _is_whole(answer) or not 0 <= answer < len(self.options):
                raise InvalidAnswer(f"{self.code}: {answer!r} is not one of its options")
        elif self.kind == "multiple_choice":
            if not isinstance(answer, list | tuple) or not all(_is_whole(i) for i in answer):
                raise InvalidAnswer(f"{self.code}: {answer!r} is not a list of options")
            if len(set(answer)) != len(answer):
                raise InvalidAnswer(f"{self.code}: an option is chosen more than once in {answer!r}")
            if any(not 0 <= index < len(self.options) for index in answer):
                raise InvalidAnswer(f"{self.code}: {answer!r} names an option it does not have")
        elif self.kind == "true_false":
            if not isinstance(answer, bool):
                raise InvalidAnswer(f"{self.code}: {answer!r} is neither true nor false")
        elif self.kind == "likert":
            if not _is_whole(answer) or not 1 <= answer <= self.scale_points:
                raise InvalidAnswer(f"{self.code}: {answer!r} is not a point of its scale")
        elif self.kind == "direct_score":
            if (
                isinstance(answer, bool)
                or not isinstance(answer, int | float)
                or not math.isfinite(answer)
                or not 0 <= answer <= self.points
            ):
                raise InvalidAnswer(f"{self.code}: {answer!r} is not a score from 0 to {self.points:g}")
        elif not isinstance(answer, str):
            raise InvalidAnswer(f"{self.code}: {answer!r} is not text")

    def score(self, answer: Any) -> float | None:
        """The score of an answer; None for no answer or an unscored item. Raises InvalidAnswer
        for an answer the item cannot be given."""
        self.check(answer)
        if answer is None or not self.is_scored:
            return None
        if self.kind == "single_choice":
            return self.points if self.options[answer].credit > 0 else 0.0
        if self.kind == "multiple_choice":
            credit = sum(self.options[index].credit for index in answer)
            return round(self.points * min(max(credit, 0.0), 1.0), 4)
        if self.kind == "true_false":
            return self.points if answer == self.correct_answer else 0.0
        if self.kind == "likert":
            return float(self.scale_points + 1 - answer if self.reverse_coded else answer)
        return float(answer)  # direct_score

    def answer_text(self, answer: Any) -> str:
        """A readable form of an answer, for exports and trainers' screens."""
        if answer is None:
            return ""
        if isinstance(answer, str):  # imported answers are kept as the file gave them
            return answer
        if self.kind == "single_choice":
            return self.options[answer].label
        if self.kind == "multiple_choice":
            return "; ".join(self.options[index].label for index in answer)
        if self.kind == "true_false":
            return "true" if answer else "false"
        return str(answer)


def snapshot(stream_value: Iterable) -> list[dict[str, Any]]:
    """Plain JSON for an instrument's items, in order, as a version freezes them."""
    items = []
    for child in stream_value:
        value = child.value
        item: dict[str, Any] = {
            "code": value["code"],
            "kind": child.block_type,
            "prompt": value["prompt"],
            "outcome": value.get("outcome") or "",
            "theme": value.get("theme") or "",
            "feedback": value.get("feedback") or "",
        }
        if "points" in value:
            item["points"] = float(value["points"])
        if child.block_type == "single_choice":
            item["options"] = [
                {"label": o["label"], "credit": 1.0 if o["correct"] else 0.0} for o in value["options"]
            ]
        elif child.block_type == "multiple_choice":
            item["options"] = [{"label": o["label"], "credit": float(o["credit"])} for o in value["options"]]
        elif child.block_type == "true_false":
            item["correct_answer"] = value["correct_answer"] == "true"
        elif child.block_type == "likert":
            item["scale"] = value["scale"]
            item["scale_points"] = int(value["scale_points"])
            item["labels"] = list(value["labels"])
            item["reverse_coded"] = bool(value["reverse_coded"])
        items.append(item)
    return items


def item_specs(items: Iterable[Mapping[str, Any]]) -> list[ItemSpec]:
    return [ItemSpec.from_snapshot(item) for item in items]
