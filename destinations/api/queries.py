"""Query functions of the public read API: each runs a bounded number of SQL queries whatever the page size.

Filtering, French-fallback texts, first photos, search and taxonomy come from the HTML catalogue's own
query module (`destinations.catalogue.services` / `filters`), so the API and the portal pages agree on what
"free", "open between", "for families" or a search for "lavande" mean. This module adds what an API needs
on top: destination-independent querysets, strict parameter checks (422 rather than silently ignored),
absolute portal URLs, and plain dicts shaped like `schemas`.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.conf import settings
from django.db.models import Count, Exists, F, OuterRef, Prefetch, Q, QuerySet, Subquery, prefetch_related_objects
from django.http import HttpRequest
from django.utils import translation
from ninja.errors import ValidationError

from destinations.catalogue import formatting, services
from destinations.catalogue.filters import OfferFilters, Term
from destinations.models import (
    Brand,
    Commune,
    Destination,
    Offer,
    OfferKind,
    OfferTranslation,
    OpeningPeriod,
    ReferenceElement,
)

from .schemas import EventListParams, OfferFilterParams, OfferListParams

FALLBACK = services.FALLBACK_LANGUAGE
API_LANGUAGES = ("fr", "en", "de", "it")
#: The same public contact kinds as the HTML detail page shows (destinations/catalogue/views.py).
PUBLIC_CONTACT_KINDS = ("phone", "email", "website", "facebook")
#: Classification elements that are labels or distinctions (Apidae types "LabelTourismeHandicap",
#: "Distinction", "Classement…"), as opposed to equipment, services, payment modes…
LABEL_CRITERIA = Q(element_type__istartswith="label") | Q(element_type__istartswith="classement") | Q(element_type="Distinction")


def is_label(element: ReferenceElement) -> bool:
    kind = (element.element_type or "").lower()
    return kind.startswith(("label", "classement")) or kind == "distinction"


def param_error(name: str, message: str) -> ValidationError:
    """A 422 in the same shape as the framework's own parameter errors."""
    return ValidationError([{"type": "value_error", "loc": ["query", name], "msg": message}])


# --- Language and URLs ------------------------------------------------------------------------------


def resolve_language(request: HttpRequest, lang: str | None) -> str:
    """`lang` if given, else the Accept-Language header (Django's negotiation), else French."""
    if lang:
        return lang
    code = (translation.get_language_from_request(request) or settings.LANGUAGE_CODE).split("-")[0].lower()
    return code if code in API_LANGUAGES else FALLBACK


def site_base_url(request: HttpRequest, site) -> str:
    """scheme://host[:port] of a destination's Site; the scheme follows the API request's (or 443)."""
    scheme = "https" if site.port == 443 else request.scheme
    port = "" if site.port in (80, 443) else f":{site.port}"
    return f"{scheme}://{site.hostname}{port}"


def portal_language(destination: Destination, language: str) -> str:
    languages = destination.languages or [FALLBACK]
    return language if language in languages else languages[0]


def destination_url(request: HttpRequest, destination: Destination, language: str) -> str:
    return f"{site_base_url(request, destination.site)}/{portal_language(destination, language)}/"


def offer_url(request: HttpRequest, offer: Offer, destination: Destination | None, language: str) -> str | None:
    """The offer's detail page on a destination portal (the catalogue's own route, in that language)."""
    if destination is None:
        return None
    with translation.override(portal_language(destination, language)):
        path = services.offer_url(offer)
    return site_base_url(request, destination.site) + path


def page_links(request: HttpRequest, count: int, limit: int, offset: int) -> tuple[str | None, str | None]:
    def link(new_offset: int) -> str:
        params = request.GET.copy()
        params["limit"] = str(limit)
        params["offset"] = str(new_offset)
        return request.build_absolute_uri(f"{request.path}?{params.urlencode()}")

    following = link(offset + limit) if offset + limit < count else None
    previous = link(max(offset - limit, 0)) if offset > 0 else None
    return following, previous


# --- Destinations -----------------------------------------------------------------------------------


def destinations_queryset() -> QuerySet[Destination]:
    published = Q(offers__is_published=True)
    return (
        Destination.objects.select_related("brand", "site")
        .prefetch_related(Prefetch("communes", queryset=Commune.objects.order_by("name", "insee_code")))
        .annotate(
            offer_count=Count("offers", filter=published, distinct=True),
            event_count=Count("offers", filter=published & Q(offers__kind=OfferKind.EVENT), distinct=True),
        )
        .order_by("name")
    )


