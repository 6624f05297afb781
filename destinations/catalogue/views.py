"""Public catalogue views of the current destination: listing, map (+ its JSON), detail, events.

Every view works out the destination from the request's Site and 404s without one; each runs a bounded
number of queries whatever the page size (see tests/catalogue/test_queries.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse, HttpResponsePermanentRedirect, JsonResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import get_language
from django.views.decorators.http import require_GET

from destinations.models import OfferKind
from destinations.services.portals import destination_for_request
from themes.registry import get_theme, template_candidates

from . import formatting, services
from .filters import OfferFilters, parse_date, parse_filters
from .jsonld import offer_jsonld, render_jsonld

MAP_CACHE_SECONDS = 300


def _language() -> str:
    return (get_language() or services.FALLBACK_LANGUAGE).split("-")[0]


def _destination(request: HttpRequest):
    destination = destination_for_request(request)
    if destination is None:
        raise Http404("No destination here.")
    request.destination = destination
    return destination


def _render(request: HttpRequest, destination, name: str, context: dict) -> TemplateResponse:
    templates = template_candidates(get_theme(destination.theme), f"destinations/catalogue/{name}")
    return TemplateResponse(request, templates, context)


def _filtered(request: HttpRequest, destination, language: str):
    interests, audiences = services.taxonomy_terms(language)
    filters = parse_filters(request.GET, interests, audiences)
    if filters.q:
        filters.search_ids = services.search_offer_ids(filters.q, language)
    base = services.published_offers(destination)
    return base, filters, interests, audiences


@require_GET
def offer_list(request: HttpRequest) -> HttpResponse:
    destination = _destination(request)
    language = _language()
    _base, filters, interests, audiences = _filtered(request, destination, language)
    facets = services.cached_facet_counts(destination, filters, interests, audiences, language)
    # Pages through the matching ids in the chosen order, cached per filter set and catalogue version:
    # a page is 24 primary keys at any depth, and its count is exact (see services.listing_offer_ids).
    paginator = Paginator(services.listing_offer_ids(destination, filters, language), services.PAGE_SIZE)
    page = paginator.get_page(request.GET.get("page"))
    cards = services.build_cards(services.offers_in_order(page.object_list), language)
    querystring = filters.querystring()
    return _render(
        request,
        destination,
        "offer_list.html",
        {
            "filters": filters,
            "facets": facets,
            "page_obj": page,
            "cards": cards,
            "querystring": querystring,
            "sort_choices": _sort_choices(filters),
            "map_url": _with_query(reverse("catalogue:map"), querystring),
            "count_capped": bool(filters.q) and services.search_is_capped(filters.search_ids),
        },
    )


def _sort_choices(filters: OfferFilters) -> list[tuple[str, str]]:
    from django.utils.translation import gettext as _

    choices = [("name", _("Name")), ("newest", _("Newest")), ("date", _("Next opening date"))]
    if filters.q:
        choices.insert(0, ("relevance", _("Relevance")))
    return choices


def _with_query(url: str, querystring: str) -> str:
    return f"{url}?{querystring}" if querystring else url


@require_GET
def offer_map(request: HttpRequest) -> HttpResponse:
    destination = _destination(request)
    language = _language()
    _base, filters, interests, audiences = _filtered(request, destination, language)
    facets = services.cached_facet_counts(destination, filters, interests, audiences, language)
    querystring = filters.querystring()
    total = facets.total
    return _render(
        request,
        destination,
        "offer_map.html",
        {
            "filters": filters,
            "facets": facets,
            "total": total,
            "querystring": querystring,
            "data_url": _with_query(reverse("catalogue:map_data"), querystring),
            "list_url": _with_query(reverse("catalogue:list"), querystring),
            "bbox": _bbox(destination),
        },
    )


def _bbox(destination) -> str:
    values = [destination.bbox_south, destination.bbox_west, destination.bbox_north, destination.bbox_east]
    return ",".join(str(v) for v in values) if all(v is not None for v in values) else ""


@require_GET
def offer_map_data(request: HttpRequest) -> JsonResponse:
    """Geolocated offers matching the listing's filters: [{id, name, lat, lon, url, kind}], cached."""
    destination = _destination(request)
    language = _language()
    raw = "&".join(sorted(f"{k}={v}" for k in request.GET for v in request.GET.getlist(k) if k != "page"))

    def compute() -> dict:
        base, filters, _i, _a = _filtered(request, destination, language)
        points, truncated = services.map_points(services.apply_filters(base, filters), language)
        return {"offers": points, "truncated": truncated}

    key = services.catalogue_key("map", destination.pk, language, services.digest(raw))
    payload = services.catalogue_cached(key, compute, MAP_CACHE_SECONDS)
    response = JsonResponse(payload)
    response["Cache-Control"] = f"public, max-age={MAP_CACHE_SECONDS}"
    return response


