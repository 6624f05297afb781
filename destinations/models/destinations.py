"""A destination: one infraregional portal, exactly one Wagtail Site."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel

from themes.registry import THEME_CHOICES

from .taxonomy import validate_reference_ids


def validate_language_codes(value: object) -> None:
    known = {code for code, _name in settings.LANGUAGES}
    if not isinstance(value, list) or not value or not set(value) <= known:
        raise ValidationError(
            _("Choose one or more of: %(codes)s.") % {"codes": ", ".join(sorted(known))}
        )


def default_languages() -> list[str]:
    return [code for code, _name in settings.LANGUAGES]


class DestinationQuerySet(models.QuerySet):
    def for_site(self, site) -> DestinationQuerySet:
        return self.filter(site=site)


class Destination(models.Model):
    """Structural record of a destination, managed by the Région (tourist offices edit pages and settings)."""

    site = models.OneToOneField(
        "wagtailcore.Site", verbose_name=_("site"), on_delete=models.PROTECT, related_name="destination"
    )
    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=60, unique=True, help_text=_("Also the host name prefix."))
    brand = models.ForeignKey("destinations.Brand", verbose_name=_("brand"), on_delete=models.PROTECT, related_name="destinations")
    theme = models.CharField(_("theme"), max_length=40, choices=THEME_CHOICES)
    languages = models.JSONField(
        _("published languages"), default=default_languages, validators=[validate_language_codes]
    )
    communes = models.ManyToManyField("destinations.Commune", verbose_name=_("communes"), blank=True, related_name="destinations")
    bbox_west = models.FloatField(_("west longitude"), null=True, blank=True)
    bbox_south = models.FloatField(_("south latitude"), null=True, blank=True)
    bbox_east = models.FloatField(_("east longitude"), null=True, blank=True)
    bbox_north = models.FloatField(_("north latitude"), null=True, blank=True)
    apidae_selection_ids = models.JSONField(
        _("Apidae selection ids"), default=list, blank=True, validators=[validate_reference_ids]
    )
    sectors = models.ManyToManyField("destinations.Sector", verbose_name=_("priority sectors"), blank=True, related_name="destinations")
    collection = models.OneToOneField(
        "wagtailcore.Collection", verbose_name=_("media collection"), null=True, blank=True, on_delete=models.SET_NULL, related_name="destination"
    )
    editors_group = models.OneToOneField(
        "auth.Group", verbose_name=_("editors group"), null=True, blank=True, on_delete=models.SET_NULL, related_name="edited_destination"
    )
    moderators_group = models.OneToOneField(
        "auth.Group", verbose_name=_("moderators group"), null=True, blank=True, on_delete=models.SET_NULL, related_name="moderated_destination"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = DestinationQuerySet.as_manager()

    panels = [
        FieldPanel("name"),
        FieldPanel("brand"),
        FieldPanel("theme"),
        FieldPanel("languages"),
        FieldPanel("sectors"),
        MultiFieldPanel(
            [
                FieldPanel("communes"),
                FieldRowPanel([FieldPanel("bbox_west"), FieldPanel("bbox_south"), FieldPanel("bbox_east"), FieldPanel("bbox_north")]),
            ],
            _("Territory"),
        ),
        FieldPanel("apidae_selection_ids"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("destination")
        verbose_name_plural = _("destinations")

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        box = [self.bbox_west, self.bbox_south, self.bbox_east, self.bbox_north]
        if any(v is not None for v in box):
            if any(v is None for v in box):
                raise ValidationError(_("Give all four sides of the bounding box, or none."))
            if not (-180 <= self.bbox_west < self.bbox_east <= 180 and -90 <= self.bbox_south < self.bbox_north <= 90):
                raise ValidationError(_("The bounding box must run west < east and south < north."))

    @property
    def bbox(self) -> tuple[float, float, float, float] | None:
        if None in (self.bbox_west, self.bbox_south, self.bbox_east, self.bbox_north):
            return None
        return (self.bbox_west, self.bbox_south, self.bbox_east, self.bbox_north)

    @property
    def home_page(self):
        return self.site.root_page.specific
