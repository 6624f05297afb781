"""Read-side helpers shared by pages, views and templates."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.core.cache import cache
from django.http import HttpRequest
from wagtail.models import Locale, Site

from destinations.models import Brand, Destination

PORTAL_CACHE_SECONDS = 3600


def destination_for_request(request: HttpRequest) -> Destination | None:
    """The destination whose Site serves this request (with its brand, site and logo).

    Cached on the request, and per Site and content version in the cache: every page view needs it, and
    any change to a destination, brand, site or image bumps the version (portal.cache).
    """
    if not hasattr(request, "_portal_destination"):
        from portal.cache import current_version

        site = Site.find_for_request(request)
        destination = None
        if site is not None:
            key = f"portal:destination:{current_version()}:{site.pk}"
            cached = cache.get(key)
            if cached is None:
                destination = Destination.objects.select_related("brand", "site", "brand__logo").filter(site=site).first()
                cache.set(key, (destination,), PORTAL_CACHE_SECONDS)
            else:
                destination = cached[0]
        request._portal_destination = destination
    return request._portal_destination


@dataclass
class BrandGroup:
    brand: Brand
    destinations: list[Destination] = field(default_factory=list)


def destinations_by_brand(locale: Locale | None = None) -> list[BrandGroup]:
    """Every destination under its umbrella brand, brands and names in the visitor's language."""
    groups: dict[int, BrandGroup] = {}
    destinations = Destination.objects.select_related("brand", "site", "site__root_page").order_by("brand__sort_order", "name")
    for destination in destinations:
        brand = destination.brand
        group = groups.get(brand.translation_key)
        if group is None:
            localized = brand.get_translation_or_none(locale) if locale else None
            group = groups[brand.translation_key] = BrandGroup(brand=localized or brand)
        home = destination.site.root_page.specific
        if locale is not None:
            home = home.get_translation_or_none(locale) or home
            home = home.specific
        destination.localized_home = home
        group.destinations.append(destination)
    return list(groups.values())
