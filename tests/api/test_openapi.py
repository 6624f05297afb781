from __future__ import annotations

from django.urls import reverse


def test_openapi_document(api, db):
    response = api.get("/api/v1/openapi.json")
    assert response.status_code == 200
    schema = response.json()
    assert schema["openapi"].startswith("3.")
    assert schema["info"]["title"] == "SMART Destinations API" and schema["info"]["version"] == "1"
    assert set(schema["paths"]) == {
        "/api/v1/destinations", "/api/v1/destinations/{slug}", "/api/v1/offers", "/api/v1/offers/{offer_id}", "/api/v1/events",
    }
    params = {p["name"] for p in schema["paths"]["/api/v1/offers"]["get"]["parameters"]}
    assert params == {
        "lang", "destination", "kind", "interest", "audience", "commune", "date_from", "date_to", "free", "eco_label",
        "accessible", "q", "limit", "offset", "ordering",
    }
    event_params = {p["name"] for p in schema["paths"]["/api/v1/events"]["get"]["parameters"]}
    assert event_params == params - {"kind", "ordering"}
    limit = next(p for p in schema["paths"]["/api/v1/offers"]["get"]["parameters"] if p["name"] == "limit")
    assert limit["schema"]["maximum"] == 100 and limit["schema"]["default"] == 20
    detail = schema["paths"]["/api/v1/offers/{offer_id}"]["get"]
    assert {p["name"] for p in detail["parameters"]} == {"offer_id", "lang"}
    assert {"200", "404", "422"} <= set(detail["responses"])
    components = schema["components"]["schemas"]
    assert {"OfferDetailOut", "OfferPage", "EventPage", "DestinationOut", "ErrorOut"} <= set(components)
    assert "off_season" in components["EventOut"]["properties"]
    assert "next" in components["OfferPage"]["properties"]


def test_openapi_is_valid_openapi_3_1(api, db):
    import pytest

    validator = pytest.importorskip("openapi_spec_validator")
    validator.validate(api.get("/api/v1/openapi.json").json())


def test_named_url_and_no_docs_page(api, db):
    assert reverse("api_v1:openapi-json") == "/api/v1/openapi.json"
    response = api.get("/api/v1/docs")
    assert response.status_code == 404 and response["Content-Type"].startswith("application/json")


def test_unknown_paths_are_json_404_not_redirects(api, db):
    for path in ("/api/v1/nothing", "/api/v1/offers/", "/api/v1/destinations/x/y"):
        response = api.get(path)
        assert response.status_code == 404, path
        assert "detail" in response.json()


def test_index_links(api, db):
    body = api.get("/api/v1/").json()
    assert body["offers"] == "http://api.localhost/api/v1/offers"
