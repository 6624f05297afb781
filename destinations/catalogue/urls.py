"""Catalogue URLs, translated per language (/fr/offres/, /en/offers/, /de/angebote/, /it/offerte/).

The route strings are lazy and resolved for the active language, so Django's `translate_url` (language
switcher, hreflang) maps one language's URL onto another's. They are URL data, not UI wording, and are
kept here rather than in the gettext catalogues so a missing translation can never break routing.
Included inside `i18n_patterns`, before Wagtail's catch-all.
"""

from __future__ import annotations

from django.urls import path
from django.utils.functional import lazy
from django.utils.translation import get_language

from . import views

app_name = "catalogue"


def _route(**by_language: str):
    def resolve() -> str:
        code = (get_language() or "fr").split("-")[0]
        return by_language.get(code, by_language["en"])

    return lazy(resolve, str)()


OFFERS = {"fr": "offres", "en": "offers", "de": "angebote", "it": "offerte"}
MAP = {"fr": "carte", "en": "map", "de": "karte", "it": "mappa"}
EVENTS = {"fr": "agenda", "en": "events", "de": "veranstaltungen", "it": "eventi"}

urlpatterns = [
    path(_route(**{k: f"{v}/" for k, v in OFFERS.items()}), views.offer_list, name="list"),
    path(_route(**{k: f"{v}/{MAP[k]}/" for k, v in OFFERS.items()}), views.offer_map, name="map"),
    path(_route(**{k: f"{v}/{MAP[k]}.json" for k, v in OFFERS.items()}), views.offer_map_data, name="map_data"),
    path(_route(**{k: f"{v}/<int:pk>-<slug:slug>/" for k, v in OFFERS.items()}), views.offer_detail, name="detail"),
    path(_route(**{k: f"{v}/" for k, v in EVENTS.items()}), views.event_list, name="events"),
]
