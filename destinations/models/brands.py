"""Umbrella brands (marques ombrelles): Provence, Alpes, Côte d'Azur France."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from .taxonomy import hex_colour


class Brand(TranslatableMixin, models.Model):
    """A regional umbrella brand; its palette is the middle layer of every destination theme."""

    slug = models.SlugField(_("slug"), max_length=40)
    name = models.CharField(_("name"), max_length=80)
    tagline = models.CharField(_("tagline"), max_length=160, blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("logo"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    primary_colour = models.CharField(_("primary colour"), max_length=7, validators=[hex_colour], default="#1f4e79")
    secondary_colour = models.CharField(_("secondary colour"), max_length=7, validators=[hex_colour], default="#f2b134")
    accent_colour = models.CharField(_("accent colour"), max_length=7, validators=[hex_colour], default="#b33c1c")
    sort_order = models.PositiveSmallIntegerField(_("order"), default=100)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("tagline"),
        FieldPanel("logo"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("primary_colour"), FieldPanel("secondary_colour"), FieldPanel("accent_colour")])],
            _("Palette"),
            help_text=_("Colours must keep a 4.5:1 contrast with white text; the theme check refuses others."),
        ),
        FieldPanel("sort_order"),
    ]
    override_translatable_fields = [
        TranslatableField("name"),
        TranslatableField("tagline"),
        SynchronizedField("slug"),
        SynchronizedField("logo"),
        SynchronizedField("primary_colour"),
        SynchronizedField("secondary_colour"),
        SynchronizedField("accent_colour"),
        SynchronizedField("sort_order"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order", "name"]
        verbose_name = _("brand")
        verbose_name_plural = _("brands")
        constraints = [models.UniqueConstraint(fields=["slug", "locale"], name="unique_brand_slug_per_locale")]

    def __str__(self) -> str:
        return self.name