@dataclass
class Photo:
    src: str
    srcset: str
    width: int | None
    height: int | None
    alt: str
    caption: str
    credit: str
    eager: bool = False


@dataclass
class ContactLine:
    kind: str
    label: str
    value: str
    href: str = ""


# Which source classifications read as labels and themes (shown as tags under the title) and which as
# services, comfort, payment and languages (a plain list in the facts column). Audiences have their own
# block; anything else (test or internal types) is not shown.
LABEL_TYPE_MARKERS = ("label", "classement", "distinction", "tourismeadapte", "typologiepromo", "theme", "environnement", "categorie", "manifestationtype")
AMENITY_TYPE_MARKERS = ("prestation", "modepaiement", "langue", "equipementactivite")


def split_criteria(criteria, language: str) -> tuple[list[str], list[str]]:
    labels: list[str] = []
    amenities: list[str] = []
    for criterion in criteria:
        kind = (criterion.element_type or "").lower()
        target = labels if any(m in kind for m in LABEL_TYPE_MARKERS) else amenities if any(m in kind for m in AMENITY_TYPE_MARKERS) else None
        if target is not None and criterion.labels:
            text = criterion.label(language)
            if text not in target:
                target.append(text)
    return labels, amenities


@dataclass
class PeriodLine:
    text: str
    details: str = ""
    off_season: bool = False


@dataclass
class DetailTexts:
    periods: list[PeriodLine] = field(default_factory=list)
    prices: list[tuple[str, str]] = field(default_factory=list)


PUBLIC_CONTACT_KINDS = ("phone", "email", "website", "facebook")


def _contacts(offer) -> list[ContactLine]:
    from django.utils.translation import gettext as _

    labels = {"phone": _("Phone"), "email": _("E-mail"), "website": _("Website"), "facebook": _("Facebook")}
    lines = []
    for item in offer.contact_means or []:
        if not isinstance(item, dict):
            continue
        kind, value = item.get("kind"), (item.get("value") or "").strip()
        if kind not in PUBLIC_CONTACT_KINDS or not value:
            continue
        href = ""
        if kind == "phone":
            href = "tel:" + "".join(c for c in value if c.isdigit() or c == "+")
        elif kind == "email":
            href = f"mailto:{value}"
        elif value.startswith(("https://", "http://")):
            href = value
        lines.append(ContactLine(kind, labels[kind], value, href))
    return lines


def _booking_links(offer) -> list[dict]:
    links = []
    for item in offer.booking_links or []:
        if not isinstance(item, dict):
            continue
        url = item.get("url") or ""
        links.append({
            "name": item.get("name") or "",
            "url": url if url.startswith(("https://", "http://")) else "",
            "phone": item.get("phone") or "",
            "email": item.get("email") or "",
        })
    return [link for link in links if link["url"] or link["phone"] or link["email"]]


def _photos(offer, language: str, title: str) -> list[Photo]:
    from django.utils.translation import gettext as _

    photos = []
    for index, image in enumerate(offer.visible_images):
        src = services.https(image.url_card or image.url or image.url_list)
        candidates = []
        if image.url_list:
            candidates.append(f"{services.https(image.url_list)} {services.LIST_WIDTH}w")
        if image.url_card:
            candidates.append(f"{services.https(image.url_card)} {services.CARD_WIDTH}w")
        if image.url and image.width:
            candidates.append(f"{services.https(image.url)} {image.width}w")
        width, height = image.width, image.height
        if width and height and width > services.CARD_WIDTH and image.url_card:
            width, height = services.CARD_WIDTH, round(height * services.CARD_WIDTH / width)
        captions = image.captions or {}
        caption = captions.get(language) or captions.get(services.FALLBACK_LANGUAGE) or ""
        alt = caption or _("%(name)s, photo %(number)s") % {"name": title, "number": index + 1}
        photos.append(Photo(src, ", ".join(candidates), width, height, alt, caption, image.credit, eager=index == 0))
    return photos


