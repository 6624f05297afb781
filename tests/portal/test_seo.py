"""Languages and SEO: prefixes, <html lang>, hreflang alternates, canonical, meta and Open Graph, sitemap, robots."""

from __future__ import annotations

import xml.etree.ElementTree as ET  # noqa: S405 - parsing our own sitemap

import pytest
from django.conf import settings
from wagtail.models import Page

from destinations.models import AudiencePage, InterestPage
from tests.factories import ContentPageFactory, publish, translate
from tests.portal.helpers import canonical, host_of_url, hreflangs, html_lang, meta, path_of, soup

pytestmark = pytest.mark.django_db

SITEMAP_NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}


def live_translations(page: Page) -> dict[str, Page]:
    pages = Page.objects.filter(translation_key=page.translation_key).live().public().select_related("locale")
    return {p.locale.language_code: p for p in pages}


@pytest.mark.parametrize("language", ["fr", "en"])
def test_language_prefix_and_html_lang(demo, host_client, language):
    response = host_client("luberon").get(f"/{language}/")
    assert response.status_code == 200
    assert html_lang(response) == language
    assert response.context["page"].pk == demo.home("luberon", language).pk
    assert response["Content-Language"] == language


def test_hreflang_for_every_published_translation_plus_x_default(demo, host_client):
    home = demo.home("luberon", "en")
    response = host_client("luberon").get("/en/")
    links = hreflangs(response)
    expected = {code: page.get_full_url() for code, page in live_translations(home).items()}
    assert {"fr", "en"} <= set(expected)
    assert links == {**expected, "x-default": expected["fr"]}
    for href in links.values():
        assert host_of_url(href) == "luberon.localhost"


def test_canonical_meta_description_and_open_graph(demo, host_client):
    home = demo.home("luberon", "en")
    response = host_client("luberon").get("/en/")
    assert canonical(response) == "http://luberon.localhost/en/"
    assert meta(response, prop="og:url") == "http://luberon.localhost/en/"
    assert meta(response, prop="og:title") == (home.seo_title or home.title)
    assert meta(response, name="description") == home.meta_description
    assert meta(response, name="description")
    assert meta(response, prop="og:locale") == "en"
    og_image = meta(response, prop="og:image")
    assert home.hero_image_id is not None
    assert og_image.startswith("http://luberon.localhost/")
    assert path_of(og_image).startswith(settings.MEDIA_URL)


def test_page_without_german_translation_has_no_german_alternate(demo, host_client):
    """A fresh page translated to English only, plus an unpublished German draft: only fr, en announced."""
    home = demo.home("luberon", "fr")
    page = publish(ContentPageFactory(parent=home, title="Sentier des ocres test", slug="sentier-ocres-test"))
    english = translate(page, "en", title="Ochre trail test", slug="ochre-trail-test")
    translate(page, "de", live=False, title="Ockerpfad Test", slug="ockerpfad-test")
    response = host_client("luberon").get(path_of(english.get_full_url()))
    assert response.status_code == 200
    links = hreflangs(response)
    assert set(links) == {"fr", "en", "x-default"}
    assert "de" not in links
    assert links["x-default"] == links["fr"] == page.get_full_url()
    # The language switcher offers the same languages only.
    switcher = {a["hreflang"] for a in soup(response).select(".language-switcher a")}
    assert switcher == {"fr", "en"}


def entry_pages(demo, slug: str) -> list[Page]:
    """One interest and one audience landing page per home language (every page would be slow to render)."""
    homes = Page.objects.filter(translation_key=demo.home(slug).translation_key, depth=2)
    pages = []
    for home in homes:
        for model in (InterestPage, AudiencePage):
            page = model.objects.child_of(home).live().order_by("path").first()
            if page is not None:
                pages.append(page)
    return pages


