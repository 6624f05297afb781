"""Admin viewsets: the Région's vocabularies (snippets) and the destination register (model viewset)."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from destinations.forms import DestinationCreateForm
from destinations.models import Audience, Brand, Commune, Destination, Interest, Sector
from destinations.views import DestinationCreateView


class TermViewSet(SnippetViewSet):
    list_display = ["name", "slug", "icon", "apidae_reference_ids", "locale"]
    list_filter = ["locale"]
    search_fields = ["name", "slug"]
    ordering = ["sort_order", "name"]


class InterestViewSet(TermViewSet):
    model = Interest
    icon = "pick"
    menu_label = _("Interests")


class AudienceViewSet(TermViewSet):
    model = Audience
    icon = "group"
    menu_label = _("Visitor typologies")


class SectorViewSet(TermViewSet):
    model = Sector
    icon = "tag"
    menu_label = _("Sectors")


class BrandViewSet(SnippetViewSet):
    model = Brand
    icon = "crosshairs"
    menu_label = _("Brands")
    list_display = ["name", "slug", "primary_colour", "locale"]
    list_filter = ["locale"]


class RegionVocabularyGroup(SnippetViewSetGroup):
    menu_label = _("Region")
    menu_icon = "globe"
    menu_order = 250
    items = (BrandViewSet, InterestViewSet, AudienceViewSet, SectorViewSet)


class DestinationFilterSet(WagtailFilterSet):
    class Meta:
        model = Destination
        fields = ["brand", "theme"]


class DestinationViewSet(ModelViewSet):
    model = Destination
    icon = "site"
    menu_label = _("Destinations")
    url_prefix = "destinations"
    add_to_admin_menu = False
    list_display = ["name", "slug", "brand", "theme", "site"]
    filterset_class = DestinationFilterSet
    search_fields = ["name", "slug"]
    ordering = ["name"]
    inspect_view_enabled = True
    add_view_class = DestinationCreateView
    create_panel = ObjectList(
        [
            FieldPanel("name"),
            FieldPanel("slug"),
            FieldPanel("brand"),
            FieldPanel("theme"),
            FieldPanel("hostname"),
            FieldPanel("port"),
            FieldPanel("languages"),
        ],
        base_form_class=DestinationCreateForm,
    )

    def get_add_view_kwargs(self, **kwargs):
        panel = self.create_panel.bind_to_model(Destination)
        return {**super().get_add_view_kwargs(**kwargs), "panel": panel, "form_class": panel.get_form_class()}


class CommuneViewSet(ModelViewSet):
    model = Commune
    icon = "pick"
    menu_label = _("Communes")
    url_prefix = "communes"
    add_to_admin_menu = False
    list_display = ["name", "insee_code", "postal_code", "apidae_id"]
    search_fields = ["name", "insee_code", "postal_code"]
    form_fields = ["insee_code", "name", "postal_code", "apidae_id", "latitude", "longitude"]
    ordering = ["name"]


class DestinationAdminGroup(ModelViewSetGroup):
    menu_label = _("Destinations")
    menu_icon = "site"
    menu_order = 240
    items = (DestinationViewSet, CommuneViewSet)
