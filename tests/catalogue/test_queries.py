"""Listing, detail, events, map data and search run a bounded number of queries whatever the data size."""

import datetime as dt

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from .factories import commune, make_audience, make_interest, make_offer

pytestmark = pytest.mark.django_db


def populate(destination, n):
    communes = [commune(f"840{i:02d}", f"Commune {i}") for i in range(5)]
    for i in range(n):
        make_offer(
            destination, f"Offre {i:03d}", kind="event" if i % 2 else "heritage", criteria=[6158, 513], images=2,
            commune_obj=communes[i % 5], texts={"en": {"name": f"Offer {i:03d}"}},
            periods=[(dt.date(2026, 7, 1), dt.date(2026, 7, 3)), (dt.date(2026, 9, 1), dt.date(2026, 9, 2))],
        )


def queries(client, path):
    cache.clear()
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    assert response.status_code == 200, path
    return len(captured)


PATHS = [
    "/en/offers/",
    "/en/offers/?interest=culture&audience=famille&from=2026-06-01&to=2026-12-31&sort=date",
    "/en/offers/map/",
    "/en/offers/map.json?kind=event",
    "/en/events/?from=2026-01-01",
    "/en/search/?q=offre",
    "/en/offers/?q=offre",
]


@pytest.fixture
def terms(db):
    make_interest("culture", [6158])
    make_audience("famille", [513])


def test_query_counts_do_not_grow(dest, client_a, terms, django_assert_max_num_queries):
    populate(dest, 5)
    small = {path: queries(client_a, path) for path in PATHS}
    small_offer = make_offer(dest, "Detail", images=2, periods=[(dt.date(2026, 7, 1), dt.date(2026, 7, 3))], criteria=[6158])
    small_detail = queries(client_a, f"/en/offers/{small_offer.pk}-{small_offer.slug}/")
    populate(dest, 55)
    large_offer = make_offer(
        dest, "Detail large", images=20, criteria=[6158, 513, 4813],
        periods=[(dt.date(2026, m, 1), dt.date(2026, m, 5)) for m in range(1, 13)],
    )
    for path, count in small.items():
        large = queries(client_a, path)
        assert large <= count, path
        assert count <= 40, (path, count)
    assert queries(client_a, f"/en/offers/{large_offer.pk}-{large_offer.slug}/") <= small_detail
    with django_assert_max_num_queries(40):
        cache.clear()
        client_a.get("/en/offers/?page=2")