def test_landing_pages_reachable_in_each_language(demo, host_client):
    client = host_client("luberon")
    pages = entry_pages(demo, "luberon")
    languages = {p.locale.language_code for p in pages}
    assert {"fr", "en"} <= languages
    assert any(isinstance(p, InterestPage) for p in pages) and any(isinstance(p, AudiencePage) for p in pages)
    for page in pages:
        url = page.get_full_url()
        assert host_of_url(url) == "luberon.localhost"
        assert path_of(url).startswith(f"/{page.locale.language_code}/")
        response = client.get(path_of(url))
        assert response.status_code == 200, url
        assert html_lang(response) == page.locale.language_code
        assert response.context["page"].pk == page.pk


def test_family_landing_page_in_french_and_english(demo, host_client):
    family_fr = AudiencePage.objects.child_of(demo.home("luberon", "fr")).get(audience__slug="family")
    family_en = family_fr.get_translation(demo.locale("en"))
    client = host_client("luberon")
    fr = client.get(path_of(family_fr.get_full_url()))
    en = client.get(path_of(family_en.get_full_url()))
    assert (fr.status_code, en.status_code) == (200, 200)
    assert path_of(family_fr.get_full_url()) == f"/fr/{family_fr.slug}/"
    assert path_of(family_en.get_full_url()) == f"/en/{family_en.slug}/"
    assert hreflangs(fr)["en"] == family_en.get_full_url()
    assert hreflangs(en)["fr"] == family_fr.get_full_url()


# --- sitemap.xml and robots.txt -------------------------------------------------------------------


def parse_sitemap(response) -> list[dict]:
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ET.fromstring(response.content)  # noqa: S314 - our own output
    entries = []
    for url in root.findall("sm:url", SITEMAP_NS):
        alternates = {link.get("hreflang"): link.get("href") for link in url.findall("xhtml:link", SITEMAP_NS)}
        entries.append({"loc": url.findtext("sm:loc", namespaces=SITEMAP_NS), "alternates": alternates})
    return entries


def test_sitemap_lists_only_this_site(demo, host_client):
    from portal.seo import site_pages

    entries = parse_sitemap(host_client("luberon").get("/sitemap.xml"))
    locations = {e["loc"] for e in entries}
    assert locations
    assert {host_of_url(loc) for loc in locations} == {"luberon.localhost"}
    assert not any("ecrins" in loc or "mercantour" in loc for loc in locations)
    expected = {p.get_full_url() for p in site_pages(demo.destination("luberon").site)}
    assert locations == expected
    assert "http://luberon.localhost/fr/" in locations and "http://luberon.localhost/en/" in locations
    ecrins_locations = {e["loc"] for e in parse_sitemap(host_client("ecrins").get("/sitemap.xml"))}
    assert ecrins_locations and not (ecrins_locations & locations)


def test_sitemap_alternates_include_x_default(demo, host_client):
    entries = parse_sitemap(host_client("luberon").get("/sitemap.xml"))
    by_location = {e["loc"]: e["alternates"] for e in entries}
    for location, alternates in by_location.items():
        assert "x-default" in alternates, location
        assert location in alternates.values()
        assert alternates["x-default"] == alternates.get("fr", alternates["x-default"])
    home_alternates = by_location["http://luberon.localhost/en/"]
    assert home_alternates["fr"] == "http://luberon.localhost/fr/"
    assert home_alternates["en"] == "http://luberon.localhost/en/"
    # Alternates of one page agree wherever that page appears.
    assert by_location["http://luberon.localhost/fr/"] == home_alternates


def test_region_sitemap_lists_region_pages_only(demo, host_client):
    locations = {e["loc"] for e in parse_sitemap(host_client("127.0.0.1").get("/sitemap.xml"))}
    assert "http://127.0.0.1/fr/" in locations
    assert {host_of_url(loc) for loc in locations} == {"127.0.0.1"}


def test_robots_txt(demo, host_client):
    response = host_client("luberon").get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "Sitemap: http://luberon.localhost/sitemap.xml" in lines
    assert "Disallow: /admin/" in lines
    assert "User-agent: *" in lines
