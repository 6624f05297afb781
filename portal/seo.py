"""Language alternates of a page (hreflang, sitemap, language switcher) computed in one query."""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.http import HttpRequest
from wagtail.models import Page, Site


@dataclass(frozen=True)
class Alternate:
    lang_code: str
    language_name: str
    location: str  # absolute, for hreflang and the sitemap
    url: str = ""  # relative when on the requesting site, for links a visitor follows


def _language_names() -> dict[str, str]:
    return dict(settings.LANGUAGES)


def page_alternates(page: Page, request: HttpRequest | None = None, site: Site | None = None) -> list[Alternate]:
    """Every live, public translation of `page` with its absolute URL, in settings.LANGUAGES order."""
    names = _language_names()
    translations = (
        Page.objects.filter(translation_key=page.translation_key).live().public().select_related("locale")
    )
    by_language = {}
    for translation in translations:
        url = translation.get_full_url(request)
        if url:
            by_language[translation.locale.language_code] = (url, translation.get_url(request) or url)
    return [
        Alternate(code, names[code], *by_language[code]) for code, _n in settings.LANGUAGES if code in by_language
    ]


def x_default(alternates: list[Alternate]) -> Alternate | None:
    default = settings.LANGUAGE_CODE
    for alternate in alternates:
        if alternate.lang_code == default:
            return Alternate("x-default", alternate.language_name, alternate.location, alternate.url)
    if not alternates:
        return None
    return Alternate("x-default", alternates[0].language_name, alternates[0].location, alternates[0].url)


def site_pages(site: Site):
    """Live public pages of a site in every language (the site root's translations are separate trees)."""
    root = site.root_page
    homes = Page.objects.filter(translation_key=root.translation_key, depth=root.depth)
    query = None
    for home in homes:
        branch = Page.objects.descendant_of(home, inclusive=True)
        query = branch if query is None else query | branch
    if query is None:
        return Page.objects.none()
    return query.live().public().order_by("path")


def sitemap_entries(site: Site, request: HttpRequest) -> list[dict]:
    """One <url> per page and language, each listing its alternates (Google's recommended form)."""
    names = _language_names()
    pages = list(site_pages(site).select_related("locale"))
    groups: dict = {}
    for page in pages:
        groups.setdefault(page.translation_key, []).append(page)
    entries = []
    for translations in groups.values():
        located = []
        for page in translations:
            url = page.get_full_url(request)
            if url and page.locale.language_code in names:
                located.append((page, url))
        alternates = [
            {"lang_code": p.locale.language_code, "location": url}
            for p, url in sorted(located, key=lambda pu: list(names).index(pu[0].locale.language_code))
        ]
        default = next((a for a in alternates if a["lang_code"] == settings.LANGUAGE_CODE), alternates[0] if alternates else None)
        if default:
            alternates.append({"lang_code": "x-default", "location": default["location"]})
        for page, url in located:
            entries.append(
                {
                    "location": url,
                    "lastmod": page.last_published_at or page.latest_revision_created_at,
                    "alternates": alternates,
                }
            )
    return entries
