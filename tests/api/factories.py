"""API test data, built with the ORM: destinations through the real provisioning service, offers by hand."""

from __future__ import annotations

import datetime as dt
import itertools

from django.core.cache import cache
from wagtail.models import Locale

from destinations.models import (
    Audience,
    Brand,
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

LANGUAGES = ("fr", "en", "de", "it")
_numbers = itertools.count(1)


def ensure_locales() -> dict[str, Locale]:
    return {code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGUAGES}


def make_brand(slug: str, name: str, translations: dict[str, str] | None = None) -> Brand:
    locales = ensure_locales()
    brand = BrandFactory(slug=slug, name=name)
    for code, translated in (translations or {}).items():
        row = brand.copy_for_translation(locales[code])
        row.name = translated
        row.save()
    return brand


def make_destination(slug: str, *, brand: Brand, hostname: str, port: int = 80, languages=LANGUAGES, communes=(), bbox=None):
    ensure_locales()
    destination = create_destination(
        DestinationSpec(
            name=slug.replace("-", " ").title(), slug=slug, brand_slug=brand.slug, theme="provence",
            hostname=hostname, port=port, languages=tuple(languages),
        )
    )
    if communes:
        destination.communes.set(communes)
    if bbox:
        destination.bbox_west, destination.bbox_south, destination.bbox_east, destination.bbox_north = bbox
        destination.save()
    cache.clear()  # Wagtail caches site root paths
    return destination


def make_term(model, slug: str, ids: list[int], names: dict[str, str]):
    locales = ensure_locales()
    fr = model.objects.create(slug=slug, name=names["fr"], locale=locales["fr"], apidae_reference_ids=ids)
    for code, name in names.items():
        if code != "fr":
            row = fr.copy_for_translation(locales[code])
            row.name = name
            row.save()
    return fr


def make_interest(slug: str, ids: list[int], names: dict[str, str]) -> Interest:
    return make_term(Interest, slug, ids, names)


def make_audience(slug: str, ids: list[int], names: dict[str, str]) -> Audience:
    return make_term(Audience, slug, ids, names)


def commune(insee: str, name: str) -> Commune:
    return Commune.objects.get_or_create(insee_code=insee, defaults={"name": name})[0]


def reference(source_id: int, element_type: str = "TypeClientele", labels: dict | None = None) -> ReferenceElement:
    return ReferenceElement.objects.get_or_create(
        source="apidae", source_id=source_id,
        defaults={"element_type": element_type, "labels": labels or {"fr": f"Élément {source_id}", "en": f"Element {source_id}"}},
    )[0]


def make_offer(
    destinations,
    name: str,
    *,
    kind: str = "activity",
    texts: dict[str, dict] | None = None,
    criteria=(),
    periods=(),
    images: int = 0,
    published: bool = True,
    **fields,
) -> Offer:
    """An offer with its French text (+ `texts` {lang: {...}}), criteria (ids or ReferenceElements),
    periods [(start, end) or (start, end, {field: value})] and `images` photos."""
    n = next(_numbers)
    fields.setdefault("latitude", 43.87)
    fields.setdefault("longitude", 5.39)
    offer = Offer.objects.create(
        source="test", source_id=f"api-{n}", kind=kind, name=name, slug=f"offre-api-{n}", is_published=published, **fields
    )
    offer.destinations.set(list(destinations))
    all_texts = {"fr": {"name": name, "short_description": f"Courte description de {name}"}, **(texts or {})}
    for code, values in all_texts.items():
        OfferTranslation.objects.create(offer=offer, language_code=code, **values)
    offer.criteria.set([c if isinstance(c, ReferenceElement) else reference(c) for c in criteria])
    for position, (start, end, *extra) in enumerate(periods):
        OpeningPeriod.objects.create(offer=offer, position=position, start_date=start, end_date=end, **(extra[0] if extra else {}))
    for position in range(images):
        OfferImage.objects.create(
            offer=offer, position=position,
            url=f"http://static.apidae-tourisme.com/filestore/{n}-{position}.jpg",
            url_list=f"http://static.apidae-tourisme.com/filestore/{n}-{position}-liste.jpg",
            url_card=f"http://static.apidae-tourisme.com/filestore/{n}-{position}-fiche.jpg",
            width=1600, height=1067, captions={"fr": f"Photo {position} de {name}", "en": f"Photo {position} of {name}"},
            credit="© Office de tourisme",
        )
    return offer


def in_days(days: int) -> dt.date:
    from django.utils import timezone

    return timezone.localdate() + dt.timedelta(days=days)