@require_GET
def offer_detail(request: HttpRequest, pk: int, slug: str) -> HttpResponse:
    destination = _destination(request)
    language = _language()
    offer = services.offer_detail(destination, pk, language)
    if offer is None:
        raise Http404("No such offer on this destination.")
    canonical = services.offer_url(offer)
    if slug != services.offer_slug(offer):
        return HttpResponsePermanentRedirect(canonical)
    _interests, audiences = services.taxonomy_terms(language)
    text = offer.text
    title = text.name if text else offer.name
    photos = _photos(offer, language, title)
    periods: list[PeriodLine] = []
    for p in offer.periods.all():
        line = PeriodLine(formatting.format_period(p, language), formatting.period_details(p, language), p.is_off_season)
        if line not in periods:  # a yearly period is stored for this year and the next, worded once
            periods.append(line)
    labels, amenities = split_criteria(offer.criteria.all(), language)
    matching_audiences = services.audience_terms_of(offer, audiences)
    jsonld = offer_jsonld(
        offer, url=request.build_absolute_uri(canonical), language=language,
        images=offer.visible_images, audiences=matching_audiences,
    )
    return _render(
        request,
        destination,
        "offer_detail.html",
        {
            "offer": offer,
            "text": text,
            "title": title,
            "title_lang": text.language_code if text and text.language_code != language else "",
            "kind_label": OfferKind(offer.kind).label if offer.kind in OfferKind.values else offer.kind,
            "photos": photos,
            "periods": periods,
            "prices": formatting.price_lines(offer.prices, language),
            "price_range": formatting.format_price(offer.price_min, offer.price_max, language),
            "contacts": _contacts(offer),
            "booking_links": _booking_links(offer),
            "labels": labels,
            "amenities": amenities,
            "audiences": matching_audiences,
            "jsonld": render_jsonld(jsonld),
            "list_url": reverse("catalogue:list"),
        },
    )


@dataclass
class Occurrence:
    card: services.OfferCard
    dates: str
    off_season: bool
    start: object
    end: object


@require_GET
def event_list(request: HttpRequest) -> HttpResponse:
    """Every date of the destination's events, grouped by month; upcoming by default."""
    destination = _destination(request)
    language = _language()
    date_from, date_to = parse_date(request.GET.get("from")), parse_date(request.GET.get("to"))
    if date_from and date_to and date_from > date_to:
        date_from, date_to = date_to, date_from
    if date_from is None and date_to is None:
        date_from = services.today()
    page = Paginator(services.event_occurrences(destination, date_from, date_to), services.EVENTS_PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    periods = list(page.object_list)
    offers = {p.offer_id: p.offer for p in periods}
    services.attach_texts_and_images(list(offers.values()), language)
    cards = {pk: services.build_card(offer, language) for pk, offer in offers.items()}
    months: list[dict] = []
    for period in periods:
        shown = max(period.start_date, date_from) if date_from else period.start_date
        label = formatting.format_month(shown, language)
        if not months or months[-1]["label"] != label:
            months.append({"label": label, "key": shown.strftime("%Y-%m"), "items": []})
        months[-1]["items"].append(
            Occurrence(
                cards[period.offer_id],
                formatting.format_date_range(period.start_date, period.end_date, language, year=period.start_date.year != period.end_date.year),
                period.is_off_season,
                period.start_date,
                period.end_date,
            )
        )
    params = []
    if date_from:
        params.append(f"from={date_from.isoformat()}")
    if date_to:
        params.append(f"to={date_to.isoformat()}")
    return _render(
        request,
        destination,
        "event_list.html",
        {"months": months, "page_obj": page, "date_from": date_from, "date_to": date_to, "querystring": "&".join(params)},
    )
