from __future__ import annotations

import datetime as dt
from urllib.parse import parse_qs, urlsplit

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from .conftest import NEXT_YEAR
from .factories import make_offer

URL = "/api/v1/offers"


def names(response) -> list[str]:
    assert response.status_code == 200, response.content
    return [item["name"] for item in response.json()["results"]]


def test_lists_published_offers_of_every_destination(world, api):
    response = api.get(URL)
    body = response.json()
    assert body["count"] == 7
    assert body["language"] == "fr" and response["Content-Language"] == "fr"
    shown = names(response)
    assert shown == sorted(shown)  # ordered by name by default
    assert "Lavande retirée" not in shown  # unpublished
    assert "Offre orpheline" not in shown  # on no destination's portal
    assert "Refuge du Glacier" in shown


def test_item_shape(world, api):
    items = {i["name"]: i for i in api.get(URL).json()["results"]}
    musee = items["Musée de la Lavande"]
    assert musee["id"] == world.musee.pk
    assert (musee["source"], musee["source_id"], musee["kind"]) == ("test", world.musee.source_id, "heritage")
    assert musee["short_description"] == "Courte description de Musée de la Lavande"
    assert musee["commune"] == {"insee": "84003", "name": "Apt"}
    assert (musee["latitude"], musee["longitude"]) == (43.87, 5.39)
    assert musee["is_free"] is False and musee["is_accessible"] is True
    assert musee["labels"] == ["Tourisme & Handicap"]  # labels only, not every classification element
    image = musee["image"]
    assert image["url"].startswith("https://") and image["url"].endswith("-0.jpg")
    assert image["url_list"].endswith("-0-liste.jpg")
    assert (image["width"], image["height"], image["credit"]) == (1600, 1067, "© Office de tourisme")
    assert musee["url"] == f"http://api-a.localhost/fr/offres/{world.musee.pk}-{world.musee.slug}/"
    assert musee["periods"] is None  # periods are given for events
    melon = items["Fête du Melon"]
    assert [p["start_date"] for p in melon["periods"]] == [f"{NEXT_YEAR - 3}-07-10", f"{NEXT_YEAR}-07-10"]
    assert items["Refuge du Glacier"]["url"].startswith("http://api-b.localhost:8000/fr/offres/")
    assert items["Randonnée des Ocres"]["image"] is None


def test_texts_in_the_language_with_french_fallback(world, api):
    items = {i["id"]: i for i in api.get(URL + "?lang=en").json()["results"]}
    musee, rando = items[world.musee.pk], items[world.rando.pk]
    assert (musee["name"], musee["short_description"], musee["language"]) == ("Lavender Museum", "All about lavender", "en")
    assert musee["url"] == f"http://api-a.localhost/en/offers/{world.musee.pk}-{world.musee.slug}/"
    assert musee["labels"] == ["Tourism & Disability"]
    assert (rando["name"], rando["language"]) == ("Randonnée des Ocres", "fr")
    # Ordered by the name shown in the language.
    shown = names(api.get(URL + "?lang=en"))
    assert shown == sorted(shown)


def test_accept_language_is_honoured_and_lang_wins(world, api):
    response = api.get(URL, HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.8")
    assert response.json()["language"] == "en" and response["Content-Language"] == "en"
    assert "Lavender Museum" in names(response)
    assert "Accept-Language" in response["Vary"]
    response = api.get(URL + "?lang=fr", HTTP_ACCEPT_LANGUAGE="en")
    assert "Musée de la Lavande" in names(response)
    assert api.get(URL, HTTP_ACCEPT_LANGUAGE="es").json()["language"] == "fr"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("destination=api-ecrins", ["Refuge du Glacier"]),
        ("kind=heritage", ["Musée de la Lavande"]),
        ("kind=heritage&kind=activity", ["Musée de la Lavande", "Randonnée des Ocres"]),
        ("interest=api-nature", ["Musée de la Lavande"]),
        ("audience=api-famille", ["Randonnée des Ocres"]),
        ("commune=84050", ["Randonnée des Ocres"]),
        ("commune=84003&commune=84050", ["Fête du Melon", "Musée de la Lavande", "Randonnée des Ocres"]),
        ("free=true", ["Randonnée des Ocres"]),
        ("free=false", ["Musée de la Lavande"]),
        ("eco_label=true", ["Randonnée des Ocres"]),
        ("accessible=1", ["Musée de la Lavande"]),
        ("destination=api-luberon&kind=activity&eco_label=false", []),
        ("destination=api-luberon&kind=activity&accessible=false", ["Randonnée des Ocres"]),
        (f"date_from={NEXT_YEAR}-07-11&date_to={NEXT_YEAR}-07-11", ["Fête du Melon", "Musée de la Lavande"]),
        (f"date_from={NEXT_YEAR}-11-01", ["Salon d'hiver"]),
        (f"date_to={NEXT_YEAR - 4}-12-31", ["Ancien festival"]),
        (f"date_from={NEXT_YEAR}-01-01&date_to={NEXT_YEAR}-03-01&kind=event", ["Salon d'hiver"]),
        ("commune=99999", []),
    ],
)
def test_filters(world, api, query, expected):
    assert names(api.get(f"{URL}?{query}")) == expected


