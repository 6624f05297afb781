from __future__ import annotations


def test_list_destinations(world, api):
    response = api.get("/api/v1/destinations")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    by_slug = {d["slug"]: d for d in response.json()}
    a = by_slug["api-luberon"]
    assert a["name"] == "Api Luberon"
    assert a["brand"] == {"slug": "api-brand", "name": "Marque de test"}
    assert a["theme"] == "provence"
    assert a["languages"] == ["fr", "en", "de", "it"]
    assert a["url"] == "http://api-a.localhost/fr/"
    assert a["communes"] == [{"insee": "84003", "name": "Apt"}, {"insee": "84050", "name": "Gordes"}]
    assert a["bbox"] == {"west": 5.0, "south": 43.7, "east": 5.8, "north": 44.0}
    # Published only: musee, rando and four events; the retired offer is not counted.
    assert (a["offer_count"], a["event_count"]) == (6, 4)
    b = by_slug["api-ecrins"]
    assert b["url"] == "http://api-b.localhost:8000/fr/"
    assert b["bbox"] is None and b["communes"] == []
    assert (b["offer_count"], b["event_count"]) == (1, 0)


def test_brand_name_and_url_follow_the_language(world, api):
    english = {d["slug"]: d for d in api.get("/api/v1/destinations?lang=en").json()}
    assert english["api-luberon"]["brand"]["name"] == "Test brand"
    assert english["api-luberon"]["url"] == "http://api-a.localhost/en/"
    german = {d["slug"]: d for d in api.get("/api/v1/destinations", HTTP_ACCEPT_LANGUAGE="de-DE,de;q=0.9").json()}
    assert german["api-luberon"]["brand"]["name"] == "Testmarke"
    assert german["api-luberon"]["url"] == "http://api-a.localhost/de/"
    # The Écrins portal publishes fr and en only: its URL falls back to its first language.
    assert german["api-ecrins"]["url"] == "http://api-b.localhost:8000/fr/"
    italian = {d["slug"]: d for d in api.get("/api/v1/destinations?lang=it").json()}
    assert italian["api-luberon"]["brand"]["name"] == "Marque de test"  # no Italian brand row: French


def test_https_request_gives_https_portal_urls(world, api):
    response = api.get("/api/v1/destinations/api-luberon?lang=en", secure=True)
    assert response.json()["url"] == "https://api-a.localhost/en/"


def test_destination_detail(world, api):
    response = api.get("/api/v1/destinations/api-luberon")
    assert response.status_code == 200
    body = response.json()
    assert body["slug"] == "api-luberon" and body["offer_count"] == 6
    assert response["Content-Language"] == "fr"


def test_unknown_destination_is_a_json_404(world, api):
    response = api.get("/api/v1/destinations/nowhere")
    assert response.status_code == 404
    assert response.json() == {"detail": "Unknown destination 'nowhere'."}


def test_bad_language_is_a_422(world, api):
    response = api.get("/api/v1/destinations?lang=xx")
    assert response.status_code == 422
    body = response.json()
    assert body["detail"].startswith("Invalid parameters: lang:")
    assert body["errors"][0]["loc"] == ["query", "lang"]


def test_destinations_query_count_is_bounded(world, api, django_assert_max_num_queries):
    with django_assert_max_num_queries(4):
        assert api.get("/api/v1/destinations?lang=en").status_code == 200
