"""Read-side helpers shared by pages, views and templates."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.http import HttpRequest
from wagtail.models import Locale, Site

from destinations.models import Brand, Destination


def destination_for_request(request: HttpRequest) -> Destination | None:
    """The destination whose Site serves this request (cached on the request)."""
    if not hasattr(request, "_portal_destination"):
        site = Site.find_for_request(request)
        destination = None
        if site is not None:
            destination = (
                Destination.objects.select_related("brand", "site", "brand__logo").filter(site=site).first()
            )
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
