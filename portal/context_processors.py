"""Puts the current destination, its brand and theme into every template."""

from django.conf import settings
from django.utils.translation import get_language

from destinations.models import Brand
from destinations.services.portals import destination_for_request
from themes.registry import get_theme


def portal(request):
    destination = destination_for_request(request)
    request.destination = destination
    brand = None
    if destination is not None:
        brand = (
            Brand.objects.filter(translation_key=destination.brand.translation_key, locale__language_code=get_language())
            .first()
            or destination.brand
        )
    return {
        "destination": destination,
        "brand": brand,
        "theme": get_theme(destination.theme if destination else None),
        "portal_languages": settings.LANGUAGES,
        "region_name": settings.PORTAL_REGION_NAME,
    }
