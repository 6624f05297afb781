"""Themes: every theme keeps WCAG AA contrast with every demo brand palette; /theme.css per host."""

from __future__ import annotations

import pytest

from destinations.demo.data.common import BRANDS
from themes.registry import REGION_TOKENS, THEMES, contrast_failures, contrast_ratio, resolve_tokens


class Palette:
    def __init__(self, spec: dict):
        self.slug = spec["slug"]
        self.primary_colour = spec["primary_colour"]
        self.secondary_colour = spec["secondary_colour"]
        self.accent_colour = spec["accent_colour"]


@pytest.mark.parametrize("theme_slug", sorted(THEMES))
@pytest.mark.parametrize("brand_spec", BRANDS, ids=[b["slug"] for b in BRANDS])
def test_every_theme_with_every_demo_brand_palette_passes_contrast(theme_slug, brand_spec):
    tokens = resolve_tokens(THEMES[theme_slug], Palette(brand_spec))
    assert contrast_failures(tokens) == []


@pytest.mark.parametrize("theme_slug", sorted(THEMES))
def test_every_theme_without_brand_passes_contrast(theme_slug):
    assert contrast_failures(resolve_tokens(THEMES[theme_slug])) == []


@pytest.mark.django_db
def test_loaded_brands_pass_contrast_in_every_theme(demo):
    """The palettes as stored (the Région may edit them in the admin), in every locale."""
    from destinations.models import Brand

    brands = list(Brand.objects.all())
    assert len({b.slug for b in brands}) >= 2
    for brand in brands:
        for theme in THEMES.values():
            assert contrast_failures(resolve_tokens(theme, brand)) == [], (brand.slug, brand.locale_id, theme.slug)


def test_contrast_helpers_catch_a_bad_palette():
    class Bad:
        primary_colour, secondary_colour, accent_colour = "#ffff00", "#ffffff", "#cccccc"

    failures = contrast_failures(resolve_tokens(THEMES["provence"], Bad()))
    assert {(fg, bg) for fg, bg, _ratio in failures} >= {
        ("colour-primary-contrast", "colour-primary"),
        ("colour-primary", "colour-background"),
        ("colour-accent", "colour-background"),
    }
    assert round(contrast_ratio("#000000", "#ffffff"), 1) == 21.0
    assert contrast_ratio("#777777", "#777777") == 1.0


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("slug", "theme_font"),
    [("luberon", "Georgia"), ("ecrins", "DejaVu Sans Condensed"), ("mercantour", "Trebuchet MS")],
)
def test_theme_css_carries_the_brand_palette_and_theme_tokens(demo, host_client, slug, theme_font):
    destination = demo.destination(slug)
    response = host_client(slug).get("/theme.css")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/css")
    css = response.content.decode()
    assert f"--colour-primary: {destination.brand.primary_colour};" in css
    assert f"--colour-accent: {destination.brand.accent_colour};" in css
    assert theme_font in css
    assert response["ETag"]
    assert "max-age=300" in response["Cache-Control"]


@pytest.mark.django_db
def test_theme_css_differs_per_brand(demo, host_client):
    provence = next(b for b in BRANDS if b["slug"] == "provence")["primary_colour"]
    alpes = next(b for b in BRANDS if b["slug"] == "alpes")["primary_colour"]
    luberon = host_client("luberon").get("/theme.css").content.decode()
    ecrins = host_client("ecrins").get("/theme.css").content.decode()
    assert provence in luberon and provence not in ecrins
    assert alpes in ecrins and alpes not in luberon


@pytest.mark.django_db
def test_region_theme_css_uses_region_defaults(demo, host_client):
    css = host_client("127.0.0.1").get("/theme.css").content.decode()
    assert f"--colour-primary: {REGION_TOKENS['colour-primary']};" in css
