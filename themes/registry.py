"""Themes: design tokens layered region → brand → destination, plus optional template overrides.

A theme is code, not content: it ships with the platform and is chosen per destination. The brand's
palette (edited by the Région in the admin) sits between the regional defaults and the theme's own
tokens, so a destination inherits its brand's colours unless its theme says otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

REGION_TOKENS: dict[str, str] = {
    "colour-primary": "#1f4e79",
    "colour-primary-contrast": "#ffffff",
    "colour-secondary": "#f2b134",
    "colour-accent": "#9a3412",
    "colour-background": "#ffffff",
    "colour-surface": "#f6f4ef",
    "colour-text": "#1c1917",
    "colour-text-muted": "#57534e",
    "colour-footer-bg": "#1c1917",
    "colour-footer-text": "#f5f5f4",
    "font-body": "system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif",
    "font-heading": "system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif",
    "radius": "0.75rem",
    "hero-overlay": "linear-gradient(180deg, rgba(0,0,0,.05) 0%, rgba(0,0,0,.65) 100%)",
    "heading-transform": "none",
    "heading-weight": "700",
}


@dataclass(frozen=True)
class Theme:
    slug: str
    name: str  # may be a lazy translation
    tokens: dict[str, str] = field(default_factory=dict)
    # Folder under templates/themes/ whose templates win over the defaults (e.g. "alpes/hero.html").
    template_dir: str | None = None


THEMES: dict[str, Theme] = {
    theme.slug: theme
    for theme in [
        Theme(
            slug="provence",
            name=_("Provence: lavender and ochre"),
            tokens={
                "colour-surface": "#f7f1e6",
                "colour-text": "#2b1d14",
                "colour-text-muted": "#5c4a3d",
                "colour-footer-bg": "#3b2a4d",
                "colour-footer-text": "#f4eefa",
                "font-heading": "Georgia, 'DejaVu Serif', 'Times New Roman', serif",
                "radius": "1.25rem",
                "hero-overlay": "linear-gradient(180deg, rgba(59,42,77,.05) 0%, rgba(59,42,77,.75) 100%)",
            },
            template_dir="provence",
        ),
        Theme(
            slug="alpes",
            name=_("Alpes: glacier and larch"),
            tokens={
                "colour-surface": "#eef3f6",
                "colour-text": "#0f1d26",
                "colour-text-muted": "#3d5361",
                "colour-footer-bg": "#0f2a3a",
                "colour-footer-text": "#e8f1f6",
                "font-heading": "'DejaVu Sans Condensed', 'Arial Narrow', system-ui, sans-serif",
                "radius": "0.25rem",
                "heading-transform": "uppercase",
                "heading-weight": "800",
                "hero-overlay": "linear-gradient(180deg, rgba(15,42,58,.1) 0%, rgba(15,42,58,.8) 100%)",
            },
            template_dir="alpes",
        ),
        Theme(
            slug="azur",
            name=_("Côte d'Azur: sea and light"),
            tokens={
                "colour-surface": "#eaf6f8",
                "colour-text": "#07222b",
                "colour-text-muted": "#2f4f59",
                "colour-footer-bg": "#002f45",
                "colour-footer-text": "#e6f7ff",
                "font-heading": "'Trebuchet MS', 'DejaVu Sans', system-ui, sans-serif",
                "radius": "2rem",
                "heading-weight": "600",
                "hero-overlay": "linear-gradient(180deg, rgba(0,47,69,0) 0%, rgba(0,47,69,.7) 100%)",
            },
            template_dir="azur",
        ),
    ]
}

THEME_CHOICES = [(slug, theme.name) for slug, theme in THEMES.items()]
DEFAULT_THEME = "provence"


def get_theme(slug: str | None) -> Theme:
    return THEMES.get(slug or "", THEMES[DEFAULT_THEME])


def brand_tokens(brand) -> dict[str, str]:
    if brand is None:
        return {}
    return {
        "colour-primary": brand.primary_colour,
        "colour-secondary": brand.secondary_colour,
        "colour-accent": brand.accent_colour,
    }


def resolve_tokens(theme: Theme, brand=None) -> dict[str, str]:
    """Region defaults, then the brand palette, then the theme: later layers win."""
    return {**REGION_TOKENS, **brand_tokens(brand), **theme.tokens}


def render_css(tokens: dict[str, str]) -> str:
    body = "\n".join(f"  --{name}: {value};" for name, value in sorted(tokens.items()))
    return f":root {{\n{body}\n}}\n"


def template_candidates(theme: Theme, template_name: str) -> list[str]:
    if theme.template_dir:
        return [f"themes/{theme.template_dir}/{template_name}", template_name]
    return [template_name]


# --- WCAG contrast -----------------------------------------------------------------------------

def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(hex_colour: str) -> float:
    h = hex_colour.lstrip("#")
    r, g, b = (int(h[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast_ratio(foreground: str, background: str) -> float:
    a, b = relative_luminance(foreground), relative_luminance(background)
    lighter, darker = max(a, b), min(a, b)
    return (lighter + 0.05) / (darker + 0.05)


# Pairs of (text, background) tokens that templates actually put together.
CONTRAST_PAIRS = [
    ("colour-text", "colour-background"),
    ("colour-text", "colour-surface"),
    ("colour-text-muted", "colour-background"),
    ("colour-text-muted", "colour-surface"),
    ("colour-primary-contrast", "colour-primary"),
    ("colour-primary", "colour-background"),
    ("colour-accent", "colour-background"),
    ("colour-footer-text", "colour-footer-bg"),
]


def contrast_failures(tokens: dict[str, str], minimum: float = 4.5) -> list[tuple[str, str, float]]:
    return [
        (fg, bg, round(ratio, 2))
        for fg, bg in CONTRAST_PAIRS
        if (ratio := contrast_ratio(tokens[fg], tokens[bg])) < minimum
    ]