def brand_names(destinations: Iterable[Destination], language: str) -> dict:
    """{translation_key: name in `language`} for the destinations' brands (1 query; French names otherwise)."""
    keys = {d.brand.translation_key for d in destinations}
    if not keys or language == FALLBACK:
        return {}
    rows = Brand.objects.filter(translation_key__in=keys, locale__language_code=language).values_list("translation_key", "name")
    return dict(rows)


def destination_out(request: HttpRequest, destination: Destination, language: str, names: dict) -> dict:
    bbox = destination.bbox
    return {
        "slug": destination.slug,
        "name": destination.name,
        "brand": {"slug": destination.brand.slug, "name": names.get(destination.brand.translation_key, destination.brand.name)},
        "theme": destination.theme,
        "languages": list(destination.languages or []),
        "url": destination_url(request, destination, language),
        "communes": [{"insee": c.insee_code, "name": c.name} for c in destination.communes.all()],
        "bbox": dict(zip(("west", "south", "east", "north"), bbox, strict=True)) if bbox else None,
        "offer_count": destination.offer_count,
        "event_count": destination.event_count,
    }


def list_destinations(request: HttpRequest, language: str) -> list[dict]:
    """Every destination: 3 queries."""
    destinations = list(destinations_queryset())
    names = brand_names(destinations, language)
    return [destination_out(request, d, language, names) for d in destinations]


def get_destination(request: HttpRequest, slug: str, language: str) -> dict | None:
    destination = destinations_queryset().filter(slug=slug).first()
    if destination is None:
        return None
    return destination_out(request, destination, language, brand_names([destination], language))


# --- Offers: filtering --------------------------------------------------------------------------------


def base_offers(destination: Destination | None = None) -> QuerySet[Offer]:
    """Published offers of one destination, or of any destination (offers no portal shows are left out)."""
    if destination is not None:
        return services.published_offers(destination)
    linked = Offer.destinations.through.objects.filter(offer_id=OuterRef("pk"))
    return Offer.objects.published().filter(Exists(linked))


def _terms(slugs: list[str], terms: list[Term], name: str) -> list[Term]:
    by_slug = {t.slug: t for t in terms}
    unknown = [s for s in slugs if s not in by_slug]
    if unknown:
        known = ", ".join(sorted(by_slug)) or "none"
        raise param_error(name, f"Unknown {name} {', '.join(unknown)!s}; known: {known}.")
    return [by_slug[s] for s in dict.fromkeys(slugs)]


def resolve_destination(slug: str | None) -> Destination | None:
    if not slug:
        return None
    destination = Destination.objects.select_related("site").filter(slug=slug).first()
    if destination is None:
        raise param_error("destination", f"Unknown destination {slug!r}.")
    return destination


def filtered_offers(params: OfferFilterParams, language: str, destination: Destination | None, *, kinds: list[str]) -> tuple[QuerySet[Offer], OfferFilters]:
    """The catalogue's own filters (`services.apply_filters`), plus the negative flags the HTML pages lack."""
    interests: list[Term] = []
    audiences: list[Term] = []
    if params.interest or params.audience:
        all_interests, all_audiences = services.taxonomy_terms(language)
        interests = _terms(params.interest, all_interests, "interest")
        audiences = _terms(params.audience, all_audiences, "audience")
    filters = OfferFilters(
        kinds=list(kinds),
        interests=interests,
        audiences=audiences,
        communes=list(dict.fromkeys(params.commune)),
        date_from=params.date_from,
        date_to=params.date_to,
        price={True: "free", False: "paid", None: ""}[params.free],
        eco=params.eco_label is True,
        accessible=params.accessible is True,
        q=params.q or "",
    )
    if filters.q:
        filters.search_ids = services.search_offer_ids(filters.q, language)
    queryset = services.apply_filters(base_offers(destination), filters)
    if params.eco_label is False:
        queryset = queryset.filter(has_eco_label=False)
    if params.accessible is False:
        queryset = queryset.filter(is_accessible=False)
    return queryset, filters


# --- Offers: serialisation ----------------------------------------------------------------------------


def _image_out(image) -> dict | None:
    if image is None:
        return None
    return {
        "url": services.https(image.url),
        "url_list": services.https(image.url_list or image.url_card or image.url),
        "width": image.width,
        "height": image.height,
        "credit": image.credit,
    }


def period_out(period: OpeningPeriod, language: str) -> dict:
    return {
        "start_date": period.start_date,
        "end_date": period.end_date,
        "opening_time": period.opening_time,
        "closing_time": period.closing_time,
        "weekdays": [d for d in (period.weekdays or []) if isinstance(d, int)],
        "every_year": period.every_year,
        "type": period.period_type,
        "details": formatting.period_details(period, language),
        "text": formatting.format_period(period, language),
        "off_season": period.is_off_season,
    }


