from __future__ import annotations

from .conftest import NEXT_YEAR


def detail(api, offer, query: str = "", **headers):
    response = api.get(f"/api/v1/offers/{offer.pk}{query}", **headers)
    assert response.status_code == 200, response.content
    return response.json()


def test_detail_in_french(world, api):
    body = detail(api, world.musee)
    assert body["id"] == world.musee.pk and body["name"] == "Musée de la Lavande" and body["language"] == "fr"
    assert body["kind"] == "heritage" and body["commune"] == {"insee": "84003", "name": "Apt"}
    assert (body["street_address"], body["postal_code"]) == ("1 rue des Lavandes", "84400")
    assert body["url"] == f"http://api-a.localhost/fr/offres/{world.musee.pk}-{world.musee.slug}/"
    assert body["destinations"] == ["api-luberon"]
    [period] = body["periods"]
    assert period == {
        "start_date": f"{NEXT_YEAR}-04-01", "end_date": f"{NEXT_YEAR}-10-31", "opening_time": "10:00:00",
        "closing_time": "18:00:00", "weekdays": [1, 2, 3], "every_year": True, "type": "",
        "details": "Fermé les jours fériés", "text": period["text"], "off_season": True,
    }
    assert "avril" in period["text"]
    assert (body["price_min"], body["price_max"]) == ("8.00", "8.00")
    assert body["prices"] == [{"label": "Adulte", "min": "8.00", "max": "8.00"}]
    assert body["labels"] == ["Tourisme & Handicap"]
    assert {"id": 993001, "type": "LabelTourismeHandicap", "name": "Tourisme & Handicap"} in body["criteria"]
    assert {c["id"] for c in body["criteria"]} == {991001, 993001}
    assert body["interests"] == [{"slug": "api-nature", "name": "Nature"}]
    assert body["audiences"] == []
    assert body["source_modified_at"].startswith("2026-01-01T00:00:00")


def test_public_contacts_and_safe_booking_links_only(world, api):
    body = detail(api, world.musee)
    assert body["contacts"] == [
        {"kind": "phone", "value": "+33 4 90 00 00 00"},
        {"kind": "email", "value": "musee@example.org"},
        {"kind": "website", "value": "https://musee.example.org"},
    ]
    assert body["booking_links"] == [{"name": "Billetterie", "url": "https://book.example.org", "phone": "", "email": ""}]


def test_images_with_captions_and_credits(world, api):
    images = detail(api, world.musee, "?lang=en")["images"]
    assert len(images) == 2
    first = images[0]
    assert first["url"].startswith("https://static.apidae-tourisme.com/") and first["url_card"].endswith("-0-fiche.jpg")
    assert first["caption"] == "Photo 0 of Musée de la Lavande"
    assert first["credit"] == "© Office de tourisme" and (first["width"], first["height"]) == (1600, 1067)
    assert detail(api, world.musee, "?lang=de")["images"][1]["caption"] == "Photo 1 de Musée de la Lavande"


def test_detail_in_english_with_fallbacks(world, api):
    body = detail(api, world.musee, "?lang=en")
    assert (body["name"], body["description"], body["language"]) == ("Lavender Museum", "Long text", "en")
    assert body["periods"][0]["details"] == "Closed on public holidays"
    assert body["prices"][0]["label"] == "Adult"
    assert body["labels"] == ["Tourism & Disability"]
    assert body["interests"] == [{"slug": "api-nature", "name": "Nature (en)"}]
    assert body["url"] == f"http://api-a.localhost/en/offers/{world.musee.pk}-{world.musee.slug}/"
    rando = detail(api, world.rando, "", HTTP_ACCEPT_LANGUAGE="en")
    assert (rando["name"], rando["language"]) == ("Randonnée des Ocres", "fr")
    assert rando["audiences"] == [{"slug": "api-famille", "name": "Families"}]
    assert rando["is_free"] is True and rando["has_eco_label"] is True


def test_event_detail_has_every_period(world, api):
    body = detail(api, world.salon, "?lang=it")
    assert [p["start_date"] for p in body["periods"]] == [f"{NEXT_YEAR}-02-01", f"{NEXT_YEAR + 1}-07-01"]
    assert [p["off_season"] for p in body["periods"]] == [True, False]
    assert "febbraio" in body["periods"][0]["text"]


def test_unpublished_unknown_and_portal_less_offers_are_404(world, api):
    for pk in (world.retired.pk, world.orphan.pk, 987654321):
        response = api.get(f"/api/v1/offers/{pk}")
        assert response.status_code == 404
        assert response["Content-Type"].startswith("application/json")
        assert response.json() == {"detail": f"No published offer with id {pk}."}


def test_non_numeric_id_is_422(world, api):
    response = api.get("/api/v1/offers/abc")
    assert response.status_code == 422
    assert response.json()["detail"].startswith("Invalid parameters: offer_id:")


def test_detail_query_count(world, api, django_assert_max_num_queries):
    with django_assert_max_num_queries(9):
        detail(api, world.musee, "?lang=en")
