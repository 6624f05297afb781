"""Site-wide views: sitemap, robots.txt, theme stylesheet, search, themed error pages."""

from __future__ import annotations

import hashlib
import logging

from django.conf import settings
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import HttpRequest, HttpResponse, HttpResponseServerError
from django.template import loader
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import get_language
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET
from wagtail.models import Locale, Page, Site

from destinations.services.portals import destination_for_request
from portal.seo import site_pages, sitemap_entries
from themes.registry import get_theme, render_css, resolve_tokens, template_candidates

logger = logging.getLogger(__name__)


def _theme_templates(request: HttpRequest, name: str) -> list[str]:
    destination = destination_for_request(request)
    return template_candidates(get_theme(destination.theme if destination else None), name)


@require_GET
def sitemap(request: HttpRequest) -> HttpResponse:
    site = Site.find_for_request(request)
    entries = sitemap_entries(site, request) if site else []
    return TemplateResponse(request, "sitemap.xml", {"urlset": entries}, content_type="application/xml")


@require_GET
def robots_txt(request: HttpRequest) -> HttpResponse:
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /*/search/",
        "Allow: /",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


@require_GET
@cache_control(public=True, max_age=300)
def theme_css(request: HttpRequest) -> HttpResponse:
    """The destination's design tokens as CSS custom properties (served, not inlined, to keep a strict CSP)."""
    destination = destination_for_request(request)
    theme = get_theme(destination.theme if destination else None)
    css = render_css(resolve_tokens(theme, destination.brand if destination else None))
    response = HttpResponse(css, content_type="text/css; charset=utf-8")
    response["ETag"] = f'"{hashlib.sha256(css.encode()).hexdigest()[:16]}"'
    return response


def healthz(request: HttpRequest) -> HttpResponse:
    return HttpResponse("ok", content_type="text/plain")


@require_GET
def search(request: HttpRequest) -> HttpResponse:
    """Site search over this portal's pages and its offer catalogue, in the visitor's language."""
    query = request.GET.get("q", "").strip()[:200]
    site = Site.find_for_request(request)
    results_page = None
    offer_results, offer_total, offer_total_capped, offers_url = [], 0, False, ""
    destination = destination_for_request(request)
    if query and destination is not None:
        from urllib.parse import urlencode

        from destinations.catalogue.services import search_destination_offers

        language = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
        offer_results, offer_total, offer_total_capped = search_destination_offers(destination, query, language, limit=12)
        offers_url = f"{reverse('catalogue:list')}?{urlencode({'q': query})}"
    if query and site is not None:
        locale = Locale.get_active()
        pages = site_pages(site).filter(locale=locale).specific()
        # The SQLite FTS5 backend does not escape a double quote inside a term (an error, hence a 500).
        terms = query.replace('"', " ").strip()
        results = pages.search(terms) if terms and hasattr(pages, "search") else Page.objects.none()
        paginator = Paginator(results, 10)
        try:
            results_page = paginator.page(request.GET.get("page", 1))
        except PageNotAnInteger:
            results_page = paginator.page(1)
        except EmptyPage:
            results_page = paginator.page(paginator.num_pages)
    return TemplateResponse(
        request,
        _theme_templates(request, "portal/search.html"),
        {
            "query": query,
            "results": results_page,
            "offer_results": offer_results,
            "offer_total": offer_total,
            "offer_total_capped": offer_total_capped,
            "offers_url": offers_url,
        },
    )


def page_not_found(request: HttpRequest, exception=None) -> HttpResponse:
    template = loader.select_template(_theme_templates(request, "404.html"))
    return HttpResponse(template.render({"request_path": request.path}, request), status=404)


def server_error(request: HttpRequest) -> HttpResponse:
    """Themed and translated when possible; a plain page when the failure is in the theme machinery itself."""
    try:
        template = loader.select_template(_theme_templates(request, "500.html"))
        return HttpResponseServerError(template.render({}, request))
    except Exception:  # noqa: BLE001 - the error page must never raise
        logger.exception("Themed 500 page failed; serving the plain one")
        lang = get_language() or settings.LANGUAGE_CODE
        return HttpResponseServerError(
            f'<!doctype html><html lang="{lang}"><title>500</title><h1>Erreur du serveur / Server error</h1>',
            content_type="text/html",
        )