def _offer_destination(offer: Offer, destination: Destination | None) -> Destination | None:
    if destination is not None:
        return destination
    linked = getattr(offer, "destination_list", None)
    return linked[0] if linked else None


def offer_out(request: HttpRequest, offer: Offer, language: str, destination: Destination | None) -> dict:
    text = getattr(offer, "text", None)
    commune = offer.commune if offer.commune_id else None
    item = {
        "id": offer.pk,
        "source": offer.source,
        "source_id": offer.source_id,
        "kind": offer.kind,
        "name": text.name if text else offer.name,
        "language": text.language_code if text else FALLBACK,
        "short_description": text.short_description if text else "",
        "commune": {"insee": commune.insee_code, "name": commune.name} if commune else None,
        "city": offer.city,
        "latitude": offer.latitude,
        "longitude": offer.longitude,
        "is_free": offer.is_free,
        "has_eco_label": offer.has_eco_label,
        "is_accessible": offer.is_accessible,
        "labels": [c.label(language) for c in getattr(offer, "label_criteria", [])],
        "image": _image_out(getattr(offer, "first_image", None)),
        "url": offer_url(request, offer, _offer_destination(offer, destination), language),
        "periods": None,
    }
    if offer.kind == OfferKind.EVENT:
        item["periods"] = [period_out(p, language) for p in offer.periods.all()]
    return item


def _destinations_prefetch() -> Prefetch:
    return Prefetch("destinations", queryset=Destination.objects.select_related("site").order_by("name", "pk"), to_attr="destination_list")


def load_page(offers: list[Offer], language: str, destination: Destination | None) -> None:
    """Texts, first photo, labels, event periods and (without a destination filter) portals: ≤ 5 queries."""
    services.attach_texts_and_images(offers, language)
    lookups: list = [Prefetch("criteria", queryset=ReferenceElement.objects.filter(LABEL_CRITERIA).order_by("element_type", "source_id"), to_attr="label_criteria")]
    if destination is None:
        lookups.append(_destinations_prefetch())
    prefetch_related_objects(offers, *lookups)
    events = [o for o in offers if o.kind == OfferKind.EVENT]
    prefetch_related_objects(events, Prefetch("periods", queryset=OpeningPeriod.objects.order_by("start_date", "position", "pk")))


def _page(request: HttpRequest, queryset: QuerySet[Offer], params: OfferFilterParams, language: str, destination):
    count = queryset.count()
    offers = list(queryset.select_related("commune")[params.offset : params.offset + params.limit])
    load_page(offers, language, destination)
    following, previous = page_links(request, count, params.limit, params.offset)
    return offers, {"count": count, "next": following, "previous": previous, "limit": params.limit, "offset": params.offset, "language": language}


def list_offers(request: HttpRequest, params: OfferListParams, language: str) -> dict:
    destination = resolve_destination(params.destination)
    queryset, filters = filtered_offers(params, language, destination, kinds=[k.value for k in params.kind])
    ordering = params.ordering or ("relevance" if filters.q else "name")
    if ordering == "relevance" and not filters.q:
        raise param_error("ordering", "ordering=relevance needs a search (q).")
    if ordering == "-modified":
        queryset = queryset.order_by(F("source_modified_at").desc(nulls_last=True), "-pk")
    else:
        filters.sort = ordering
        if destination is not None and params.eco_label is not False and params.accessible is not False:
            # One portal's catalogue in the listing's order: the same cached ids as its HTML listing.
            ids = services.listing_offer_ids(destination, filters, language)
            shown = ids[params.offset : params.offset + params.limit]
            offers = services.offers_in_order(shown, Offer.objects.select_related("commune"))
            load_page(offers, language, destination)
            following, previous = page_links(request, len(ids), params.limit, params.offset)
            page = {"count": len(ids), "next": following, "previous": previous, "limit": params.limit, "offset": params.offset, "language": language}
            page["results"] = [offer_out(request, o, language, destination) for o in offers]
            return page
        queryset = services.order_offers(services.with_display_name(queryset, language), filters)
    offers, page = _page(request, queryset, params, language, destination)
    page["results"] = [offer_out(request, o, language, destination) for o in offers]
    return page


