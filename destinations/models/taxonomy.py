"""The Région's shared vocabularies: interests, visitor typologies (audiences), sectors, communes.

Each entry carries the Apidae reference ids that define it, so the offer catalogue can match offers
to entry points without the page layer knowing anything about Apidae JSON.
"""

from __future__ import annotations

from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from themes.icons import ICON_CHOICES

hex_colour = RegexValidator(r"^#[0-9a-fA-F]{6}$", _("Enter a colour as #RRGGBB."))


def validate_reference_ids(value: object) -> None:
    from django.core.exceptions import ValidationError

    if not isinstance(value, list) or not all(isinstance(v, int) and v > 0 for v in value):
        raise ValidationError(_("Enter a list of positive whole numbers, e.g. [513, 594]."))


class TaxonomyTerm(TranslatableMixin, index.Indexed, models.Model):
    """Common shape of the Région's entry-point vocabularies (one row per locale)."""

    slug = models.SlugField(
        _("slug"), max_length=60, help_text=_("Stable identifier, the same in every language.")
    )
    name = models.CharField(_("name"), max_length=120)
    description = models.TextField(_("short description"), blank=True)
    icon = models.CharField(_("icon"), max_length=40, choices=ICON_CHOICES, default="star")
    colour = models.CharField(_("colour"), max_length=7, default="#1f4e79", validators=[hex_colour])
    apidae_reference_ids = models.JSONField(
        _("Apidae reference ids"),
        default=list,
        blank=True,
        validators=[validate_reference_ids],
        help_text=_("Apidae element reference ids that define this entry, e.g. [513] for families."),
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=100)

    panels = [
        MultiFieldPanel([FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")], _("Wording")),
        MultiFieldPanel([FieldPanel("icon"), FieldPanel("colour"), FieldPanel("sort_order")], _("Display")),
        FieldPanel("apidae_reference_ids"),
    ]
    override_translatable_fields = [
        TranslatableField("name"),
        TranslatableField("description"),
        SynchronizedField("slug"),
        SynchronizedField("icon"),
        SynchronizedField("colour"),
        SynchronizedField("apidae_reference_ids"),
        SynchronizedField("sort_order"),
    ]
    search_fields = [
        index.SearchField("name", boost=2),
        index.AutocompleteField("name"),
        index.SearchField("description"),
        index.FilterField("locale_id"),
    ]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["sort_order", "name"]

    def __str__(self) -> str:
        return self.name


class Interest(TaxonomyTerm):
    """Centre d'intérêt: culture & heritage, adventure, unusual, nature, gastronomy, wellness…"""

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("interest")
        verbose_name_plural = _("interests")
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_interest_slug_per_locale"),
        ]


class Audience(TaxonomyTerm):
    """Typologie de clientèle: solo, couple, family, senior, group, friends…"""

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("visitor typology")
        verbose_name_plural = _("visitor typologies")
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_audience_slug_per_locale"),
        ]


class Sector(TaxonomyTerm):
    """Filière: a priority sector of a destination (outdoor, wine, heritage…)."""

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("sector")
        verbose_name_plural = _("sectors")
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_sector_slug_per_locale"),
        ]


class Commune(models.Model):
    """A French commune, identified by its INSEE code (the key Apidae and public data share)."""

    insee_code = models.CharField(
        _("INSEE code"), max_length=5, unique=True, validators=[RegexValidator(r"^[0-9][0-9AB][0-9]{3}$")]
    )
    name = models.CharField(_("name"), max_length=120)
    postal_code = models.CharField(_("postal code"), max_length=5, blank=True)
    apidae_id = models.PositiveIntegerField(_("Apidae commune id"), null=True, blank=True, unique=True)
    latitude = models.FloatField(_("latitude"), null=True, blank=True)
    longitude = models.FloatField(_("longitude"), null=True, blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("commune")
        verbose_name_plural = _("communes")

    def __str__(self) -> str:
        return f"{self.name} ({self.insee_code})"
