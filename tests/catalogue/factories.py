"""Catalogue test data built with the ORM: destinations via the real provisioning service, offers by hand."""

from __future__ import annotations

import datetime as dt
import itertools

from django.core.cache import cache
from wagtail.models import Locale

from destinations.models import (
    Audience,
    Commune,
    Interest,
    Offer,
    OfferImage,
    OfferTranslation,
    OpeningPeriod,
    ReferenceElement,
)
from destinations.services.provisioning import DestinationSpec, create_destination
from tests.factories import BrandFactory

_ids = itertools.count(1)
LANGUAGES = ("fr", "en", "de", "it")


def ensure_locales() -> dict[str, Locale]:
    return {code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGUAGES}


def make_destination(slug: str, *, hostname: str | None = None, brand_slug: str = "catalogue-test-brand"):
    """A destination created by the provisioning service (Site on port 80, French home page)."""
    ensure_locales()
    BrandFactory(slug=brand_slug)
    destination = create_destination(
        DestinationSpec(
            name=slug.title(), slug=slug, brand_slug=brand_slug, theme="provence",
            hostname=hostname or f"{slug}.localhost", port=80,
        )
    )
    cache.clear()  # Wagtail caches site root paths
    return destination


def make_term(model, slug: str, ids: list[int], *, names: dict[str, str] | None = None):
    """An Interest or Audience in French plus translations (same slug and reference ids)."""
    locales = ensure_locales()
    names = names or {}
    fr = model.objects.create(slug=slug, name=names.get("fr", slug.title()), locale=locales["fr"], apidae_reference_ids=ids)
    for code, name in names.items():
        if code != "fr":
            row = fr.copy_for_translation(locales[code])
            row.name = name
            row.save()
    return fr


def make_interest(slug: str, ids: list[int], **kwargs) -> Interest:
    return make_term(Interest, slug, ids, **kwargs)


def make_audience(slug: str, ids: list[int], **kwargs) -> Audience:
    return make_term(Audience, slug, ids, **kwargs)


def reference(source_id: int, element_type: str = "TypeClientele", labels: dict | None = None) -> ReferenceElement:
    element, _created = ReferenceElement.objects.get_or_create(
        source="apidae", source_id=source_id,
        defaults={"element_type": element_type, "labels": labels or {"fr": f"Élément {source_id}", "en": f"Element {source_id}"}},
    )
    return element


def commune(insee: str, name: str) -> Commune:
    return Commune.objects.get_or_create(insee_code=insee, defaults={"name": name})[0]


def make_offer(
    destination,
    name: str = "",
    *,
    kind: str = "activity",
    texts: dict[str, dict] | None = None,
    criteria: list[int] = (),
    periods: list[tuple] = (),
    images: int = 0,
    commune_obj: Commune | None = None,
    published: bool = True,
    lat: float | None = 43.83,
    lon: float | None = 5.3,
    **fields,
) -> Offer:
    """One offer with French texts (plus `texts` {lang: {name, …}}), periods [(start, end, every_year?)], images."""
    n = next(_ids)
    name = name or f"Offre {n}"
    offer = Offer.objects.create(
        source="test", source_id=f"cat-{n}", kind=kind, name=name, slug=f"offre-{n}", commune=commune_obj,
        latitude=lat, longitude=lon, is_published=published, **fields,
    )
    offer.destinations.add(destination)
    all_texts = {"fr": {"name": name, "short_description": f"Description courte de {name}"}, **(texts or {})}
    for code, values in all_texts.items():
        OfferTranslation.objects.create(offer=offer, language_code=code, **values)
    if criteria:
        offer.criteria.set([reference(i) for i in criteria])
    for position, period in enumerate(periods):
        start, end, *rest = period
        OpeningPeriod.objects.create(offer=offer, position=position, start_date=start, end_date=end, every_year=bool(rest and rest[0]))
    for position in range(images):
        OfferImage.objects.create(
            offer=offer, position=position,
            url=f"http://static.apidae-tourisme.com/filestore/{n}-{position}.jpg",
            url_list=f"http://static.apidae-tourisme.com/filestore/{n}-{position}-liste.jpg",
            url_card=f"http://static.apidae-tourisme.com/filestore/{n}-{position}-fiche.jpg",
            width=1600, height=1067, captions={"fr": f"Photo {position} de {name}"}, credit="© Office de tourisme",
        )
    return offer


def date(year: int, month: int, day: int) -> dt.date:
    return dt.date(year, month, day)
