from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from django.test import Client

from destinations.models import Offer

from .factories import (
    commune,
    in_days,
    make_audience,
    make_brand,
    make_destination,
    make_interest,
    make_offer,
    reference,
)

NEXT_YEAR = dt.date.today().year + 1


@pytest.fixture(autouse=True)
def _fresh_cache(clear_cache):
    """Empty Wagtail's site-root cache around each test (rolled-back Sites must not linger)."""


@pytest.fixture
def api():
    return Client(HTTP_HOST="api.localhost")


@dataclass
class World:
    a: object
    b: object
    musee: object
    rando: object
    melon: object
    salon: object
    past: object
    marche: object
    retired: object
    refuge: object
    orphan: object


@pytest.fixture
def world(db) -> World:
    y = NEXT_YEAR
    # The session-wide demo may already be in the database (tests/conftest.py loads it once, committed):
    # hide its offers inside this test's transaction so counts and orderings here are exact.
    Offer.objects.update(is_published=False)
    brand = make_brand("api-brand", "Marque de test", {"en": "Test brand", "de": "Testmarke"})
    apt, gordes = commune("84003", "Apt"), commune("84050", "Gordes")
    a = make_destination("api-luberon", brand=brand, hostname="api-a.localhost", communes=[gordes, apt], bbox=(5.0, 43.7, 5.8, 44.0))
    b = make_destination("api-ecrins", brand=brand, hostname="api-b.localhost", port=8000, languages=("fr", "en"))
    make_interest("api-nature", [991001], {"fr": "Nature", "en": "Nature (en)"})
    make_audience("api-famille", [990513], {"fr": "En famille", "en": "Families"})
    label = reference(993001, "LabelTourismeHandicap", {"fr": "Tourisme & Handicap", "en": "Tourism & Disability"})
    musee = make_offer(
        [a], "Musée de la Lavande", kind="heritage", commune=apt, is_free=False, is_accessible=True, images=2,
        texts={"en": {"name": "Lavender Museum", "short_description": "All about lavender", "description": "Long text"}},
        criteria=[reference(991001, "TypologiePromoSitra"), label],
        periods=[(dt.date(y, 4, 1), dt.date(y, 10, 31), {
            "every_year": True, "opening_time": dt.time(10), "closing_time": dt.time(18), "weekdays": [1, 2, 3],
            "details": {"fr": "Fermé les jours fériés", "en": "Closed on public holidays"},
        })],
        prices=[{"label": {"fr": "Adulte", "en": "Adult"}, "min": "8.00", "max": "8.00"}], price_min="8.00", price_max="8.00",
        contact_means=[
            {"kind": "phone", "value": "+33 4 90 00 00 00"}, {"kind": "email", "value": "musee@example.org"},
            {"kind": "website", "value": "https://musee.example.org"}, {"kind": "private_note", "value": "secret"},
        ],
        booking_links=[{"name": "Billetterie", "url": "https://book.example.org"}, {"name": "Bad", "url": "javascript:alert(1)"}],
        street_address="1 rue des Lavandes", postal_code="84400",
        source_modified_at=dt.datetime(2026, 1, 1, tzinfo=dt.UTC),
    )
    rando = make_offer(
        [a], "Randonnée des Ocres", kind="activity", commune=gordes, is_free=True, has_eco_label=True, criteria=[990513],
        source_modified_at=dt.datetime(2026, 3, 1, tzinfo=dt.UTC),
    )
    melon = make_offer(
        [a], "Fête du Melon", kind="event", commune=apt,
        periods=[(dt.date(y - 3, 7, 10), dt.date(y - 3, 7, 12)), (dt.date(y, 7, 10), dt.date(y, 7, 12))],
    )
    salon = make_offer(
        [a], "Salon d'hiver", kind="event", periods=[(dt.date(y, 2, 1), dt.date(y, 2, 3)), (dt.date(y + 1, 7, 1), dt.date(y + 1, 7, 2))],
        texts={"en": {"name": "Winter fair"}},
    )
    past = make_offer([a], "Ancien festival", kind="event", periods=[(dt.date(y - 4, 3, 1), dt.date(y - 4, 3, 2))])
    marche = make_offer([a], "Marché nocturne", kind="event", periods=[(in_days(3), in_days(3))])
    retired = make_offer([a], "Lavande retirée", kind="activity", published=False)
    refuge = make_offer([b], "Refuge du Glacier", kind="accommodation")
    orphan = make_offer([], "Offre orpheline", kind="activity")
    return World(a, b, musee, rando, melon, salon, past, marche, retired, refuge, orphan)
