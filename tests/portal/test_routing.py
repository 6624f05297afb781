"""One Wagtail install, one portal per host: routing, themes, the region front page, language redirects."""

from __future__ import annotations

import pytest
from django.utils.html import escape

from tests.conftest import REGION_HOST
from tests.portal.helpers import body_classes, host_of_url, html_lang, path_of, soup

pytestmark = pytest.mark.django_db

EXPECTED_THEMES = {"luberon": "theme-provence", "ecrins": "theme-alpes", "mercantour": "theme-azur"}


@pytest.mark.parametrize(("slug", "theme_class"), EXPECTED_THEMES.items())
def test_each_host_serves_its_own_home_and_theme(demo, host_client, slug, theme_class):
    response = host_client(slug).get("/fr/")
    assert response.status_code == 200
    home = demo.home(slug, "fr")
    assert response.context["page"].pk == home.pk
    assert theme_class in body_classes(response)
    assert escape(home.hero_title or home.title) in response.content.decode()
    if home.hero_tagline:
        assert escape(home.hero_tagline) in response.content.decode()
    # No other destination's home leaks into this portal.
    for other in set(EXPECTED_THEMES) - {slug}:
        assert EXPECTED_THEMES[other] not in body_classes(response)
    assert html_lang(response) == "fr"


def test_theme_comes_from_the_destination_record(demo):
    assert {slug: f"theme-{demo.destination(slug).theme}" for slug in EXPECTED_THEMES} == EXPECTED_THEMES


def test_region_front_page_lists_every_destination_by_brand(demo, host_client):
    from destinations.models import Destination

    response = host_client(REGION_HOST).get("/fr/")
    assert response.status_code == 200
    assert response.context["page"].pk == demo.region("fr").pk
    groups = soup(response).select("section.brand-group")
    listed = {}
    for section in groups:
        brand_name = section.find("h2").get_text(strip=True)
        listed[brand_name] = {host_of_url(a["href"]): path_of(a["href"]) for a in section.select("a.card__link")}
    expected = {}
    for destination in Destination.objects.select_related("brand", "site"):
        expected.setdefault(destination.brand.name, {})[destination.site.hostname] = "/fr/"
    assert listed == expected
    for slug in demo.slugs:
        assert f'href="http://{slug}.localhost/fr/"' in response.content.decode()


def test_region_front_page_in_english_links_english_homes(demo, host_client):
    response = host_client(REGION_HOST).get("/en/")
    assert response.status_code == 200
    assert html_lang(response) == "en"
    links = {a["href"] for a in soup(response).select("section.brand-group a.card__link")}
    for slug in demo.slugs:
        english_home = demo.home(slug, "en")
        assert english_home.get_full_url() in links


def test_unknown_host_falls_back_to_the_region(demo, host_client):
    response = host_client("unknown.example.org").get("/fr/")
    assert response.status_code == 200
    assert response.context["page"].pk == demo.region("fr").pk
    assert response.context["destination"] is None


@pytest.mark.parametrize("host", ["luberon.localhost", REGION_HOST])
def test_root_redirects_to_french_by_default(demo, host_client, host):
    response = host_client(host).get("/")
    assert response.status_code == 302
    assert response["Location"] == "/fr/"


@pytest.mark.parametrize(
    ("accept", "prefix"), [("de", "/de/"), ("en-GB,en;q=0.9", "/en/"), ("it-IT", "/it/"), ("es", "/fr/")]
)
def test_root_redirect_follows_accept_language(demo, host_client, accept, prefix):
    response = host_client("luberon").get("/", HTTP_ACCEPT_LANGUAGE=accept)
    assert response.status_code == 302
    assert response["Location"] == prefix


def test_same_path_on_two_hosts_serves_two_pages(demo, host_client):
    from destinations.models import AudiencePage

    luberon_page = AudiencePage.objects.child_of(demo.home("luberon")).filter(audience__slug="family").first()
    ecrins_page = AudiencePage.objects.child_of(demo.home("ecrins")).filter(audience__slug="family").first()
    if luberon_page is None or ecrins_page is None:
        pytest.skip("the demo has no family landing page on both Luberon and Écrins")
    assert path_of(luberon_page.get_full_url()) == path_of(ecrins_page.get_full_url())
    luberon = host_client("luberon").get(path_of(luberon_page.get_full_url()))
    ecrins = host_client("ecrins").get(path_of(ecrins_page.get_full_url()))
    assert luberon.status_code == ecrins.status_code == 200
    assert luberon.context["page"].pk == luberon_page.pk
    assert ecrins.context["page"].pk == ecrins_page.pk


def test_healthz(host_client):
    assert host_client("luberon").get("/healthz").content == b"ok"
