"""The public read API, mounted at /api/v1/ (outside i18n_patterns; schema at /api/v1/openapi.json).

Anonymous, read-only, JSON only. Languages: `?lang=` or the Accept-Language header, texts falling back to
French. Errors are JSON: 404 `{"detail": …}` for an unknown destination or offer, 422 `{"detail": …,
"errors": [{loc, msg, type}]}` for a bad parameter.

The interactive docs page (Swagger UI) is disabled: without "ninja" in INSTALLED_APPS django-ninja renders
it from a CDN with an inline script, which the portal's Content-Security-Policy (script-src 'self') blocks,
and loosening the CSP for /api/ only to host a docs page is not worth it. The OpenAPI document is served;
any Swagger/Redoc instance can read it.
"""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from ninja import NinjaAPI, Path, Query
from ninja.errors import HttpError, ValidationError

from . import queries
from .schemas import (
    DestinationOut,
    ErrorOut,
    EventListParams,
    EventPage,
    LanguageParams,
    OfferDetailOut,
    OfferListParams,
    OfferPage,
)

api = NinjaAPI(
    title="SMART Destinations API",
    version="1",
    description=(
        "Public read API of the SMART Destinations portals (Provence-Alpes-Côte d'Azur): destinations, "
        "tourism offers and events from Apidae. Texts in fr, en, de or it (`lang` or Accept-Language), "
        "French fallback. Paginated with `limit` (≤ 100) and `offset`."
    ),
    urls_namespace="api_v1",
    docs_url=None,
)

ERRORS = {404: ErrorOut, 422: ErrorOut}


def _location(loc) -> str:
    parts = [str(p) for p in loc if p not in ("query", "path", "params") and not str(p).isdigit()]
    return ".".join(parts) or "parameters"


def _not_found(request: HttpRequest, message: str) -> HttpResponse:
    # Keep LocaleMiddleware from redirecting the JSON 404 to /fr/api/…/ (see destinations/api/urls.py).
    request.urlconf = "destinations.api.urls"
    return api.create_response(request, {"detail": message}, status=404)


@api.exception_handler(HttpError)
def http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
    if exc.status_code == 404:
        return _not_found(request, str(exc))
    return api.create_response(request, {"detail": str(exc)}, status=exc.status_code)


@api.exception_handler(Http404)
def not_found(request: HttpRequest, exc: Http404) -> HttpResponse:
    return _not_found(request, "Not found.")


@api.exception_handler(ValidationError)
def validation_error(request: HttpRequest, exc: ValidationError) -> HttpResponse:
    errors = [
        {"loc": [str(p) for p in e.get("loc", ())], "msg": str(e.get("msg", "")), "type": str(e.get("type", ""))}
        for e in exc.errors
    ]
    detail = "Invalid parameters: " + "; ".join(f"{_location(e['loc'])}: {e['msg']}" for e in errors)
    return api.create_response(request, {"detail": detail, "errors": errors}, status=422)


def _localised(response: HttpResponse, language: str) -> str:
    response["Content-Language"] = language
    return language


@api.get("/destinations", response={200: list[DestinationOut], **ERRORS}, tags=["destinations"], summary="All destinations")
def destinations(request: HttpRequest, response: HttpResponse, params: Query[LanguageParams]):
    language = _localised(response, queries.resolve_language(request, params.lang))
    return queries.list_destinations(request, language)


@api.get("/destinations/{slug}", response={200: DestinationOut, **ERRORS}, tags=["destinations"], summary="One destination")
def destination(request: HttpRequest, response: HttpResponse, slug: Path[str], params: Query[LanguageParams]):
    language = _localised(response, queries.resolve_language(request, params.lang))
    item = queries.get_destination(request, slug, language)
    if item is None:
        raise HttpError(404, f"Unknown destination {slug!r}.")
    return item


@api.get("/offers", response={200: OfferPage, **ERRORS}, tags=["offers"], summary="Published offers, filtered")
def offers(request: HttpRequest, response: HttpResponse, params: Query[OfferListParams]):
    language = _localised(response, queries.resolve_language(request, params.lang))
    return queries.list_offers(request, params, language)


@api.get("/offers/{offer_id}", response={200: OfferDetailOut, **ERRORS}, tags=["offers"], summary="One published offer in full")
def offer(request: HttpRequest, response: HttpResponse, offer_id: Path[int], params: Query[LanguageParams]):
    language = _localised(response, queries.resolve_language(request, params.lang))
    item = queries.get_offer(request, offer_id, language)
    if item is None:
        raise HttpError(404, f"No published offer with id {offer_id}.")
    return item


@api.get("/events", response={200: EventPage, **ERRORS}, tags=["events"], summary="Upcoming events by next date")
def events(request: HttpRequest, response: HttpResponse, params: Query[EventListParams]):
    language = _localised(response, queries.resolve_language(request, params.lang))
    return queries.list_events(request, params, language)


@api.get("/", include_in_schema=False)
def index(request: HttpRequest):
    base = request.build_absolute_uri(request.path)
    return {
        "openapi": f"{base}openapi.json",
        "destinations": f"{base}destinations",
        "offers": f"{base}offers",
        "events": f"{base}events",
    }


# Registered last: any other path under /api/v1/ is a JSON 404, not the portal's HTML page (nor a
# LocaleMiddleware redirect to /fr/api/v1/…/).
@api.get("/{path:rest}", include_in_schema=False)
def unknown(request: HttpRequest, rest: str):
    hint = " (API paths take no trailing slash)" if rest.endswith("/") else ""
    return _not_found(request, f"Unknown API path /api/v1/{rest}{hint}.")
