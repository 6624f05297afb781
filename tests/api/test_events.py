from __future__ import annotations

from .conftest import NEXT_YEAR
from .factories import in_days, make_offer

URL = "/api/v1/events"


def events(api, query: str = ""):
    response = api.get(f"{URL}?{query}")
    assert response.status_code == 200, response.content
    return response.json()


def test_upcoming_events_by_next_occurrence(world, api):
    body = events(api)
    assert [e["name"] for e in body["results"]] == ["Marché nocturne", "Salon d'hiver", "Fête du Melon"]
    assert body["count"] == 3  # the past festival and the non-events are left out
    marche, salon, melon = body["results"]
    assert marche["next_start_date"] == in_days(3).isoformat()
    assert (salon["next_start_date"], salon["off_season"]) == (f"{NEXT_YEAR}-02-01", True)
    assert (melon["next_start_date"], melon["off_season"]) == (f"{NEXT_YEAR}-07-10", False)
    # Every period is listed, past ones included.
    assert [p["start_date"] for p in melon["periods"]] == [f"{NEXT_YEAR - 3}-07-10", f"{NEXT_YEAR}-07-10"]
    assert all(e["kind"] == "event" for e in body["results"])


def test_ongoing_event_is_kept(world, api):
    make_offer([world.a], "Exposition en cours", kind="event", periods=[(in_days(-10), in_days(10))])
    assert events(api)["results"][0]["name"] == "Exposition en cours"


def test_window_and_off_season(world, api):
    body = events(api, f"date_from={NEXT_YEAR}-06-01")
    assert [e["name"] for e in body["results"]] == ["Fête du Melon", "Salon d'hiver"]
    salon = body["results"][1]
    # Next occurrence after June: the July one, in season.
    assert (salon["next_start_date"], salon["off_season"]) == (f"{NEXT_YEAR + 1}-07-01", False)
    winter = events(api, f"date_from={NEXT_YEAR}-01-01&date_to={NEXT_YEAR}-03-31")
    assert [e["name"] for e in winter["results"]] == ["Salon d'hiver"]
    assert winter["results"][0]["off_season"] is True


def test_past_window(world, api):
    body = events(api, f"date_from={NEXT_YEAR - 4}-01-01&date_to={NEXT_YEAR - 3}-12-31")
    assert [e["name"] for e in body["results"]] == ["Ancien festival", "Fête du Melon"]


def test_filters_language_and_pagination(world, api):
    assert [e["name"] for e in events(api, "commune=84003")["results"]] == ["Fête du Melon"]
    assert events(api, "destination=api-ecrins")["count"] == 0
    english = events(api, "lang=en")
    assert english["language"] == "en"
    assert [e["name"] for e in english["results"]][1] == "Winter fair"
    assert "avril" not in english["results"][1]["periods"][0]["text"]
    page = events(api, "limit=2")
    assert len(page["results"]) == 2 and page["next"].endswith("limit=2&offset=2")
    assert [e["name"] for e in events(api, "limit=2&offset=2")["results"]] == ["Fête du Melon"]
    assert events(api, "q=melon")["count"] == 1


def test_unpublished_events_are_hidden(world, api):
    make_offer([world.a], "Fête annulée", kind="event", published=False, periods=[(in_days(1), in_days(1))])
    assert "Fête annulée" not in [e["name"] for e in events(api)["results"]]


def test_bad_parameters(world, api):
    for query, field in (("date_from=abc", "date_from"), ("limit=1000", "limit"), (f"date_to={NEXT_YEAR - 5}-01-01", "date_to"), ("kind=event", None)):
        response = api.get(f"{URL}?{query}")
        if field is None:  # kind is not a parameter of /events: ignored like any unknown parameter
            assert response.status_code == 200
            continue
        assert response.status_code == 422, query
        assert f"{field}:" in response.json()["detail"]


def test_query_count_does_not_grow(world, api, django_assert_num_queries):
    for n in range(55):
        make_offer([world.a], f"Événement {n:02d}", kind="event", images=1, periods=[(in_days(n + 1), in_days(n + 2)), (in_days(400), in_days(401))])
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    counts = []
    for limit in (5, 50):
        with CaptureQueriesContext(connection) as ctx:
            body = events(api, f"limit={limit}&lang=en")
        assert len(body["results"]) == limit
        counts.append(len(ctx.captured_queries))
    assert counts[0] == counts[1] <= 8, counts
