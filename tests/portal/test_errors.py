"""Themed, translated error pages; the 500 handler never raises."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.conf import settings
from django.test import RequestFactory, override_settings
from django.utils import translation

from portal.views import server_error
from tests.portal.helpers import body_classes, html_lang, soup

pytestmark = pytest.mark.django_db

FRENCH_CATALOGUE = Path(settings.LOCALE_PATHS[0]) / "fr" / "LC_MESSAGES" / "django.mo"


def translated(language: str, message: str) -> str:
    with translation.override(language):
        return translation.gettext(message)


@pytest.mark.parametrize(
    ("slug", "theme_class"), [("luberon", "theme-provence"), ("ecrins", "theme-alpes"), ("mercantour", "theme-azur")]
)
def test_404_is_themed_and_french(demo, host_client, slug, theme_class):
    response = host_client(slug).get("/fr/does-not-exist/")
    assert response.status_code == 404
    assert theme_class in body_classes(response)
    assert html_lang(response) == "fr"
    heading = soup(response).find("h1").get_text(strip=True)
    assert heading == translated("fr", "Page not found")
    if FRENCH_CATALOGUE.exists():
        assert heading == "Page introuvable"
    # The way back leads to this destination's French home.
    assert soup(response).find("a", href="/fr/") is not None


def test_404_in_english(demo, host_client):
    response = host_client("luberon").get("/en/does-not-exist/")
    assert response.status_code == 404
    assert html_lang(response) == "en"
    assert soup(response).find("h1").get_text(strip=True) == "Page not found"
    assert "theme-provence" in body_classes(response)
    assert soup(response).find("a", href="/en/") is not None


def test_404_on_region_host(demo, host_client):
    response = host_client("127.0.0.1").get("/fr/nothing-here/")
    assert response.status_code == 404
    assert html_lang(response) == "fr"


def test_server_error_handler_renders_themed_500(demo):
    request = RequestFactory().get("/fr/boom/", HTTP_HOST="luberon.localhost")
    with translation.override("fr"):
        response = server_error(request)
    assert response.status_code == 500
    assert "theme-provence" in body_classes(response)
    assert html_lang(response) == "fr"


def test_server_error_handler_survives_a_broken_theme(demo):
    """When even the templates are gone, the handler still answers 500 with a plain page."""
    request = RequestFactory().get("/en/boom/", HTTP_HOST="ecrins.localhost")
    no_templates = [{"BACKEND": "django.template.backends.django.DjangoTemplates", "DIRS": [], "APP_DIRS": False}]
    with override_settings(TEMPLATES=no_templates), translation.override("en"):
        response = server_error(request)
    assert response.status_code == 500
    assert b'<html lang="en">' in response.content


def test_server_error_handler_without_a_database_site(demo):
    request = RequestFactory().get("/", HTTP_HOST="nowhere.example.org")
    response = server_error(request)
    assert response.status_code == 500
