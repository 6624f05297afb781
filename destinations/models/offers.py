"""The tourism offer catalogue: source-agnostic offers (places, lodgings, restaurants, activities, events…).

An `Offer` is one object of an external database (Apidae today; DATAtourisme or Tourinsoft tomorrow),
identified by `(source, source_id)`. Language-neutral facts live on `Offer`; texts live in one
`OfferTranslation` row per language the source provides (French is the fallback). Classification ids of
the source (`ReferenceElement`) link offers to the Région's interests, audiences and labels without this
app knowing any source's JSON. The raw source document is kept in `OfferSource` so a mapping change can be
re-applied without calling the source again.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.search import index
from wagtail.search.queryset import SearchableQuerySetMixin


class OfferKind(models.TextChoices):
    ACCOMMODATION = "accommodation", _("Accommodation")
    RESTAURANT = "restaurant", _("Restaurant")
    ACTIVITY = "activity", _("Activity")
    EVENT = "event", _("Event")
    HERITAGE = "heritage", _("Heritage & culture")
    NATURE = "nature", _("Natural site")
    TASTING = "tasting", _("Tasting & local produce")
    SHOP_SERVICE = "shop_service", _("Shop & service")
    EQUIPMENT = "equipment", _("Facility & route")
    SKI_AREA = "ski_area", _("Ski area")
    PACKAGE = "package", _("Package & stay")
    ORGANISATION = "organisation", _("Organisation")
    TERRITORY = "territory", _("Territory")
    OTHER = "other", _("Other")


class ReferenceElement(models.Model):
    """One classification element of a source (e.g. Apidae `TypeClientele` 513 “Spécial famille”)."""

    source = models.CharField(_("source"), max_length=20, default="apidae")
    source_id = models.PositiveIntegerField(_("id in the source"))
    element_type = models.CharField(_("type"), max_length=80, blank=True)
    labels = models.JSONField(_("labels by language"), default=dict, blank=True)
    family_id = models.PositiveIntegerField(_("family id"), null=True, blank=True)

    class Meta:
        verbose_name = _("reference element")
        verbose_name_plural = _("reference elements")
        constraints = [models.UniqueConstraint(fields=["source", "source_id"], name="unique_reference_element")]
        indexes = [models.Index(fields=["element_type"])]

    def __str__(self) -> str:
        return f"{self.element_type} {self.source_id}: {self.label('fr')}"

    def label(self, language: str) -> str:
        return self.labels.get(language) or self.labels.get("fr") or str(self.source_id)


class OfferQuerySet(models.QuerySet):
    def published(self) -> OfferQuerySet:
        return self.filter(is_published=True)

    def for_destination(self, destination) -> OfferQuerySet:
        return self.filter(destinations=destination)


class Offer(models.Model):
    source = models.CharField(_("source"), max_length=20, default="apidae")
    source_id = models.CharField(_("id in the source"), max_length=40)
    source_type = models.CharField(_("type in the source"), max_length=60, blank=True)
    kind = models.CharField(_("kind"), max_length=20, choices=OfferKind.choices, default=OfferKind.OTHER, db_index=True)
    name = models.CharField(_("name"), max_length=255)
    slug = models.SlugField(_("slug"), max_length=80)

    latitude = models.FloatField(_("latitude"), null=True, blank=True)
    longitude = models.FloatField(_("longitude"), null=True, blank=True)
    commune = models.ForeignKey(
        "destinations.Commune", verbose_name=_("commune"), null=True, blank=True, on_delete=models.SET_NULL, related_name="offers"
    )
    street_address = models.CharField(_("address"), max_length=255, blank=True)
    postal_code = models.CharField(_("postal code"), max_length=10, blank=True)
    city = models.CharField(_("city"), max_length=120, blank=True)

    is_free = models.BooleanField(_("free"), null=True, blank=True, db_index=True)
    price_min = models.DecimalField(_("lowest price"), max_digits=9, decimal_places=2, null=True, blank=True)
    price_max = models.DecimalField(_("highest price"), max_digits=9, decimal_places=2, null=True, blank=True)
    prices = models.JSONField(_("prices"), default=list, blank=True, help_text=_("[{label: {lang: text}, min, max}]"))
    has_eco_label = models.BooleanField(_("eco label"), default=False, db_index=True)
    is_accessible = models.BooleanField(_("accessible (Tourisme & Handicap or adapted)"), default=False, db_index=True)
    contact_means = models.JSONField(_("public contact means"), default=list, blank=True, help_text=_("[{kind, value}]"))
    booking_links = models.JSONField(_("booking links"), default=list, blank=True, help_text=_("[{name, url, phone, email}]"))

    criteria = models.ManyToManyField(ReferenceElement, verbose_name=_("classification"), blank=True, related_name="offers")
    destinations = models.ManyToManyField(
        "destinations.Destination", verbose_name=_("destinations"), blank=True, related_name="offers"
    )
    selection_ids = models.JSONField(_("source selections"), default=list, blank=True)

    is_published = models.BooleanField(_("published"), default=True, db_index=True)
    unpublished_reason = models.CharField(_("why unpublished"), max_length=120, blank=True)
    is_generated = models.BooleanField(
        _("generated demo data"), default=False, help_text=_("Made up for the demo; not a real offer.")
    )
    source_modified_at = models.DateTimeField(_("modified in the source"), null=True, blank=True)
    content_hash = models.CharField(_("content fingerprint"), max_length=64, blank=True)
    first_seen_at = models.DateTimeField(_("first imported"), auto_now_add=True)
    synced_at = models.DateTimeField(_("last synced"), auto_now=True)

    objects = OfferQuerySet.as_manager()

    class Meta:
        verbose_name = _("offer")
        verbose_name_plural = _("offers")
        ordering = ["name"]
        constraints = [models.UniqueConstraint(fields=["source", "source_id"], name="unique_offer_source_id")]
        indexes = [
            models.Index(fields=["is_published", "kind"]),
            models.Index(fields=["latitude", "longitude"]),
            # The listing's default order (name, then id) over published offers: a page is an index walk
            # that stops after `offset + page size` rows instead of a sort of the whole catalogue, and
            # counts can read this small index instead of the wide offer rows.
            models.Index(fields=["name", "id"], name="offer_published_by_name", condition=models.Q(is_published=True)),
        ]

    def __str__(self) -> str:
        return self.name


class OfferTranslationQuerySet(SearchableQuerySetMixin, models.QuerySet):
    pass


class OfferTranslation(index.Indexed, models.Model):
    """The texts of one offer in one language (only the languages the source provides)."""

    offer = models.ForeignKey(Offer, on_delete=models.CASCADE, related_name="translations")
    language_code = models.CharField(_("language"), max_length=10)
    name = models.CharField(_("name"), max_length=255)
    short_description = models.TextField(_("short description"), blank=True)
    description = models.TextField(_("description"), blank=True)
    opening_summary = models.TextField(_("opening in words"), blank=True)
    price_summary = models.TextField(_("prices in words"), blank=True)
    is_published = models.BooleanField(default=True)

    objects = OfferTranslationQuerySet.as_manager()

    search_fields = [
        index.SearchField("name", boost=4),
        index.AutocompleteField("name"),
        index.SearchField("short_description", boost=2),
        index.SearchField("description"),
        index.FilterField("language_code"),
        index.FilterField("is_published"),
        index.FilterField("offer_id"),
    ]

    class Meta:
        verbose_name = _("offer text")
        verbose_name_plural = _("offer texts")
        constraints = [models.UniqueConstraint(fields=["offer", "language_code"], name="unique_offer_language")]

    def __str__(self) -> str:
        return f"{self.name} [{self.language_code}]"


class OpeningPeriod(models.Model):
    """One opening period (or event date range). Yearly periods are stored for this year and the next."""

    offer = models.ForeignKey(Offer, on_delete=models.CASCADE, related_name="periods")
    position = models.PositiveSmallIntegerField(default=0)
    start_date = models.DateField(_("from"), db_index=True)
    end_date = models.DateField(_("to"), db_index=True)
    every_year = models.BooleanField(_("every year"), default=False)
    opening_time = models.TimeField(_("opens at"), null=True, blank=True)
    closing_time = models.TimeField(_("closes at"), null=True, blank=True)
    period_type = models.CharField(_("type"), max_length=60, blank=True)
    weekdays = models.JSONField(_("days"), default=list, blank=True, help_text=_("ISO weekday numbers, 1 = Monday"))
    details = models.JSONField(_("details by language"), default=dict, blank=True)

    class Meta:
        ordering = ["start_date", "position"]
        verbose_name = _("opening period")
        verbose_name_plural = _("opening periods")

    def __str__(self) -> str:
        return f"{self.start_date} – {self.end_date}"

    @property
    def is_off_season(self) -> bool:
        """Off-season = not entirely within July–August (the Région's definition)."""
        return not (self.start_date.month in (7, 8) and self.end_date.month in (7, 8) and self.start_date.year == self.end_date.year)


class OfferImage(models.Model):
    """A photo as the source serves it, with its size variants (no copy is stored, see catalogue docs)."""

    offer = models.ForeignKey(Offer, on_delete=models.CASCADE, related_name="images")
    position = models.PositiveSmallIntegerField(default=0)
    url = models.URLField(_("original"), max_length=500)
    url_list = models.URLField(_("list size"), max_length=500, blank=True)
    url_card = models.URLField(_("detail size"), max_length=500, blank=True)
    width = models.PositiveIntegerField(null=True, blank=True)
    height = models.PositiveIntegerField(null=True, blank=True)
    captions = models.JSONField(_("captions by language"), default=dict, blank=True)
    credit = models.CharField(_("credit"), max_length=255, blank=True)
    publish_until = models.DateField(_("publish until"), null=True, blank=True)

    class Meta:
        ordering = ["position"]
        verbose_name = _("offer photo")
        verbose_name_plural = _("offer photos")

    def __str__(self) -> str:
        return self.url


class OfferSource(models.Model):
    """The raw source document, so a mapping change can be re-applied without calling the source."""

    offer = models.OneToOneField(Offer, on_delete=models.CASCADE, related_name="source_document", primary_key=True)
    payload = models.JSONField()
    fetched_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"source of offer {self.offer_id}"
