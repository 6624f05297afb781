import datetime as dt
import json
from decimal import Decimal

import pytest
from bs4 import BeautifulSoup

from destinations.catalogue.services import offer_url

from .factories import make_audience, make_offer, reference

pytestmark = pytest.mark.django_db


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def jsonld(response):
    scripts = soup(response).find_all("script", type="application/ld+json")
    assert len(scripts) == 1
    return json.loads(scripts[0].string)


def url_of(offer, language="fr"):
    from django.utils import translation

    with translation.override(language):
        return offer_url(offer)


def test_detail_content(dest, client_a, apt):
    make_audience("famille", [513], names={"fr": "En famille", "en": "Families"})
    reference(6158, "TypologiePromoSitra", {"fr": "Historique", "en": "Historic"})
    offer = make_offer(
        dest, "Fort de Buoux", kind="heritage", commune_obj=apt, images=3, criteria=[6158, 513],
        texts={"fr": {"name": "Fort de Buoux", "description": "Ligne 1\nLigne 2 <b>gras</b>"}},
        periods=[(dt.date(2026, 4, 1), dt.date(2026, 10, 14), True)],
        contact_means=[
            {"kind": "phone", "value": "04 90 00 00 00"}, {"kind": "email", "value": "fort@example.org"},
            {"kind": "website", "value": "https://fort.example.org"}, {"kind": "facebook", "value": "https://facebook.com/fort"},
            {"kind": "fax", "value": "04 90 99 99 99"}, {"kind": "private_email", "value": "owner@example.org"},
        ],
        booking_links=[{"name": "Billetterie", "url": "https://tickets.example.org", "phone": "", "email": ""}],
        prices=[{"label": {"fr": "Adulte", "en": "Adult"}, "min": "6", "max": "8"}],
        price_min=Decimal("6"), price_max=Decimal("8"),
    )
    response = client_a.get(url_of(offer))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Ligne 1<br>Ligne 2 &lt;b&gt;gras&lt;/b&gt;" in html
    assert "Du 1er avril au 14 octobre, tous les jours" in html
    assert "04 90 00 00 00" in html and "fort@example.org" in html and "https://fort.example.org" in html
    assert "04 90 99 99 99" not in html and "owner@example.org" not in html
    assert "https://tickets.example.org" in html
    assert "Historique" in html
    assert "Adulte" in html and "6–8 €" in html
    images = soup(response).select(".photo img")
    assert len(images) == 3
    assert not images[0].has_attr("loading") and images[1]["loading"] == "lazy"
    assert all(i["src"].startswith("https://") and i["width"] and i["height"] for i in images)
    assert "© Office de tourisme" in html
    data = jsonld(response)
    assert data["@type"] == "TouristAttraction"
    assert data["name"] == "Fort de Buoux"
    assert data["touristType"] == ["En famille"]
    assert data["telephone"] == "04 90 00 00 00"
    assert data["url"].startswith("http://catalogue-a.localhost/fr/offres/")


def test_english_detail_falls_back_to_french(dest, client_a):
    offer = make_offer(dest, "Marché provençal", kind="shop_service")
    response = client_a.get(url_of(offer, "en"))
    assert response.status_code == 200
    assert soup(response).h1["lang"] == "fr"
    assert soup(response).h1.get_text() == "Marché provençal"


def test_event_jsonld_has_every_date(dest, client_a):
    offer = make_offer(
        dest, "Festival </script><script>alert(1)</script>", kind="event",
        periods=[(dt.date(2026, 7, 12), dt.date(2026, 7, 14)), (dt.date(2026, 10, 3), dt.date(2026, 10, 3))],
    )
    response = client_a.get(url_of(offer))
    html = response.content.decode()
    assert "<script>alert(1)" not in html
    data = jsonld(response)
    events = data["@graph"]
    assert [e["@type"] for e in events] == ["Event", "Event"]
    assert [(e["startDate"], e["endDate"]) for e in events] == [("2026-07-12", "2026-07-14"), ("2026-10-03", "2026-10-03")]
    assert events[0]["name"].startswith("Festival </script>")
    assert "Hors saison" in html or "Off-season" in html


@pytest.mark.parametrize(("kind", "schema_type"), [("accommodation", "LodgingBusiness"), ("restaurant", "Restaurant"), ("package", "TouristTrip")])
def test_jsonld_types(dest, client_a, kind, schema_type):
    offer = make_offer(dest, "X", kind=kind)
    assert jsonld(client_a.get(url_of(offer)))["@type"] == schema_type


def test_404_unpublished_and_other_destination(dest, other_dest, client_a, client_b):
    hidden = make_offer(dest, "Hidden", published=False)
    foreign = make_offer(other_dest, "Foreign")
    assert client_a.get(url_of(hidden)).status_code == 404
    assert client_a.get(url_of(foreign)).status_code == 404
    assert client_b.get(url_of(foreign)).status_code == 200


def test_wrong_slug_redirects(dest, client_a):
    offer = make_offer(dest, "Gorges")
    response = client_a.get(f"/fr/offres/{offer.pk}-ancien-nom/")
    assert response.status_code == 301
    assert response["Location"] == url_of(offer)
