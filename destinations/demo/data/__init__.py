"""Demo content: real prose about each demo destination in French, English, German and Italian.

Schema of one destination module (`DESTINATION` dict); every text is a dict {language code: text}; a
language missing from a page's `title` means that page has no translation in that language.

    DESTINATION = {
        "slug": "luberon", "name": "Luberon", "brand": "provence", "theme": "provence", "motif": "lavender",
        "languages": ["fr", "en", "de", "it"],
        "communes": [{"insee": "84020", "name": "Bonnieux", "postal_code": "84480", "lat": 43.82, "lon": 5.31}],
        "bbox": (west, south, east, north),
        "apidae_selection_ids": [...], "sectors": ["wine", ...],
        "office": {"office_name": ..., "street_address": ..., "postal_code": ..., "city": ..., "phone": ...,
                   "email": ..., "website": ..., "facebook_url": ..., "instagram_url": ...},
        "home": {"title": {...}, "hero_title": {...}, "hero_tagline": {...}, "intro": {... HTML <p> ...},
                 "search_description": {...}, "image_alt": {...}},
        "interests": {interest slug: PAGE, ...},   # one landing page per Région interest
        "audiences": {audience slug: PAGE, ...},   # one landing page per visitor typology
        "pages": [PAGE, ...],                      # content pages under the home (show_in_menus)
    }
    PAGE = {"slug": {...}, "title": {...}, "intro": {... HTML ...}, "search_description": {...},
            "motif": "village"|"lavender"|"mountains"|"sea"|"forest", "image_alt": {...},
            "highlights": [{"title": {...}, "text": {...}}, ...],          # landing pages: 3 items
            "body": [("heading", {...}) | ("paragraph", {... HTML ...}) | ("quote", {...})]}
"""

from . import ecrins, luberon, mercantour

DESTINATIONS = [luberon.DESTINATION, ecrins.DESTINATION, mercantour.DESTINATION]
