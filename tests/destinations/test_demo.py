"""The demo loader: what it promises (≥ 3 destinations, ≥ 2 brands, users) and that it is idempotent."""

from __future__ import annotations

from io import StringIO

import pytest
from django.contrib.auth import authenticate, get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.images import get_image_model
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    GroupSitePermission,
    Page,
    Site,
)

from destinations.models import Brand, Destination, Interest, TouristOfficeSettings

pytestmark = pytest.mark.django_db


def snapshot() -> dict[str, object]:
    return {
        "pages": Page.objects.count(),
        "live pages": Page.objects.live().count(),
        "page paths": sorted(Page.objects.values_list("url_path", flat=True)),
        "images": get_image_model().objects.count(),
        "sites": sorted(Site.objects.values_list("hostname", "port", "root_page_id")),
        "groups": sorted(Group.objects.values_list("name", flat=True)),
        "collections": Collection.objects.count(),
        "destinations": Destination.objects.count(),
        "brands": Brand.objects.count(),
        "interests": Interest.objects.count(),
        "users": get_user_model().objects.count(),
        "office settings": TouristOfficeSettings.objects.count(),
        "page permissions": GroupPagePermission.objects.count(),
        "collection permissions": GroupCollectionPermission.objects.count(),
        "site permissions": GroupSitePermission.objects.count(),
    }


def test_demo_has_three_destinations_under_two_brands(demo):
    destinations = Destination.objects.select_related("brand", "site")
    assert {d.slug for d in destinations} >= set(demo.slugs)
    assert len({d.brand.slug for d in destinations}) >= 2
    for destination in destinations:
        assert destination.site.hostname == f"{destination.slug}.localhost"
        assert destination.site.port == 80
        assert destination.collection is not None
        assert destination.editors_group is not None and destination.moderators_group is not None
        assert TouristOfficeSettings.objects.get(site=destination.site).office_name
    default = Site.objects.get(is_default_site=True)
    assert (default.hostname, default.port) == ("127.0.0.1", 80)
    assert default.root_page.specific_class.__name__ == "RegionHomePage"
    # The page Wagtail's first migration creates is gone.
    assert not Page.objects.filter(depth=2, content_type__model="page").exists()


def test_demo_pages_exist_in_several_languages(demo):
    for slug in demo.slugs:
        home = demo.destination(slug).site.root_page
        languages = set(
            Page.objects.filter(translation_key=home.translation_key)
            .live()
            .values_list("locale__language_code", flat=True)
        )
        assert {"fr", "en"} <= languages, slug
        assert Page.objects.child_of(home).live().count() >= 2, slug


def test_demo_users_log_in_with_the_demo_password(demo):
    for username in ("region-admin", "luberon-editor", "ecrins-editor"):
        user = authenticate(username=username, password=demo.password)
        assert user is not None, username
    assert demo.user("region-admin").is_superuser
    editor = demo.user("luberon-editor")
    assert not editor.is_superuser
    assert list(editor.groups.all()) == [demo.destination("luberon").editors_group]


def test_second_load_demo_changes_nothing(demo, monkeypatch):
    """The session already ran load_demo once; `manage.py load_demo` again must create nothing new."""
    before = snapshot()
    monkeypatch.setenv("DEMO_PORT", "80")
    out = StringIO()
    call_command("load_demo", stdout=out)
    assert "Demo loaded" in out.getvalue()
    assert snapshot() == before
