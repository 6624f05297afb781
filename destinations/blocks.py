"""StreamField blocks shared by the destination page types."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageBlock


class HighlightBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), max_length=120)
    text = blocks.TextBlock(label=_("text"), max_length=400)
    image = ImageBlock(label=_("image"), required=False)
    page = blocks.PageChooserBlock(label=_("link to a page"), required=False)
    url = blocks.URLBlock(label=_("or an external link"), required=False)

    class Meta:
        icon = "pick"
        label = _("Highlight")
        template = "destinations/blocks/highlight.html"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("quote"))
    attribution = blocks.CharBlock(label=_("attribution"), required=False)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "destinations/blocks/quote.html"


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"))
    text = blocks.TextBlock(label=_("text"), required=False)
    button_label = blocks.CharBlock(label=_("button label"))
    page = blocks.PageChooserBlock(label=_("page"), required=False)
    url = blocks.URLBlock(label=_("or URL"), required=False)

    class Meta:
        icon = "link"
        label = _("Call to action")
        template = "destinations/blocks/call_to_action.html"


class HighlightsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("heading"), required=False)
    items = blocks.ListBlock(HighlightBlock(), label=_("highlights"))

    class Meta:
        icon = "grip"
        label = _("Highlights")
        template = "destinations/blocks/highlights.html"


class BodyBlock(blocks.StreamBlock):
    heading = blocks.CharBlock(label=_("heading"), form_classname="title", template="destinations/blocks/heading.html")
    paragraph = blocks.RichTextBlock(
        label=_("paragraph"), features=["bold", "italic", "link", "ol", "ul", "h3", "h4"], template="destinations/blocks/paragraph.html"
    )
    image = ImageBlock(label=_("image"), template="destinations/blocks/image.html")
    quote = QuoteBlock()
    highlights = HighlightsBlock()
    call_to_action = CallToActionBlock()
