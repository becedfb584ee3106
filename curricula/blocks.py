"""The training blocks a module's body is made of.

Each block has an icon, a description and a preview value for the admin, and its own template
under templates/<app>/blocks/; blocks that practices use too live in
`continuum.blocks`. Facilitator notes render only when the template context says
`show_facilitator_notes` (trainers and curriculum leads) and are never indexed for search.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from continuum.blocks import (
    TEXT_FEATURES,
    CaptionedImageBlock,
    DocumentBlock,
    KeyPointsBlock,
    QuoteBlock,
    TextBlock,
    VideoBlock,
)


class ScenarioBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"))
    situation = blocks.RichTextBlock(label=_("situation"), features=TEXT_FEATURES)
    questions = blocks.ListBlock(blocks.CharBlock(label=_("question")), label=_("discussion questions"))
    facilitator_notes = blocks.RichTextBlock(
        label=_("facilitator notes"),
        features=TEXT_FEATURES,
        required=False,
        search_index=False,
        help_text=_("Shown to trainers and curriculum leads only; never to learners or in search."),
    )

    class Meta:
        icon = "group"
        label = _("Case scenario")
        template = "curricula/blocks/scenario.html"
        description = _("A realistic case with discussion questions and notes for the facilitator.")
        preview_value = {
            "title": "A first meeting",
            "situation": "<p>A newly arrived prisoner refuses to speak to the case manager.</p>",
            "questions": ["What would you say first?"],
            "facilitator_notes": "<p>Steer the group towards explaining the officer's role.</p>",
        }


class ReflectionBlock(blocks.StructBlock):
    prompt = blocks.TextBlock(label=_("prompt"))
    guidance = blocks.TextBlock(label=_("guidance"), required=False)

    class Meta:
        icon = "help"
        label = _("Reflection prompt")
        template = "curricula/blocks/reflection.html"
        description = _("A question for learners to think about in relation to their own work.")
        preview_value = {"prompt": "When did a prisoner last trust you? What made the difference?"}


class DoDontBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("heading"), required=False)
    do = blocks.ListBlock(blocks.CharBlock(label=_("do")), label=_("do"))
    dont = blocks.ListBlock(blocks.CharBlock(label=_("don't")), label=_("don't"))

    class Meta:
        icon = "tick"
        label = _("Do and don't")
        template = "curricula/blocks/do_dont.html"
        description = _("Two lists side by side: what to do and what to avoid.")
        preview_value = {
            "do": ["Keep promises small and keep them."],
            "dont": ["Make promises you cannot keep."],
        }


class SelfCheckOptionBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("option"))
    correct = blocks.BooleanBlock(label=_("correct"), required=False)


class SelfCheckBlock(blocks.StructBlock):
    question = blocks.TextBlock(label=_("question"))
    options = blocks.ListBlock(SelfCheckOptionBlock(), label=_("options"), min_num=2)
    explanation = blocks.TextBlock(label=_("explanation"))

    class Meta:
        icon = "form"
        label = _("Self-check")
        template = "curricula/blocks/self_check.html"
        description = _("A question learners answer on the page for themselves; nothing is recorded.")
        preview_value = {
            "question": "Which builds trust fastest?",
            "options": [{"text": "Consistency", "correct": True}, {"text": "Pressure", "correct": False}],
            "explanation": "Trust follows from predictable, fair behaviour.",
        }

    def clean(self, value):
        value = super().clean(value)
        if sum(1 for option in value["options"] if option["correct"]) != 1:
            raise blocks.StructBlockValidationError(
                block_errors={"options": ValidationError(_("Mark exactly one option as correct."))}
            )
        return value


class PracticeReferenceBlock(blocks.StructBlock):
    practice = blocks.PageChooserBlock(label=_("practice"), page_type="practices.PracticePage")
    note = blocks.TextBlock(label=_("why it matters here"), required=False)

    class Meta:
        icon = "link"
        label = _("Practice reference")
        template = "curricula/blocks/practice_reference.html"
        description = _("A pointer to a practice in the good-practice library.")


class ModuleBodyBlock(blocks.StreamBlock):
    text = TextBlock()
    key_points = KeyPointsBlock()
    scenario = ScenarioBlock()
    reflection = ReflectionBlock()
    do_dont = DoDontBlock()
    quote = QuoteBlock()
    image = CaptionedImageBlock()
    video = VideoBlock()
    document = DocumentBlock()
    practice = PracticeReferenceBlock()
    self_check = SelfCheckBlock()
