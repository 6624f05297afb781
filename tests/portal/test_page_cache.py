"""The anonymous whole-page cache: hits, invalidation on publish, never for logged-in users."""

from __future__ import annotations

import pytest
from django.test import override_settings

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo")]


@pytest.fixture(autouse=True)
def page_cache_on():
    with override_settings(PAGE_CACHE_SECONDS=60):
        yield


def test_second_anonymous_get_is_a_hit(host_client):
    client = host_client("luberon")
    first = client.get("/fr/")
    second = client.get("/fr/")
    assert first.status_code == second.status_code == 200
    assert first["X-Page-Cache"] == "miss"
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert second["Content-Language"] == "fr"


def test_cache_is_per_host_and_language(host_client):
    host_client("luberon").get("/fr/")
    assert host_client("ecrins").get("/fr/")["X-Page-Cache"] == "miss"
    assert host_client("luberon").get("/en/")["X-Page-Cache"] == "miss"
    assert host_client("luberon").get("/fr/")["X-Page-Cache"] == "hit"
    ecrins = host_client("ecrins").get("/fr/")
    assert ecrins["X-Page-Cache"] == "hit"
    assert b"theme-alpes" in ecrins.content


def test_publishing_invalidates(demo, host_client):
    client = host_client("luberon")
    client.get("/fr/")
    assert client.get("/fr/")["X-Page-Cache"] == "hit"
    home = demo.home("luberon", "fr")
    home.hero_tagline = "Nouvelle accroche publiée"
    home.save_revision().publish()
    response = client.get("/fr/")
    assert response["X-Page-Cache"] == "miss"
    assert "Nouvelle accroche publiée" in response.content.decode()
    assert client.get("/fr/")["X-Page-Cache"] == "hit"


def test_publishing_on_another_site_also_invalidates(demo, host_client):
    """Invalidation is global by design (simpler than tracking which page lists which)."""
    client = host_client("luberon")
    client.get("/fr/")
    ecrins_home = demo.home("ecrins", "fr")
    ecrins_home.save_revision().publish()
    assert client.get("/fr/")["X-Page-Cache"] == "miss"


def test_logged_in_users_never_get_the_cached_page(demo, host_client):
    anonymous = host_client("luberon")
    anonymous.get("/fr/")
    assert anonymous.get("/fr/")["X-Page-Cache"] == "hit"
    editor = host_client("luberon")
    editor.force_login(demo.user("luberon-editor"))
    for _ in range(2):
        response = editor.get("/fr/")
        assert response.status_code == 200
        assert "X-Page-Cache" not in response
        assert b"wagtail-userbar" in response.content or b"w-userbar" in response.content
    # …and what they saw was not stored for the anonymous visitors either.
    assert b"userbar" not in anonymous.get("/fr/").content


def test_errors_and_admin_are_not_cached(host_client):
    client = host_client("luberon")
    for _ in range(2):
        response = client.get("/fr/does-not-exist/")
        assert response.status_code == 404
        assert "X-Page-Cache" not in response
    assert "X-Page-Cache" not in client.get("/admin/login/")


def test_cache_off_by_default_in_tests(host_client):
    with override_settings(PAGE_CACHE_SECONDS=0):
        client = host_client("luberon")
        client.get("/fr/")
        assert "X-Page-Cache" not in client.get("/fr/")


def test_making_a_page_private_retires_the_cached_copy_and_the_menu_entry(demo, host_client):
    from urllib.parse import urlsplit

    from wagtail.models import PageViewRestriction

    client = host_client("luberon")
    home = demo.home("luberon", "fr")
    child = home.get_children().live().in_menu().first().specific
    child_url = urlsplit(child.get_url()).path
    assert client.get(child_url)["X-Page-Cache"] == "miss"
    assert client.get(child_url)["X-Page-Cache"] == "hit"
    assert f'href="{child_url}"' in client.get("/fr/").content.decode()

    PageViewRestriction.objects.create(page=child, restriction_type=PageViewRestriction.PASSWORD, password="secret")

    private = client.get(child_url)
    assert private.get("X-Page-Cache") != "hit"
    assert "password" in private.content.decode().lower()  # Wagtail's password form, not the page
    assert f'href="{child_url}"' not in client.get("/fr/").content.decode()
