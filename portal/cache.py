"""A whole-page cache for anonymous visitors, invalidated whenever content is published.

Destination portals are read far more than they are edited; an anonymous GET of a public page is the same
for everyone with the same host, path and language, so it is cached whole. Any publish, unpublish,
move or snippet/setting save bumps a version number, which retires every cached page at once (simpler
and safer than tracking which pages list which others).
"""

from __future__ import annotations

import hashlib
import secrets

from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.http import HttpRequest, HttpResponse

VERSION_KEY = "pagecache:version"
CATALOGUE_VERSION_KEY = "catalogue:version"
SKIP_PREFIXES = ("/admin/", "/django-admin/", "/documents/", "/api/", "/static/", "/media/")


def current_version() -> int:
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, 1, timeout=None)
        version = cache.get(VERSION_KEY) or 1
    return int(version)


def invalidate_page_cache() -> None:
    _bump(VERSION_KEY)


def catalogue_version() -> int:
    """The version of the offer catalogue and its vocabularies alone (not of pages).

    Catalogue caches (facet counts, listing orders, search results, map data) key on it, so publishing a
    page, which retires every cached page, leaves them alone: rebuilding a 50,000-offer listing order and
    its facet counts costs about a second.
    """
    version = cache.get(CATALOGUE_VERSION_KEY)
    if version is None:
        # A random start, not 1: worker processes keep in-memory indexes by version (facet_index), and a
        # flushed cache must not hand out a version number they have already seen.
        cache.add(CATALOGUE_VERSION_KEY, secrets.randbelow(2**62) + 1, timeout=None)
        version = cache.get(CATALOGUE_VERSION_KEY) or 1
    return int(version)


def invalidate_catalogue_caches() -> None:
    _bump(CATALOGUE_VERSION_KEY)


def _bump(key: str) -> None:
    try:
        cache.incr(key)
    except ValueError:
        cache.set(key, 2, timeout=None)


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        seconds = getattr(settings, "PAGE_CACHE_SECONDS", 0)
        if not seconds or not self._cacheable_request(request):
            return self.get_response(request)
        key = self._key(request)
        cached = cache.get(key)
        if cached is not None:
            content, content_type, headers = cached
            response = HttpResponse(content, content_type=content_type)
            for name, value in headers:
                response[name] = value
            response["X-Page-Cache"] = "hit"
            return response
        response = self.get_response(request)
        if self._cacheable_response(request, response):
            headers = [(k, v) for k, v in response.items() if k.lower() in {"content-language", "vary", "last-modified"}]
            cache.set(key, (response.content, response["Content-Type"], headers), seconds)
            response["X-Page-Cache"] = "miss"
        return response

    @staticmethod
    def _cacheable_request(request: HttpRequest) -> bool:
        if request.method not in ("GET", "HEAD") or request.path.startswith(SKIP_PREFIXES):
            return False
        # Logged-in editors see the userbar; anyone with a session may see personal content.
        return settings.SESSION_COOKIE_NAME not in request.COOKIES

    @staticmethod
    def _cacheable_response(request: HttpRequest, response: HttpResponse) -> bool:
        user = getattr(request, "user", None)
        return (
            response.status_code == 200
            and not response.streaming
            and not response.cookies
            and "private" not in response.get("Cache-Control", "")
            and not (user is not None and user.is_authenticated)
        )

    @staticmethod
    def _key(request: HttpRequest) -> str:
        raw = f"{request.get_host()}|{request.get_full_path()}|{request.method == 'HEAD'}"
        return f"pagecache:{current_version()}:{hashlib.sha256(raw.encode()).hexdigest()}"


def affects_public_pages(model) -> bool:
    """Content the portals render: pages, the destinations app (brands, terms, settings, offers), sites, images.

    An allowlist, because bookkeeping rows (renditions, revisions, logs, sessions, task results, sync
    progress) are saved on ordinary page views and during syncs and must not empty the cache.
    """
    from wagtail.images import get_image_model
    from wagtail.models import Locale, Page, PageViewRestriction, Site

    return (
        issubclass(model, Page)
        or model._meta.app_label == "destinations"
        # A page made private must stop being served from the cache (and leave the menu) at once.
        or model in (Site, Locale, PageViewRestriction, get_image_model())
    )


@receiver(post_save)
@receiver(post_delete)
def _invalidate_on_content_change(sender, **kwargs):
    if affects_public_pages(sender):
        invalidate_page_cache()
    if affects_catalogue(sender):
        invalidate_catalogue_caches()


def affects_catalogue(model) -> bool:
    """Offers, their vocabularies and the destinations (the destinations app's models that are not pages)."""
    from wagtail.models import Page

    return model._meta.app_label == "destinations" and not issubclass(model, Page)


def _connect_catalogue_signal() -> None:
    """Bulk catalogue writes (syncs, export imports) send no post_save; the catalogue says when it changed."""
    from destinations.services.catalogue import catalogue_changed

    def _catalogue_changed(sender, **kwargs) -> None:
        invalidate_page_cache()
        invalidate_catalogue_caches()

    catalogue_changed.connect(_catalogue_changed, weak=False, dispatch_uid="portal_page_cache_catalogue")
