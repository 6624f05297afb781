"""Request parameters and response shapes of the public read API (they are also its OpenAPI schema)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from ninja import Schema
from pydantic import Field, StringConstraints, model_validator

from destinations.models import OfferKind

Language = Literal["fr", "en", "de", "it"]
Insee = Annotated[str, StringConstraints(pattern=r"^[0-9][0-9AB][0-9]{3}$", to_upper=True)]
Slug = Annotated[str, StringConstraints(pattern=r"^[-a-zA-Z0-9_]+$", max_length=60)]
MAX_LIMIT = 100
DEFAULT_LIMIT = 20


# --- Parameters -------------------------------------------------------------------------------------


class LanguageParams(Schema):
    lang: Language | None = Field(
        None, description="Language of the texts (fr, en, de, it). Default: the Accept-Language header, else fr. "
        "Texts missing in that language fall back to French."
    )


class OfferFilterParams(LanguageParams):
    """Filters shared by /offers and /events. Repeatable filters (kind, interest, audience, commune) are OR-ed."""

    destination: Slug | None = Field(None, description="Destination slug: only that destination's offers.")
    interest: list[Slug] = Field(default_factory=list, description="Interest slug (repeatable).")
    audience: list[Slug] = Field(default_factory=list, description="Visitor typology slug (repeatable).")
    commune: list[Insee] = Field(default_factory=list, description="Commune INSEE code (repeatable).")
    date_from: dt.date | None = Field(None, description="ISO date: keep offers open/occurring on or after this day.")
    date_to: dt.date | None = Field(None, description="ISO date: keep offers open/occurring on or before this day.")
    free: bool | None = Field(None, description="true: free offers only; false: paying offers only.")
    eco_label: bool | None = Field(None, description="true: offers with an ecological label; false: without.")
    accessible: bool | None = Field(None, description="true: accessible offers (Tourisme & Handicap or adapted).")
    q: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)] | None = Field(
        None, description="Full-text search in the offer texts of the chosen language (and French)."
    )
    limit: int = Field(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT, description=f"Page size, at most {MAX_LIMIT}.")
    offset: int = Field(0, ge=0, le=1_000_000, description="Number of results to skip.")

    @model_validator(mode="after")
    def _dates_in_order(self):
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise ValueError("date_from must be on or before date_to")
        return self


class OfferListParams(OfferFilterParams):
    kind: list[OfferKind] = Field(default_factory=list, description="Offer kind (repeatable).")
    ordering: Literal["name", "-modified", "relevance"] | None = Field(
        None, description="name (default), -modified (last modified in the source first) or relevance (with q; the default then)."
    )


class EventListParams(OfferFilterParams):
    """Events are ordered by their next occurrence on or after date_from (default: today)."""


# --- Responses ----------------------------------------------------------------------------------------


class ErrorOut(Schema):
    detail: str
    errors: list[dict] | None = None


class CommuneOut(Schema):
    insee: str
    name: str


class BrandOut(Schema):
    slug: str
    name: str


class BboxOut(Schema):
    west: float
    south: float
    east: float
    north: float


class DestinationOut(Schema):
    slug: str
    name: str
    brand: BrandOut
    theme: str
    languages: list[str]
    url: str = Field(description="Home page of the destination's portal in the requested language (or its first).")
    communes: list[CommuneOut]
    bbox: BboxOut | None
    offer_count: int = Field(description="Published offers.")
    event_count: int = Field(description="Published events (all dates).")


class ImageOut(Schema):
    url: str
    url_list: str
    width: int | None
    height: int | None
    credit: str


class ImageDetailOut(ImageOut):
    url_card: str
    caption: str


class LabelOut(Schema):
    id: int
    type: str
    name: str


class PeriodOut(Schema):
    start_date: dt.date
    end_date: dt.date
    opening_time: dt.time | None
    closing_time: dt.time | None
    weekdays: list[int] = Field(description="ISO weekdays, 1 = Monday; empty = not specified.")
    every_year: bool
    type: str
    details: str = Field(description="Details in the requested language (French fallback).")
    text: str = Field(description="The period in words, in the requested language.")
    off_season: bool = Field(description="Not entirely within July–August.")


class OfferOut(Schema):
    id: int
    source: str
    source_id: str
    kind: OfferKind
    name: str
    language: str = Field(description="Language of name/short_description (the requested one, or fr as fallback).")
    short_description: str
    commune: CommuneOut | None
    city: str
    latitude: float | None
    longitude: float | None
    is_free: bool | None
    has_eco_label: bool
    is_accessible: bool
    labels: list[str] = Field(description="Names of the offer's labels and distinctions.")
    image: ImageOut | None
    url: str | None = Field(description="Detail page on a destination portal.")
    periods: list[PeriodOut] | None = Field(None, description="Events only: every period.")


class EventOut(OfferOut):
    periods: list[PeriodOut]
    next_start_date: dt.date | None = Field(description="Start of the first period ending on or after date_from/today.")
    off_season: bool = Field(description="One of its periods in the requested window is outside July–August.")


class PriceOut(Schema):
    label: str
    min: str | None
    max: str | None


class ContactOut(Schema):
    kind: str
    value: str


class BookingLinkOut(Schema):
    name: str
    url: str
    phone: str
    email: str


class TermOut(Schema):
    slug: str
    name: str


class OfferDetailOut(OfferOut):
    description: str
    opening_summary: str
    price_summary: str
    street_address: str
    postal_code: str
    periods: list[PeriodOut]
    price_min: str | None
    price_max: str | None
    prices: list[PriceOut]
    contacts: list[ContactOut]
    booking_links: list[BookingLinkOut]
    images: list[ImageDetailOut]
    criteria: list[LabelOut] = Field(description="Every classification element (labels, equipment, services, …).")
    interests: list[TermOut]
    audiences: list[TermOut]
    destinations: list[str] = Field(description="Slugs of the destinations showing this offer.")
    source_modified_at: dt.datetime | None


class OfferPage(Schema):
    count: int
    next: str | None
    previous: str | None
    limit: int
    offset: int
    language: str
    results: list[OfferOut]


class EventPage(OfferPage):
    results: list[EventOut]
