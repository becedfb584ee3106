"""Content blocks shared by curricula and practices, each with its own template."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageBlock

TEXT_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link"]


class TextBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", TEXT_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Text")
        template = "continuum/blocks/text.html"
        description = _("Paragraphs of explanation.")
        preview_value = "<p>Rapport is a working relationship built on predictability and respect.</p>"


class CaptionedImageBlock(ImageBlock):
    class Meta:
        label = _("Image")
        template = "continuum/blocks/image.html"
        description = _("An image with alternative text for people who cannot see it.")


class KeyPointsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("heading"), required=False, default=_("Key points"))
    points = blocks.ListBlock(blocks.CharBlock(label=_("point")), label=_("points"), min_num=1)

    class Meta:
        icon = "list-ul"
        label = _("Key points")
        template = "continuum/blocks/key_points.html"
        description = _("A short list of the points a learner should take away.")
        preview_value = {
            "heading": "Key points",
            "points": ["Trust is built through consistency.", "Explain what you can and cannot do."],
        }


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("quote"))
    attribution = blocks.CharBlock(label=_("attribution"), required=False)

    class Meta:
        icon = "openquote"
        label = _("Quote or testimony")
        template = "continuum/blocks/quote.html"
        description = _("A practitioner's words, attributed by role rather than by name.")
        preview_value = {"quote": "Consistency matters more than charm.", "attribution": "Prison officer"}


class VideoBlock(blocks.StructBlock):
    """A link to a video, not an embedded player: the site makes no requests to other hosts, and
    an oEmbed block would fetch the provider when saved and when shown."""

    url = blocks.URLBlock(label=_("video address"))
    title = blocks.CharBlock(label=_("title"))
    caption = blocks.CharBlock(label=_("caption or transcript link"), required=False)

    class Meta:
        icon = "media"
        label = _("Video")
        template = "continuum/blocks/video.html"
        description = _("A link to a video on its own site, with a caption. Prefer videos with captions.")
        preview_value = {
            "url": "https://www.example.org/videos/dynamic-security",
            "title": "Dynamic security on the wing",
            "caption": "Eight minutes, with subtitles.",
        }


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("document"))
    description = blocks.CharBlock(label=_("description"), required=False)

    class Meta:
        icon = "doc-full"
        label = _("Document")
        template = "continuum/blocks/document.html"
        description = _("A downloadable handout, form or reading.")
