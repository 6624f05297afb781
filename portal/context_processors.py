"""Puts the current destination, its brand and theme into every template."""

from django.conf import settings
from django.core.cache import cache
from django.utils.translation import get_language

from destinations.models import Brand
from destinations.services.portals import destination_for_request
from portal.cache import current_version
from themes.registry import get_theme


def portal(request):
    destination = destination_for_request(request)
    request.destination = destination
    brand = None
    if destination is not None:
        # The brand in the visitor's language, cached per content version (a brand save bumps it).
        key = f"portal:brand:{current_version()}:{destination.pk}:{get_language()}"
        brand = cache.get(key)
        if brand is None:
            brand = (
                Brand.objects.select_related("logo")
                .filter(translation_key=destination.brand.translation_key, locale__language_code=get_language())
                .first()
                or destination.brand
            )
            cache.set(key, brand, 3600)
    return {
        "destination": destination,
        "brand": brand,
        "theme": get_theme(destination.theme if destination else None),
        "portal_languages": settings.LANGUAGES,
        "region_name": settings.PORTAL_REGION_NAME,
    }
