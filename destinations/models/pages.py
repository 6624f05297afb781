"""Page types of the region front page and of every destination portal.

The tree is locked: Root → RegionHomePage | DestinationHomePage; a destination home holds interest and
audience landing pages and content pages. Each destination home is the root page of its Site.
"""

from __future__ import annotations

from django.db import models
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from destinations.blocks import BodyBlock, HighlightsBlock
from themes.registry import get_theme, template_candidates

HERO_IMAGE_HELP = _("Wide landscape photo, at least 1920 × 1080. Its alt text comes from the image library.")


class PortalPage(Page):
    """Base of every public page: themed templates, meta description and social image."""

    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=HERO_IMAGE_HELP,
    )
    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    search_fields = [*Page.search_fields, index.SearchField("intro")]

    class Meta:
        abstract = True

    def get_template(self, request, *args, **kwargs):
        from destinations.services.portals import destination_for_request

        destination = destination_for_request(request)
        theme = get_theme(destination.theme if destination else None)
        return template_candidates(theme, super().get_template(request, *args, **kwargs))

    @property
    def meta_description(self) -> str:
        if self.search_description:
            return self.search_description
        return Truncator(strip_tags(self.intro or "")).chars(160)

    @property
    def social_image(self):
        return self.hero_image


class RegionHomePage(PortalPage):
    """The regional front page: every destination, grouped by umbrella brand."""

    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("hero_image"), FieldPanel("intro"), FieldPanel("body")]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["destinations.ContentPage"]
    template = "destinations/region_home_page.html"

    class Meta:
        verbose_name = _("region front page")

    def get_context(self, request, *args, **kwargs):
        from destinations.services.portals import destinations_by_brand

        context = super().get_context(request, *args, **kwargs)
        context["brand_groups"] = destinations_by_brand(self.locale)
        return context


class DestinationHomePage(PortalPage):
    """The home page (and Site root) of one destination portal."""

    hero_title = models.CharField(_("hero title"), max_length=120, blank=True)
    hero_tagline = models.CharField(_("hero tagline"), max_length=200, blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel([FieldPanel("hero_image"), FieldPanel("hero_title"), FieldPanel("hero_tagline")], _("Hero")),
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    search_fields = [*PortalPage.search_fields, index.SearchField("hero_tagline")]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["destinations.InterestPage", "destinations.AudiencePage", "destinations.ContentPage"]
    template = "destinations/destination_home_page.html"

    class Meta:
        verbose_name = _("destination home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        children = list(self.get_children().live().public().specific().select_related("locale"))
        attach_card_images(children)
        interests = [p for p in children if isinstance(p, InterestPage)]
        audiences = [p for p in children if isinstance(p, AudiencePage)]
        attach_terms(interests, "interest", self.locale)
        attach_terms(audiences, "audience", self.locale)
        context["interest_pages"] = interests
        context["audience_pages"] = audiences
        context["content_pages"] = [p for p in children if isinstance(p, ContentPage) and p.show_in_menus]
        return context


def attach_card_images(pages: list) -> None:
    """Load every card's hero image (and its renditions) in two queries instead of two per card."""
    from wagtail.images import get_image_model

    ids = {p.hero_image_id for p in pages if getattr(p, "hero_image_id", None)}
    if not ids:
        return
    images = get_image_model().objects.filter(id__in=ids).prefetch_renditions().in_bulk()
    for page in pages:
        if getattr(page, "hero_image_id", None) in images:
            page.hero_image = images[page.hero_image_id]


def attach_terms(pages: list, field: str, locale) -> None:
    """Set `term_cached` on each landing page: its taxonomy term in `locale`, in two queries in all."""
    if not pages:
        return
    model = pages[0]._meta.get_field(field).related_model
    linked = model.objects.in_bulk({getattr(p, f"{field}_id") for p in pages})
    keys = {row.translation_key for row in linked.values()}
    localized = {row.translation_key: row for row in model.objects.filter(translation_key__in=keys, locale=locale)}
    for page in pages:
        row = linked.get(getattr(page, f"{field}_id"))
        page.term_cached = localized.get(row.translation_key, row) if row else None


class EntryLandingPage(PortalPage):
    """A landing page for one entry point on one destination: editorial content, then matching offers."""

    highlights = StreamField(
        [("highlights", HighlightsBlock())], verbose_name=_("highlights"), blank=True, max_num=3
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    parent_page_types = ["destinations.DestinationHomePage"]
    subpage_types = ["destinations.ContentPage"]
    template = "destinations/entry_landing_page.html"
    term_field = ""

    class Meta:
        abstract = True

    @property
    def term(self):
        """The taxonomy term in this page's language (falls back to the linked row)."""
        term = getattr(self, self.term_field)
        if term is None:
            return None
        return term.get_translation_or_none(self.locale) or term

    def get_offers(self, request) -> list:
        """Up to 12 cards of this destination's offers whose criteria match the term's reference ids.

        Visitor-typology pages rank the offers tagged for the typology first, then those tagged for no
        typology ("for all audiences"). The returned list also carries `listing_url` (filtered listing).
        """
        from django.utils.translation import get_language

        from destinations.catalogue.services import landing_offers
        from destinations.services.portals import destination_for_request

        return landing_offers(
            destination_for_request(request),
            self.term,
            kind=self.term_field,
            language=(get_language() or self.locale.language_code).split("-")[0],
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["term"] = self.term
        context["offers"] = self.get_offers(request)
        return context


class InterestPage(EntryLandingPage):
    interest = models.ForeignKey(
        "destinations.Interest", verbose_name=_("interest"), on_delete=models.PROTECT, related_name="landing_pages"
    )
    content_panels = [
        *Page.content_panels,
        FieldPanel("interest"),
        FieldPanel("hero_image"),
        FieldPanel("intro"),
        FieldPanel("highlights"),
        FieldPanel("body"),
    ]
    term_field = "interest"
    template = "destinations/entry_landing_page.html"

    class Meta:
        verbose_name = _("interest landing page")


class AudiencePage(EntryLandingPage):
    audience = models.ForeignKey(
        "destinations.Audience", verbose_name=_("visitor typology"), on_delete=models.PROTECT, related_name="landing_pages"
    )
    content_panels = [
        *Page.content_panels,
        FieldPanel("audience"),
        FieldPanel("hero_image"),
        FieldPanel("intro"),
        FieldPanel("highlights"),
        FieldPanel("body"),
    ]
    term_field = "audience"
    template = "destinations/entry_landing_page.html"

    class Meta:
        verbose_name = _("visitor typology landing page")


class ContentPage(PortalPage):
    """Generic editorial page (practical information, stories, itineraries)."""

    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("hero_image"), FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*PortalPage.search_fields, index.SearchField("body")]
    parent_page_types = [
        "destinations.RegionHomePage",
        "destinations.DestinationHomePage",
        "destinations.InterestPage",
        "destinations.AudiencePage",
        "destinations.ContentPage",
    ]
    subpage_types = ["destinations.ContentPage"]
    template = "destinations/content_page.html"

    class Meta:
        verbose_name = _("content page")
