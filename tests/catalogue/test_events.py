import datetime as dt

import pytest
from bs4 import BeautifulSoup

from .factories import make_offer

pytestmark = pytest.mark.django_db


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def test_events_grouped_by_month_with_every_period(dest, other_dest, client_a):
    make_offer(dest, "Fête de la lavande", kind="event",
               periods=[(dt.date(2026, 7, 12), dt.date(2026, 7, 14)), (dt.date(2026, 10, 3), dt.date(2026, 10, 4))])
    make_offer(dest, "Concert", kind="event", periods=[(dt.date(2026, 8, 1), dt.date(2026, 8, 1))])
    make_offer(dest, "Museum", kind="heritage", periods=[(dt.date(2026, 7, 1), dt.date(2026, 7, 31))])
    make_offer(other_dest, "Foreign", kind="event", periods=[(dt.date(2026, 7, 20), dt.date(2026, 7, 20))])
    response = client_a.get("/en/events/?from=2026-06-01&to=2026-12-31")
    assert response.status_code == 200
    months = [h.get_text() for h in soup(response).select(".event-month__title")]
    assert months == ["July 2026", "August 2026", "October 2026"]
    items = [(i.select_one(".event-item__dates time").get_text(), i.select_one(".event-item__title").get_text(strip=True),
              bool(i.select_one(".badge--off-season"))) for i in soup(response).select(".event-item")]
    assert items == [
        ("12–14 July", "Fête de la lavande", False),
        ("1 August", "Concert", False),
        ("3–4 October", "Fête de la lavande", True),
    ]


def test_events_default_upcoming_and_date_filter(dest, client_a):
    today = dt.date.today()
    make_offer(dest, "Past", kind="event", periods=[(today - dt.timedelta(days=30), today - dt.timedelta(days=20))])
    make_offer(dest, "Running", kind="event", periods=[(today - dt.timedelta(days=2), today + dt.timedelta(days=2))])
    make_offer(dest, "Soon", kind="event", periods=[(today + dt.timedelta(days=40), today + dt.timedelta(days=40))])
    names = [a.get_text() for a in soup(client_a.get("/fr/agenda/")).select(".event-item__title a")]
    assert names == ["Running", "Soon"]
    window = f"?from={(today + dt.timedelta(days=35)).isoformat()}&to={(today + dt.timedelta(days=45)).isoformat()}"
    assert [a.get_text() for a in soup(client_a.get("/fr/agenda/" + window)).select(".event-item__title a")] == ["Soon"]
