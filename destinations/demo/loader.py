"""Idempotent demo loader: brands, taxonomy, the region front page and three destination portals.

Runs through the same provisioning service as `create_destination`, then fills pages in every language
given by the content modules. Re-running updates texts in place and creates nothing twice.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.images import ImageFile
from django.db import transaction
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale, Page, Site

from destinations.demo import art
from destinations.demo.data import DESTINATIONS
from destinations.demo.data.common import AUDIENCES, BRANDS, INTERESTS, SECTORS
from destinations.models import (
    Audience,
    AudiencePage,
    Brand,
    Commune,
    ContentPage,
    Destination,
    Interest,
    InterestPage,
    RegionHomePage,
    Sector,
    TouristOfficeSettings,
)
from destinations.services.provisioning import DestinationSpec, create_destination, grant_destination_permissions

Progress = Callable[[str], None]
LANGUAGES = [code for code, _name in settings.LANGUAGES]
DEMO_PASSWORD_ENV = "DEMO_PASSWORD"  # noqa: S105 - the name of a variable, not a password

REGION_HOME = {
    "title": {
        "fr": "Destinations en Provence-Alpes-Côte d'Azur",
        "en": "Destinations in Provence-Alpes-Côte d'Azur",
        "de": "Reiseziele in Provence-Alpes-Côte d'Azur",
        "it": "Destinazioni in Provenza-Alpi-Costa Azzurra",
    },
    "slug": {"fr": "destinations", "en": "destinations", "de": "reiseziele", "it": "destinazioni"},
    "intro": {
        "fr": "<p>Trois marques, une région : choisissez votre destination, des villages du Luberon aux sommets des Écrins et aux vallées du Mercantour.</p>",
        "en": "<p>Three brands, one region: choose your destination, from the villages of the Luberon to the peaks of the Écrins and the valleys of the Mercantour.</p>",
        "de": "<p>Drei Marken, eine Region: Wählen Sie Ihr Reiseziel, von den Dörfern des Luberon bis zu den Gipfeln der Écrins und den Tälern des Mercantour.</p>",
        "it": "<p>Tre marchi, una regione: scegliete la vostra destinazione, dai borghi del Luberon alle vette degli Écrins e alle valli del Mercantour.</p>",
    },
    "search_description": {
        "fr": "Toutes les destinations touristiques de la région Provence-Alpes-Côte d'Azur, par marque.",
        "en": "Every tourist destination of the Provence-Alpes-Côte d'Azur region, by brand.",
        "de": "Alle Reiseziele der Region Provence-Alpes-Côte d'Azur, nach Marke.",
        "it": "Tutte le destinazioni turistiche della regione Provenza-Alpi-Costa Azzurra, per marchio.",
    },
}


def demo_host(slug: str) -> tuple[str, int]:
    domain = os.environ.get("DEMO_DOMAIN", "localhost")
    port = int(os.environ.get("DEMO_PORT", "8000"))
    return f"{slug}.{domain}", port


def ensure_locales() -> dict[str, Locale]:
    return {code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGUAGES}


def _upsert_translatable(model, fr_row, locale: Locale, values: dict):
    row = fr_row.get_translation_or_none(locale)
    if row is None:
        row = fr_row.copy_for_translation(locale)
    for field, value in values.items():
        setattr(row, field, value)
    row.save()
    return row


def load_snippets(locales: dict[str, Locale]) -> None:
    fr = locales["fr"]
    for spec in BRANDS:
        shared = {k: spec[k] for k in ("primary_colour", "secondary_colour", "accent_colour", "sort_order")}
        brand, _created = Brand.objects.update_or_create(
            slug=spec["slug"], locale=fr, defaults={"name": spec["name"]["fr"], "tagline": spec["tagline"]["fr"], **shared}
        )
        for code in LANGUAGES[1:]:
            _upsert_translatable(Brand, brand, locales[code], {"name": spec["name"][code], "tagline": spec["tagline"][code], **shared})
    for model, specs in ((Interest, INTERESTS), (Audience, AUDIENCES), (Sector, SECTORS)):
        for order, spec in enumerate(specs):
            shared = {"icon": spec["icon"], "colour": spec["colour"], "apidae_reference_ids": spec["apidae_reference_ids"], "sort_order": order}
            term, _created = model.objects.update_or_create(
                slug=spec["slug"], locale=fr,
                defaults={"name": spec["name"]["fr"], "description": spec["description"].get("fr", ""), **shared},
            )
            for code in LANGUAGES[1:]:
                _upsert_translatable(
                    model, term, locales[code],
                    {"name": spec["name"][code], "description": spec["description"].get(code, ""), **shared},
                )


def demo_image(title: str, alt: str, motif: str, seed: int, collection: Collection):
    """One generated picture per (motif, seed), found again by its file hash on re-runs."""
    Image = get_image_model()
    content = art.landscape_jpeg(motif, seed)
    digest = hashlib.sha1(content).hexdigest()  # noqa: S324 - a content fingerprint, not security
    existing = Image.objects.filter(file_hash=digest).first()
    if existing:
        if existing.description != alt:
            existing.description = alt
            existing.save(update_fields=["description"])
        return existing
    import io

    image = Image(title=title, description=alt, collection=collection)
    image.file = ImageFile(io.BytesIO(content), name=f"demo-{motif}-{seed}.jpg")
    image.save()
    image.get_file_hash()
    return image


def _publish(page: Page) -> None:
    page.save_revision().publish()


def upsert_page_translations(source: Page, spec: dict, fields: Callable[[str], dict], locales: dict[str, Locale]) -> None:
    """Set French fields on `source`, then create or update each translation the spec has text for."""
    for field, value in fields("fr").items():
        setattr(source, field, value)
    _publish(source)
    for code in LANGUAGES[1:]:
        if code not in spec["title"]:
            continue
        translation = source.get_translation_or_none(locales[code])
        if translation is None:
            translation = source.copy_for_translation(locales[code])
        translation = translation.specific
        for field, value in fields(code).items():
            setattr(translation, field, value)
        if translation.depth == 2:
            # Translations of a site root are siblings under the tree root: their slugs must differ.
            translation.slug = f"{source.slug}-{code}"
        _publish(translation)


def _text(spec: dict, key: str, code: str, default: str = "") -> str:
    return spec.get(key, {}).get(code) or spec.get(key, {}).get("fr") or default


def _page_fields(spec: dict, image=None) -> Callable[[str], dict]:
    def fields(code: str) -> dict:
        values = {
            "title": _text(spec, "title", code),
            "slug": _text(spec, "slug", code),
            "intro": _text(spec, "intro", code),
            "search_description": _text(spec, "search_description", code),
            "hero_image": image,
        }
        if "highlights" in spec:
            items = [
                {"title": _text(h, "title", code), "text": _text(h, "text", code), "image": None, "page": None, "url": ""}
                for h in spec["highlights"]
            ]
            values["highlights"] = [("highlights", {"heading": "", "items": items})] if items else []
        body = []
        for kind, texts in spec.get("body", []):
            text = texts.get(code) or texts.get("fr", "")
            if kind == "quote":
                body.append(("quote", {"quote": text, "attribution": ""}))
            else:
                body.append((kind, text))
        values["body"] = body
        return values

    return fields


def _child(parent: Page, model, slug: str):
    return model.objects.child_of(parent).filter(slug=slug).first()


def load_destination(data: dict, locales: dict[str, Locale], progress: Progress) -> Destination:
    destination = Destination.objects.filter(slug=data["slug"]).first()
    hostname, port = demo_host(data["slug"])
    if destination is None:
        destination = create_destination(
            DestinationSpec(
                name=data["name"], slug=data["slug"], brand_slug=data["brand"], theme=data["theme"],
                hostname=hostname, port=port, languages=tuple(data["languages"]),
            )
        )
        progress(f"created destination {destination.slug} at http://{hostname}:{port}/")
    site = destination.site
    if (site.hostname, site.port) != (hostname, port):
        site.hostname, site.port = hostname, port
        site.save()
    destination.theme = data["theme"]
    destination.languages = data["languages"]
    destination.apidae_selection_ids = data.get("apidae_selection_ids", [])
    destination.bbox_west, destination.bbox_south, destination.bbox_east, destination.bbox_north = data["bbox"]
    destination.save()
    communes = []
    for c in data["communes"]:
        commune, _created = Commune.objects.update_or_create(
            insee_code=c["insee"],
            defaults={"name": c["name"], "postal_code": c.get("postal_code", ""), "latitude": c.get("lat"), "longitude": c.get("lon")},
        )
        communes.append(commune)
    destination.communes.set(communes)
    destination.sectors.set(Sector.objects.filter(locale=locales["fr"], slug__in=data.get("sectors", [])))
    office, _created = TouristOfficeSettings.objects.get_or_create(site=site)
    for field, value in data["office"].items():
        setattr(office, field, value)
    office.save()

    collection = destination.collection
    seed = int(hashlib.sha1(data["slug"].encode()).hexdigest()[:6], 16)  # noqa: S324
    home = site.root_page.specific
    home_spec = data["home"]
    hero = demo_image(f"{data['name']} — hero", _text(home_spec, "image_alt", "fr"), data["motif"], seed, collection)

    def home_fields(code: str) -> dict:
        return {
            "title": _text(home_spec, "title", code),
            "hero_title": _text(home_spec, "hero_title", code),
            "hero_tagline": _text(home_spec, "hero_tagline", code),
            "intro": _text(home_spec, "intro", code),
            "search_description": _text(home_spec, "search_description", code),
            "hero_image": hero,
            "body": [],
        }

    with transaction.atomic():
        upsert_page_translations(home, {"title": home_spec["title"]}, home_fields, locales)
    grant_destination_permissions(destination)

    for kind, model, term_model, key in (
        ("interest", InterestPage, Interest, "interests"),
        ("audience", AudiencePage, Audience, "audiences"),
    ):
        for index, (term_slug, spec) in enumerate(data.get(key, {}).items()):
            term = term_model.objects.get(slug=term_slug, locale=locales["fr"])
            image = demo_image(
                f"{data['name']} — {_text(spec, 'title', 'fr')}", _text(spec, "image_alt", "fr"),
                spec.get("motif", data["motif"]), seed + 11 * (index + 1) + (500 if kind == "audience" else 0), collection,
            )
            page = model.objects.child_of(home).filter(**{kind: term}).first()
            if page is None:
                page = model(title=_text(spec, "title", "fr"), slug=_text(spec, "slug", "fr"), locale=locales["fr"], **{kind: term})
                home.add_child(instance=page)
            with transaction.atomic():
                upsert_page_translations(page, spec, _page_fields(spec, image), locales)
        progress(f"{data['slug']}: {len(data.get(key, {}))} {key} pages")

    for index, spec in enumerate(data.get("pages", [])):
        image = demo_image(
            f"{data['name']} — {_text(spec, 'title', 'fr')}", _text(spec, "image_alt", "fr"),
            spec.get("motif", data["motif"]), seed + 1000 + index, collection,
        )
        page = _child(home, ContentPage, _text(spec, "slug", "fr"))
        if page is None:
            page = ContentPage(title=_text(spec, "title", "fr"), slug=_text(spec, "slug", "fr"), locale=locales["fr"], show_in_menus=True)
            home.add_child(instance=page)
        with transaction.atomic():
            upsert_page_translations(page, spec, _page_fields(spec, image), locales)
    return destination


def load_region(locales: dict[str, Locale]) -> RegionHomePage:
    root = Page.get_first_root_node()
    region = RegionHomePage.objects.filter(locale=locales["fr"]).first()
    if region is None:
        region = RegionHomePage(title=REGION_HOME["title"]["fr"], slug=REGION_HOME["slug"]["fr"], locale=locales["fr"])
        root.add_child(instance=region)
    collection = Collection.get_first_root_node()
    image = demo_image("Provence-Alpes-Côte d'Azur", "Du littoral aux sommets alpins", "mountains", 7, collection)

    def fields(code: str) -> dict:
        return {
            "title": REGION_HOME["title"][code],
            "slug": REGION_HOME["slug"][code],
            "intro": REGION_HOME["intro"][code],
            "search_description": REGION_HOME["search_description"][code],
            "hero_image": image,
        }

    upsert_page_translations(region, {"title": REGION_HOME["title"]}, fields, locales)
    port = int(os.environ.get("DEMO_PORT", "8000"))
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site(is_default_site=True)
    site.hostname, site.port, site.site_name, site.root_page = "127.0.0.1", port, "Provence-Alpes-Côte d'Azur", region
    site.save()
    # The page Wagtail's first migration creates is not part of the platform.
    Page.objects.filter(depth=2, content_type__model="page", content_type__app_label="wagtailcore").delete()
    return region


def load_demo_users(progress: Progress) -> None:
    User = get_user_model()
    password = os.environ.get(DEMO_PASSWORD_ENV, "demo-portal-2026")
    admin, created = User.objects.get_or_create(username="region-admin", defaults={"email": "region@demo.example", "is_staff": True, "is_superuser": True})
    if created:
        admin.set_password(password)
        admin.save()
    for destination in Destination.objects.all():
        for role, group in (("editor", destination.editors_group), ("moderator", destination.moderators_group)):
            if group is None:
                continue
            user, created = User.objects.get_or_create(
                username=f"{destination.slug}-{role}", defaults={"email": f"{role}@{destination.slug}.demo.example"}
            )
            if created:
                user.set_password(password)
                user.save()
            user.groups.add(group)
    progress(f"demo users: region-admin, <slug>-editor, <slug>-moderator (password from ${DEMO_PASSWORD_ENV} or the README)")


def load_demo(progress: Progress = lambda message: None) -> None:
    locales = ensure_locales()
    with transaction.atomic():
        load_snippets(locales)
    load_region(locales)
    progress("region front page ready")
    for data in DESTINATIONS:
        load_destination(data, locales, progress)
    load_demo_users(progress)
