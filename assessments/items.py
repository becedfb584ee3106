"""Items as an attempt answered them: a frozen snapshot of an instrument's items.

An instrument's StreamField is turned into plain dicts (`snapshot`) when a version is recorded;
`ItemSpec` reads them back. What differs between kinds of item (answers, scoring, forms, paper,
text) is in `assessments.item_kinds`, which `ItemSpec.kind_rules` names.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from assessments.item_kinds import KINDS, InvalidAnswer, ItemKind

__all__ = ["InvalidAnswer", "ItemSpec", "Option", "item_specs", "snapshot"]


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
    def kind_rules(self) -> ItemKind:
        return KINDS[self.kind]

    @property
    def is_scored(self) -> bool:
        return self.kind_rules.scored

    @property
    def max_score(self) -> float | None:
        return self.kind_rules.max_score(self)

    @property
    def min_score(self) -> float:
        return self.kind_rules.min_score(self)

    def check(self, answer: Any) -> None:
        """Refuse an answer this item cannot be given (a repeated, unknown or negative option, a
        point off the scale, a score out of range); None is "no answer" and always allowed.

        Forms and the paper grid refuse such input first; this is the second line of defence,
        so that no path into scoring can credit an option twice."""
        if answer is not None:
            self.kind_rules.check(self, answer)

    def score(self, answer: Any) -> float | None:
        """The score of an answer; None for no answer or an unscored item. Raises InvalidAnswer
        for an answer the item cannot be given."""
        self.check(answer)
        if answer is None or not self.is_scored:
            return None
        return self.kind_rules.points_for(self, answer)

    def answer_text(self, answer: Any) -> str:
        """A readable form of an answer, for exports and trainers' screens."""
        if answer is None:
            return ""
        if isinstance(answer, str):  # imported answers are kept as the file gave them
            return answer
        return self.kind_rules.answer_text(self, answer)

    def answer_label(self, answer: Any) -> str:
        """The answer as the person who gave it reads it, in their language."""
        if answer is None:
            return ""
        if isinstance(answer, str):
            return answer
        return self.kind_rules.answer_label(self, answer)


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
        item.update(KINDS[child.block_type].snapshot_fields(value))
        items.append(item)
    return items


def item_specs(items: Iterable[Mapping[str, Any]]) -> list[ItemSpec]:
    return [ItemSpec.from_snapshot(item) for item in items]
