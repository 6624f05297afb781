"""Puts the current destination, its brand and theme into every template."""

from django.conf import settings
from django.utils.translation import get_language

from destinations.services.portals import destination_for_request
from themes.registry import get_theme


def portal(request):
    destination = destination_for_request(request)
    request.destination = destination
    brand = None
    if destination is not None:
        brand = destination.brand
        language = get_language()
        for translation in [brand, *brand.get_translations()]:
            if translation.locale.language_code == language:
                brand = translation
                break
    return {
        "destination": destination,
        "brand": brand,
        "theme": get_theme(destination.theme if destination else None),
        "portal_languages": settings.LANGUAGES,
        "region_name": settings.PORTAL_REGION_NAME,
    }
