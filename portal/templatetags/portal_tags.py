"""Template tags for the public portals: SEO head, language switcher, navigation, icons."""

from __future__ import annotations

import contextlib

from django import template
from django.conf import settings
from django.core.cache import cache
from django.urls import translate_url
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from wagtail.models import Locale, Page, Site

from portal.cache import current_version
from portal.seo import Alternate, page_alternates, x_default
from themes.icons import ICON_PATHS

register = template.Library()

MENU_CACHE_SECONDS = 3600  # a bound only: content changes retire the entry through the version


@register.simple_tag(takes_context=True)
def alternates(context, page=None):
    """Language alternates of the current page, or of the current URL for non-page views."""
    request = context["request"]
    cache_attr = "_portal_alternates"
    if hasattr(request, cache_attr):
        return getattr(request, cache_attr)
    if page is not None and isinstance(page, Page) and page.pk:
        result = page_alternates(page, request)
    else:
        path = request.get_full_path()
        names = dict(settings.LANGUAGES)
        result = []
        for code, _name in settings.LANGUAGES:
            translated = translate_url(path, code)
            result.append(Alternate(code, names[code], request.build_absolute_uri(translated), translated))
    setattr(request, cache_attr, result)
    return result


@register.simple_tag
def default_alternate(items):
    return x_default(items)


@register.simple_tag(takes_context=True)
def canonical_url(context, page=None):
    request = context["request"]
    if page is not None and isinstance(page, Page) and page.pk:
        return page.get_full_url(request)
    return request.build_absolute_uri(request.path)


def _cached_per_site(kind: str, site: Site, language: str, compute):
    """`compute()` cached per site, language and content version: every publish, move, restriction or
    setting change bumps the version (portal.cache), so nothing here outlives what it shows."""
    key = f"portal:{kind}:{current_version()}:{site.pk}:{language}"
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, MENU_CACHE_SECONDS)
    return value


def _home(request, site: Site, language: str) -> Page:
    """The site's home page in `language`, once per request (header, breadcrumb and menu all ask)."""
    memo = request.__dict__.setdefault("_portal_localized_home", {})
    if language not in memo:

        def translated() -> Page:
            home = site.root_page
            with contextlib.suppress(Locale.DoesNotExist, Page.DoesNotExist):
                home = home.get_translation(Locale.get_active())
            return home

        memo[language] = _cached_per_site("home", site, language, translated)
    return memo[language]


@register.simple_tag(takes_context=True)
def main_navigation(context):
    """Menu pages directly under the site's home, in the visitor's language (it cost 3 queries and
    ~25 ms on every page view of a 2-core box before it was cached)."""
    request = context["request"]
    site = Site.find_for_request(request)
    if site is None:
        return []
    language = get_language() or ""
    return _cached_per_site(
        "menu", site, language,
        lambda: list(_home(request, site, language).get_children().live().public().in_menu().specific().defer_streamfields()),
    )


@register.simple_tag(takes_context=True)
def localized_home(context):
    """The site's home page in the visitor's language."""
    request = context["request"]
    site = Site.find_for_request(request)
    return None if site is None else _home(request, site, get_language() or "")


@register.simple_tag
def icon(name, size=24, css_class="icon"):
    path = ICON_PATHS.get(name) or ICON_PATHS["star"]
    return format_html(
        '<svg class="{}" width="{}" height="{}" viewBox="0 0 24 24" fill="none" stroke="currentColor" '
        'stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">'
        '<path d="{}"/></svg>',
        css_class,
        size,
        size,
        mark_safe(path),  # noqa: S308 - constant path data from themes.icons
    )


@register.filter
def count_label(value, capped=False):
    """A count as the visitor's locale writes it ("9 093", "9,093"), with "+" when it is a lower bound
    (a search keeps its best matches only)."""
    from django.contrib.humanize.templatetags.humanize import intcomma

    return f"{intcomma(value)}+" if capped else intcomma(value)


@register.simple_tag
def current_language():
    return get_language()