def test_text_search(world, api):
    assert names(api.get(URL + "?q=lavande")) == ["Musée de la Lavande"]  # the retired "Lavande retirée" stays hidden
    assert names(api.get(URL + "?q=lavender&lang=en")) == ["Lavender Museum"]
    assert names(api.get(URL + "?q=lavande&kind=activity")) == []
    assert names(api.get(URL + "?q=zzzzunknown")) == []
    assert names(api.get(URL + "?q=ocres&ordering=name")) == ["Randonnée des Ocres"]


def test_ordering_by_modification(world, api):
    shown = names(api.get(URL + "?ordering=-modified&destination=api-luberon"))
    assert shown[:2] == ["Randonnée des Ocres", "Musée de la Lavande"]  # dated ones first, newest first
    assert len(shown) == 6


def test_pagination_links(world, api):
    first = api.get(URL + "?limit=3&kind=event&kind=heritage&lang=en").json()
    assert first["count"] == 5 and len(first["results"]) == 3
    assert first["previous"] is None
    link = urlsplit(first["next"])
    assert (link.scheme, link.netloc, link.path) == ("http", "api.localhost", URL)
    assert parse_qs(link.query) == {"limit": ["3"], "offset": ["3"], "kind": ["event", "heritage"], "lang": ["en"]}
    second = api.get(f"{link.path}?{link.query}").json()
    assert len(second["results"]) == 2 and second["next"] is None
    assert parse_qs(urlsplit(second["previous"]).query)["offset"] == ["0"]
    everything = names(api.get(URL + "?kind=event&kind=heritage&lang=en"))
    assert [i["name"] for i in first["results"] + second["results"]] == everything
    beyond = api.get(URL + "?offset=50").json()
    assert beyond["results"] == [] and beyond["next"] is None
    assert parse_qs(urlsplit(beyond["previous"]).query)["offset"] == ["30"]


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ("date_from=abc", "date_from"),
        ("date_to=2026-13-45", "date_to"),
        ("limit=1000", "limit"),
        ("limit=0", "limit"),
        ("offset=-1", "offset"),
        ("kind=spaceship", "kind"),
        ("commune=ABCDE", "commune"),
        ("free=maybe", "free"),
        ("lang=es", "lang"),
        ("ordering=price", "ordering"),
        ("ordering=relevance", "ordering"),
        ("interest=nope", "interest"),
        ("audience=api-nature", "audience"),
        ("destination=nowhere", "destination"),
        ("destination=bad%20slug", "destination"),
        ("q=" + "x" * 201, "q"),
    ],
)
def test_bad_parameters_are_422(world, api, query, field):
    response = api.get(f"{URL}?{query}")
    assert response.status_code == 422, response.content
    body = response.json()
    assert f"{field}:" in body["detail"]
    assert any(field in error["loc"] for error in body["errors"])


def test_date_range_in_the_wrong_order_is_422(world, api):
    response = api.get(URL + "?date_from=2026-05-01&date_to=2026-04-01")
    assert response.status_code == 422
    assert "date_from must be on or before date_to" in response.json()["detail"]


def test_limit_error_message_is_clear(world, api):
    detail = api.get(URL + "?limit=1000").json()["detail"]
    assert detail == "Invalid parameters: limit: Input should be less than or equal to 100"


def test_query_count_does_not_grow_with_the_page_size(world, api, django_assert_max_num_queries):
    for n in range(60):
        make_offer(
            [world.a, world.b], f"Offre en masse {n:02d}", kind="event" if n % 2 else "activity", images=1,
            criteria=[990513, 991001], is_free=False, periods=[(dt.date(NEXT_YEAR, 5, 1), dt.date(NEXT_YEAR, 5, 2))],
            texts={"en": {"name": f"Bulk offer {n:02d}"}},
        )
    counts = {}
    for limit in (5, 50):
        for query in (
            f"limit={limit}&lang=en",
            f"limit={limit}&destination=api-luberon&interest=api-nature&audience=api-famille&lang=en&free=false",
            f"limit={limit}&q=offre&ordering=relevance",
            f"limit={limit}&ordering=-modified&date_from={NEXT_YEAR}-01-01",
        ):
            # Cold caches each time: a portal's facet index (offers, vocabularies, criteria: 4 queries) and
            # listing order (names, translated names: 2) are read once per catalogue version, then shared
            # by every page size and filter set.
            cache.clear()
            with CaptureQueriesContext(connection) as ctx, django_assert_max_num_queries(18):
                response = api.get(f"{URL}?{query}")
            assert response.status_code == 200
            assert len(response.json()["results"]) == limit
            counts[(limit, query.split("&", 1)[1])] = len(ctx.captured_queries)
    for (limit, query), count in counts.items():
        if limit == 50:
            assert count == counts[(5, query)], (query, counts)
