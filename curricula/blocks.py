"""The training blocks a module's body is made of.

Each block has an icon, a description and a preview value for the admin, and its own template
under templates/curricula/blocks/. Facilitator notes render only when the template context says
`show_facilitator_notes` (trainers and curriculum leads) and are never indexed for search.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock

TEXT_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link"]


class KeyPointsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("heading"), required=False, default=_("Key points"))
    points = blocks.ListBlock(blocks.CharBlock(label=_("point")), label=_("points"), min_num=1)

    class Meta:
        icon = "list-ul"
        label = _("Key points")
        template = "curricula/blocks/key_points.html"
        description = _("A short list of the points a learner should take away.")
        preview_value = {
            "heading": "Key points",
            "points": ["Trust is built through consistency.", "Explain what you can and cannot do."],
        }


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


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("quote"))
    attribution = blocks.CharBlock(label=_("attribution"), required=False)

    class Meta:
        icon = "openquote"
        label = _("Quote or testimony")
        template = "curricula/blocks/quote.html"
        description = _("A practitioner's words, attributed by role rather than by name.")
        preview_value = {"quote": "Consistency matters more than charm.", "attribution": "Prison officer"}


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
    practice = blocks.PageChooserBlock(label=_("practice"))
    note = blocks.TextBlock(label=_("why it matters here"), required=False)

    class Meta:
        icon = "link"
        label = _("Practice reference")
        template = "curricula/blocks/practice_reference.html"
        description = _("A pointer to a practice in the good-practice library.")


class VideoBlock(blocks.StructBlock):
    video = EmbedBlock(label=_("video address"))
    caption = blocks.CharBlock(label=_("caption or transcript link"), required=False)

    class Meta:
        icon = "media"
        label = _("Video")
        template = "curricula/blocks/video.html"
        description = _("An embedded video with a caption. Prefer videos with captions or a transcript.")


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("document"))
    description = blocks.CharBlock(label=_("description"), required=False)

    class Meta:
        icon = "doc-full"
        label = _("Document")
        template = "curricula/blocks/document.html"
        description = _("A downloadable handout, form or reading.")


class ModuleBodyBlock(blocks.StreamBlock):
    text = blocks.RichTextBlock(
        label=_("Text"),
        features=TEXT_FEATURES,
        icon="pilcrow",
        template="curricula/blocks/text.html",
        description=_("Paragraphs of explanation."),
        preview_value="<p>Rapport is a working relationship built on predictability and respect.</p>",
    )
    key_points = KeyPointsBlock()
    scenario = ScenarioBlock()
    reflection = ReflectionBlock()
    do_dont = DoDontBlock()
    quote = QuoteBlock()
    image = ImageBlock(
        label=_("Image"),
        template="curricula/blocks/image.html",
        description=_("An image with alternative text for people who cannot see it."),
    )
    video = VideoBlock()
    document = DocumentBlock()
    practice = PracticeReferenceBlock()
    self_check = SelfCheckBlock()
