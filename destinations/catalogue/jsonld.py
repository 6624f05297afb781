"""schema.org JSON-LD of an offer, rendered as a data block (<script type="application/ld+json">).

A data block is never executed, so the portal's strict CSP (script-src 'self') does not apply to it.
Events get one `Event` per opening period (every date of a multi-date event, not only the first).
"""

from __future__ import annotations

import json

from django.utils.html import strip_tags
from django.utils.safestring import SafeString, mark_safe

from destinations.models import OfferKind

from .services import https

SCHEMA_TYPES = {
    OfferKind.ACCOMMODATION: "LodgingBusiness",
    OfferKind.RESTAURANT: "Restaurant",
    OfferKind.EVENT: "Event",
    OfferKind.ACTIVITY: "TouristAttraction",
    OfferKind.HERITAGE: "TouristAttraction",
    OfferKind.NATURE: "TouristAttraction",
    OfferKind.TASTING: "FoodEstablishment",
    OfferKind.SHOP_SERVICE: "LocalBusiness",
    OfferKind.EQUIPMENT: "TouristAttraction",
    OfferKind.SKI_AREA: "SkiResort",
    OfferKind.PACKAGE: "TouristTrip",
    OfferKind.ORGANISATION: "Organization",
    OfferKind.TERRITORY: "Place",
    OfferKind.OTHER: "TouristAttraction",
}
MAX_EVENTS = 50
# Same escapes as django.utils.html.json_script: nothing in the data can close the <script> element.
_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def _address(offer) -> dict:
    address = {"@type": "PostalAddress", "addressCountry": "FR"}
    if offer.street_address:
        address["streetAddress"] = offer.street_address
    if offer.postal_code:
        address["postalCode"] = offer.postal_code
    locality = offer.commune.name if offer.commune_id and offer.commune else offer.city
    if locality:
        address["addressLocality"] = locality
    return address


def _geo(offer) -> dict | None:
    if offer.latitude is None or offer.longitude is None:
        return None
    return {"@type": "GeoCoordinates", "latitude": offer.latitude, "longitude": offer.longitude}


def _contacts(offer) -> dict:
    data: dict = {}
    same_as = []
    for item in offer.contact_means or []:
        kind, value = item.get("kind"), item.get("value")
        if not value:
            continue
        if kind == "phone" and "telephone" not in data:
            data["telephone"] = value
        elif kind == "email" and "email" not in data:
            data["email"] = value
        elif kind == "website" and "url" not in data:
            data["url"] = value
        elif kind == "facebook":
            same_as.append(value)
    if same_as:
        data["sameAs"] = same_as
    return data


def _iso(date, time=None) -> str:
    return f"{date.isoformat()}T{time.strftime('%H:%M')}" if time else date.isoformat()


def offer_jsonld(offer, *, url: str, language: str, images: list, audiences: list) -> dict:
    """The schema.org description of `offer` (`url` absolute; `audiences` the matching Term list)."""
    text = getattr(offer, "text", None)
    schema_type = SCHEMA_TYPES.get(offer.kind, "TouristAttraction")
    base: dict = {"name": text.name if text else offer.name, "url": url, "inLanguage": language}
    description = (text.short_description or text.description) if text else ""
    if description:
        base["description"] = strip_tags(description)[:500]
    if images:
        base["image"] = [https(i.url_card or i.url) for i in images[:5]]
    if audiences:
        base["touristType"] = [t.name for t in audiences]
    if offer.is_free:
        base["isAccessibleForFree"] = True
    geo = _geo(offer)
    place = {"@type": "Place", "name": base["name"], "address": _address(offer)}
    if geo:
        place["geo"] = geo
    offers = None
    if offer.price_min is not None or offer.is_free:
        offers = {"@type": "Offer", "priceCurrency": "EUR", "price": str(offer.price_min if offer.price_min is not None else 0)}
    if schema_type == "Event":
        events = []
        for period in list(offer.periods.all())[:MAX_EVENTS]:
            event = {
                "@context": "https://schema.org",
                "@type": "Event",
                **base,
                "startDate": _iso(period.start_date, period.opening_time),
                "endDate": _iso(period.end_date, period.closing_time),
                "eventStatus": "https://schema.org/EventScheduled",
                "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
                "location": place,
            }
            if offers:
                event["offers"] = offers
            events.append(event)
        if events:
            return events[0] if len(events) == 1 else {"@context": "https://schema.org", "@graph": [
                {k: v for k, v in e.items() if k != "@context"} for e in events
            ]}
        return {"@context": "https://schema.org", "@type": "Event", **base, "location": place}
    data = {"@context": "https://schema.org", "@type": schema_type, **base}
    if schema_type == "TouristTrip":
        data["itinerary"] = place
    else:
        data["address"] = place["address"]
        if geo:
            data["geo"] = geo
        data.update({k: v for k, v in _contacts(offer).items() if k != "url"})
        if offer.price_min is not None and offer.price_max is not None and schema_type != "Place":
            data["priceRange"] = f"{offer.price_min}–{offer.price_max} €"
    if offers and schema_type in ("TouristTrip", "TouristAttraction"):
        data["offers"] = offers
    return data


def render_jsonld(data) -> SafeString:
    """JSON safe to place inside <script type="application/ld+json">…</script>."""
    return mark_safe(json.dumps(data, ensure_ascii=False, separators=(",", ":")).translate(_ESCAPES))  # noqa: S308
