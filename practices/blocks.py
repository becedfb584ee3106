"""The blocks a practice's description is made of."""

from wagtail import blocks

from continuum.blocks import CaptionedImageBlock, DocumentBlock, KeyPointsBlock, QuoteBlock, TextBlock


class PracticeBodyBlock(blocks.StreamBlock):
    text = TextBlock()
    key_points = KeyPointsBlock()
    quote = QuoteBlock()
    image = CaptionedImageBlock()
    document = DocumentBlock()
