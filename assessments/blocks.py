"""The item types an instrument is built from, as StreamField blocks in the Wagtail admin.

What an attempt answered is not these blocks but the frozen snapshot in `InstrumentVersion.items`
(see `assessments.items`), so editing an instrument never changes a submitted attempt.
"""

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.stream_block import StreamBlockValidationError
from wagtail.blocks.struct_block import StructBlockValidationError

ITEM_CODE_PATTERN = r"^[A-Z0-9][A-Z0-9-]{0,19}$"
item_code_validator = RegexValidator(
    ITEM_CODE_PATTERN, _("Use capitals, digits and hyphens (at most 20), e.g. RB-03.")
)


def theme_choices() -> list[tuple[str, str]]:
    from continuum.models import Theme  # the vocabulary lives in the database

    return [("", "---------"), *Theme.objects.alphabetical().values_list("slug", "name")]


class ItemBlock(blocks.StructBlock):
    """What every item has: a stable code, a prompt, what it measures and optional feedback."""

    code = blocks.CharBlock(
        label=_("code"),
        max_length=20,
        validators=[item_code_validator],
        help_text=_("Stable across versions: reports match items by this code, e.g. RB-03."),
    )
    prompt = blocks.TextBlock(label=_("question"))
    outcome = blocks.CharBlock(
        label=_("learning outcome code"),
        required=False,
        max_length=12,
        help_text=_("The curriculum's outcome this item measures, e.g. RB-2."),
    )
    theme = blocks.ChoiceBlock(label=_("theme"), choices=theme_choices, required=False)
    feedback = blocks.TextBlock(
        label=_("feedback"), required=False, help_text=_("Shown after submission, if the instrument says so.")
    )

    class Meta:
        icon = "help"


class ScoredItemBlock(ItemBlock):
    # Wide enough for any score an import may bring (e.g. 250, or 1/3 as 0.3333).
    points = blocks.DecimalBlock(label=_("points"), default=1, min_value=0, max_value=1000, decimal_places=4)


class ChoiceOptionBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("option"), max_length=300)
    correct = blocks.BooleanBlock(label=_("correct"), required=False)


class SingleChoiceItemBlock(ScoredItemBlock):
    options = blocks.ListBlock(ChoiceOptionBlock(), min_num=2, max_num=10, label=_("options"))

    def clean(self, value):
        value = super().clean(value)
        if sum(1 for option in value["options"] if option["correct"]) != 1:
            raise StructBlockValidationError(
                block_errors={"options": ValidationError(_("Mark exactly one option as correct."))}
            )
        return value

    class Meta:
        label = _("Single choice")


class CreditOptionBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("option"), max_length=300)
    credit = blocks.FloatBlock(
        label=_("credit"),
        default=0,
        min_value=-1,
        max_value=1,
        help_text=_(
            "Share of the points this option earns when chosen: 1, 0.5, 0, or negative for a wrong one."
        ),
    )


class MultipleChoiceItemBlock(ScoredItemBlock):
    """Partial credit: the item scores the sum of the chosen options' credits times its points,
    never below 0 nor above the points, so ticking every box earns nothing extra."""

    options = blocks.ListBlock(CreditOptionBlock(), min_num=2, max_num=10, label=_("options"))

    def clean(self, value):
        value = super().clean(value)
        if not any(option["credit"] > 0 for option in value["options"]):
            raise StructBlockValidationError(
                block_errors={"options": ValidationError(_("Give at least one option a positive credit."))}
            )
        return value

    class Meta:
        label = _("Multiple choice (partial credit)")


class TrueFalseItemBlock(ScoredItemBlock):
    correct_answer = blocks.ChoiceBlock(
        label=_("correct answer"), choices=[("true", _("True")), ("false", _("False"))]
    )

    class Meta:
        label = _("True or false")


class LikertItemBlock(ItemBlock):
    scale = blocks.CharBlock(
        label=_("scale name"),
        max_length=80,
        help_text=_("Items with the same scale name are averaged into one scale score, e.g. Confidence."),
    )
    scale_points = blocks.ChoiceBlock(
        label=_("points on the scale"), choices=[(str(n), str(n)) for n in range(4, 8)], default="5"
    )
    labels = blocks.ListBlock(
        blocks.CharBlock(max_length=60),
        label=_("labels"),
        min_num=0,
        max_num=7,
        help_text=_("From the lowest point to the highest; leave empty for numbers only."),
    )
    reverse_coded = blocks.BooleanBlock(
        label=_("reverse-coded"),
        required=False,
        help_text=_("Agreeing means less of what the scale measures; scores are turned round."),
    )

    def clean(self, value):
        value = super().clean(value)
        if value["labels"] and len(value["labels"]) != int(value["scale_points"]):
            raise StructBlockValidationError(
                block_errors={"labels": ValidationError(_("Give one label per point, or none."))}
            )
        return value

    class Meta:
        label = _("Likert scale item")
        icon = "list-ol"


class ShortTextItemBlock(ItemBlock):
    class Meta:
        label = _("Short text (not scored)")
        icon = "edit"


class DirectScoreItemBlock(ScoredItemBlock):
    """For paper and historic results where only each item's score is known."""

    class Meta:
        label = _("Score only (paper or imported results)")
        icon = "doc-full"


class InstrumentItemsBlock(blocks.StreamBlock):
    single_choice = SingleChoiceItemBlock()
    multiple_choice = MultipleChoiceItemBlock()
    true_false = TrueFalseItemBlock()
    likert = LikertItemBlock()
    short_text = ShortTextItemBlock()
    direct_score = DirectScoreItemBlock()

    def clean(self, value):
        value = super().clean(value)
        seen: set[str] = set()
        errors = {}
        for index, child in enumerate(value):
            code = child.value["code"]
            if code in seen:
                errors[index] = ValidationError(
                    _("Another item already uses the code %(code)s.") % {"code": code}
                )
            seen.add(code)
        if errors:
            raise StreamBlockValidationError(block_errors=errors)
        return value
