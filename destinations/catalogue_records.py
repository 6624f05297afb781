"""Source-agnostic records that adapters (apidae_sync, …) produce and the catalogue service stores.

An adapter maps its source's documents into these plain dataclasses; `destinations.services.catalogue`
writes them into `Offer` and its related tables. Nothing here knows any source's JSON.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal


@dataclass
class TextsRecord:
    """Texts of one language."""

    name: str
    short_description: str = ""
    description: str = ""
    opening_summary: str = ""
    price_summary: str = ""


@dataclass
class PeriodRecord:
    start_date: dt.date
    end_date: dt.date
    every_year: bool = False
    opening_time: dt.time | None = None
    closing_time: dt.time | None = None
    period_type: str = ""
    weekdays: list[int] = field(default_factory=list)
    details: dict[str, str] = field(default_factory=dict)  # language → text


@dataclass
class ImageRecord:
    url: str
    url_list: str = ""
    url_card: str = ""
    width: int | None = None
    height: int | None = None
    captions: dict[str, str] = field(default_factory=dict)
    credit: str = ""
    publish_until: dt.date | None = None


@dataclass
class PriceRecord:
    label: dict[str, str]
    minimum: Decimal | None = None
    maximum: Decimal | None = None


@dataclass
class ReferenceRecord:
    """A classification element the offer carries (labels may be empty when the source gave only ids)."""

    source_id: int
    element_type: str = ""
    labels: dict[str, str] = field(default_factory=dict)
    family_id: int | None = None


@dataclass
class OfferRecord:
    source: str
    source_id: str
    source_type: str
    kind: str  # an OfferKind value
    texts: dict[str, TextsRecord]  # language → texts; "fr" expected, others optional
    latitude: float | None = None
    longitude: float | None = None
    commune_insee: str = ""
    commune_name: str = ""
    commune_source_id: int | None = None
    street_address: str = ""
    postal_code: str = ""
    city: str = ""
    is_free: bool | None = None
    prices: list[PriceRecord] = field(default_factory=list)
    has_eco_label: bool = False
    is_accessible: bool = False
    contact_means: list[dict[str, str]] = field(default_factory=list)  # [{"kind": "phone|email|website|facebook|…", "value": …}]
    booking_links: list[dict[str, str]] = field(default_factory=list)  # [{"name", "url", "phone", "email"}]
    references: list[ReferenceRecord] = field(default_factory=list)
    periods: list[PeriodRecord] = field(default_factory=list)
    images: list[ImageRecord] = field(default_factory=list)
    selection_ids: list[int] = field(default_factory=list)
    source_modified_at: dt.datetime | None = None
    is_generated: bool = False
    raw: dict | None = None  # the source document, stored verbatim
    skipped: list[str] = field(default_factory=list)  # what the mapper could not understand (logged by the sync)

    @property
    def name(self) -> str:
        texts = self.texts.get("fr") or next(iter(self.texts.values()), None)
        return texts.name if texts else self.source_id