def list_events(request: HttpRequest, params: EventListParams, language: str) -> dict:
    """Events with an occurrence on/after date_from (default today) and, if given, on/before date_to, by next date."""
    destination = resolve_destination(params.destination)
    start = params.date_from or services.today()
    params = params.model_copy(update={"date_from": start})
    if params.date_to and params.date_to < start:
        raise param_error("date_to", f"date_to must be on or after {start.isoformat()} (date_from, or today by default).")
    queryset, _filters = filtered_offers(params, language, destination, kinds=[OfferKind.EVENT])
    window = OpeningPeriod.objects.filter(offer_id=OuterRef("pk"), end_date__gte=start)
    if params.date_to:
        window = window.filter(start_date__lte=params.date_to)
    queryset = services.with_display_name(queryset, language).annotate(
        next_start_date=Subquery(window.order_by("start_date", "end_date").values("start_date")[:1])
    ).order_by(F("next_start_date").asc(nulls_last=True), "display_name", "pk")
    offers, page = _page(request, queryset, params, language, destination)
    results = []
    for offer in offers:
        item = offer_out(request, offer, language, destination)
        in_window = [p for p in offer.periods.all() if p.end_date >= start and (not params.date_to or p.start_date <= params.date_to)]
        item["next_start_date"] = offer.next_start_date
        item["off_season"] = any(p.is_off_season for p in in_window)
        results.append(item)
    page["results"] = results
    return page


# --- Offer detail -------------------------------------------------------------------------------------


def _text(values: dict | None, language: str) -> str:
    if not isinstance(values, dict):
        return str(values or "")
    return values.get(language) or values.get(FALLBACK) or ""


def _contacts(offer: Offer) -> list[dict]:
    contacts = []
    for item in offer.contact_means or []:
        if isinstance(item, dict) and item.get("kind") in PUBLIC_CONTACT_KINDS and str(item.get("value") or "").strip():
            contacts.append({"kind": item["kind"], "value": str(item["value"]).strip()})
    return contacts


def _booking_links(offer: Offer) -> list[dict]:
    links = []
    for item in offer.booking_links or []:
        if not isinstance(item, dict):
            continue
        url = str(item.get("url") or "")
        link = {
            "name": str(item.get("name") or ""),
            "url": url if url.startswith(("https://", "http://")) else "",
            "phone": str(item.get("phone") or ""),
            "email": str(item.get("email") or ""),
        }
        if link["url"] or link["phone"] or link["email"]:
            links.append(link)
    return links


def _amount(value) -> str | None:
    return None if value is None or value == "" else str(value)


def get_offer(request: HttpRequest, pk: int, language: str) -> dict | None:
    """One published offer with everything in `language` (French fallback): 8 queries."""
    offer = (
        base_offers()
        .select_related("commune")
        .prefetch_related(
            Prefetch("translations", queryset=OfferTranslation.objects.filter(language_code__in=services.languages_for(language), is_published=True)),
            Prefetch("periods", queryset=OpeningPeriod.objects.order_by("start_date", "position", "pk")),
            Prefetch("images", queryset=services.visible_images(), to_attr="visible_images"),
            Prefetch("criteria", queryset=ReferenceElement.objects.order_by("element_type", "source_id")),
            _destinations_prefetch(),
        )
        .filter(pk=pk)
        .first()
    )
    if offer is None:
        return None
    offer.text = services.pick_translation(offer.translations.all(), language)
    offer.first_image = offer.visible_images[0] if offer.visible_images else None
    criteria = list(offer.criteria.all())
    offer.label_criteria = [c for c in criteria if is_label(c)]
    item = offer_out(request, offer, language, None)
    item["periods"] = [period_out(p, language) for p in offer.periods.all()]
    text = offer.text
    ids = {c.source_id for c in criteria if c.source == "apidae"}
    interests, audiences = services.taxonomy_terms(language)
    item.update(
        description=text.description if text else "",
        opening_summary=text.opening_summary if text else "",
        price_summary=text.price_summary if text else "",
        street_address=offer.street_address,
        postal_code=offer.postal_code,
        price_min=_amount(offer.price_min),
        price_max=_amount(offer.price_max),
        prices=[
            {"label": _text(p.get("label"), language), "min": _amount(p.get("min")), "max": _amount(p.get("max"))}
            for p in offer.prices or []
            if isinstance(p, dict)
        ],
        contacts=_contacts(offer),
        booking_links=_booking_links(offer),
        images=[
            {**_image_out(image), "url_card": services.https(image.url_card or image.url), "caption": _text(image.captions, language)}
            for image in offer.visible_images
        ],
        criteria=[{"id": c.source_id, "type": c.element_type, "name": c.label(language)} for c in criteria],
        interests=[{"slug": t.slug, "name": t.name} for t in interests if ids.intersection(t.reference_ids)],
        audiences=[{"slug": t.slug, "name": t.name} for t in audiences if ids.intersection(t.reference_ids)],
        destinations=[d.slug for d in offer.destination_list],
        source_modified_at=offer.source_modified_at,
    )
    return item
