"""Shared fixtures of the pytest-django suite.

The demo (three destinations, users, images) is loaded once per test session into the test database,
outside any test transaction, the first time a test asks for `demo`. Tests run inside pytest-django's
per-test transaction on top of it, so whatever a test changes is rolled back. A transactional test
elsewhere (e.g. a live-server browser test) may flush the database, or another suite may reload the
demo on a different port: `demo` checks the data is still there as this suite expects it (sites on
port 80) and reloads it when not.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

import pytest
from django.core.cache import cache
from django.test import Client

# Playwright's sync API keeps an asyncio loop running in the main thread for the whole session. When a
# browser module runs first on an xdist worker, Django then refuses every later database call made from
# that thread ("SynchronousOnlyOperation"). The database calls are synchronous and in a single thread, so
# the check only gets in the way here.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

DEMO_SLUGS = ("luberon", "ecrins", "mercantour")
DEMO_PORT = 80
DEMO_PASSWORD = os.environ.get("DEMO_PASSWORD", "demo-portal-2026")
REGION_HOST = "127.0.0.1"


def pytest_configure(config):
    # Test settings have no collected static files; WhiteNoise says so on every request.
    config.addinivalue_line("filterwarnings", "ignore:No directory at:UserWarning")


def host_of(slug: str) -> str:
    return f"{slug}.localhost"


def _demo_present() -> bool:
    from django.contrib.auth import get_user_model
    from wagtail.models import Site

    from destinations.models import Destination

    return (
        Destination.objects.filter(slug__in=DEMO_SLUGS, site__port=DEMO_PORT).count() == len(DEMO_SLUGS)
        and Site.objects.filter(is_default_site=True, hostname=REGION_HOST, port=DEMO_PORT).exists()
        and get_user_model().objects.filter(username__in=["region-admin", "luberon-editor", "ecrins-editor"]).count()
        == 3
    )


def load_demo_on_port_80() -> None:
    """Run the real demo loader with every site on port 80, so Client(HTTP_HOST=...) matches exactly."""
    from destinations.demo.loader import load_demo

    saved = os.environ.get("DEMO_PORT")
    os.environ["DEMO_PORT"] = str(DEMO_PORT)
    try:
        load_demo()
    finally:
        if saved is None:
            os.environ.pop("DEMO_PORT", None)
        else:
            os.environ["DEMO_PORT"] = saved
    cache.clear()


@dataclass(frozen=True)
class Demo:
    """Read-only helpers over the loaded demo (query inside the test, never cache model instances)."""

    slugs: tuple[str, ...] = DEMO_SLUGS
    password: str = DEMO_PASSWORD

    @staticmethod
    def destination(slug: str):
        from destinations.models import Destination

        return Destination.objects.select_related("site", "brand", "collection").get(slug=slug)

    def home(self, slug: str, language: str = "fr"):
        home = self.destination(slug).site.root_page.specific
        return home.get_translation(self.locale(language)).specific

    @staticmethod
    def locale(language: str):
        from wagtail.models import Locale

        return Locale.objects.get(language_code=language)

    @staticmethod
    def region(language: str = "fr"):
        from destinations.models import RegionHomePage

        return RegionHomePage.objects.get(locale__language_code=language)

    @staticmethod
    def user(username: str):
        from django.contrib.auth import get_user_model

        return get_user_model().objects.get(username=username)


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker) -> Demo:
    """The demo data, committed in the test database: loaded once, checked once per module, reloaded if gone."""
    with django_db_blocker.unblock():
        if not _demo_present():
            load_demo_on_port_80()
    return Demo()


@pytest.fixture
def clear_cache():
    """Wagtail keeps site root paths in the cache; a rolled-back Site would otherwise linger there."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def host_client():
    """host_client("luberon") → an anonymous test client for that destination's portal."""

    def make(slug_or_host: str, **extra) -> Client:
        host = slug_or_host if "." in slug_or_host else host_of(slug_or_host)
        return Client(HTTP_HOST=host, **extra)

    return make
