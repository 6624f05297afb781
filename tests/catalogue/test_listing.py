import datetime as dt
import json

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import translation

from .factories import make_audience, make_interest, make_offer

pytestmark = pytest.mark.django_db


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def titles(response):
    return [t.get_text(strip=True) for t in soup(response).select(".offer-grid .card__title")]


def count_of(response, facet, value):
    box = soup(response).find("input", attrs={"name": facet, "value": value})
    label = soup(response).find("label", attrs={"for": box["id"]})
    return int(label.select_one(".facet__count").get_text().strip("()"))


@pytest.mark.parametrize(("language", "path"), [("fr", "/fr/offres/"), ("en", "/en/offers/"), ("de", "/de/angebote/"), ("it", "/it/offerte/")])
def test_translated_urls(dest, client_a, language, path):
    with translation.override(language):
        assert reverse("catalogue:list") == path
    assert client_a.get(path).status_code == 200


def test_language_switcher_uses_translated_urls(dest, client_a):
    response = client_a.get("/fr/offres/?kind=event")
    hrefs = {a["hreflang"]: a["href"] for a in soup(response).select(".language-switcher a")}
    assert hrefs["en"].endswith("/en/offers/?kind=event")
    assert hrefs["de"].endswith("/de/angebote/?kind=event")


def test_only_published_offers_of_this_destination(dest, other_dest, client_a):
    make_offer(dest, "Ocres de Roussillon")
    make_offer(dest, "Hidden", published=False)
    make_offer(other_dest, "Elsewhere")
    response = client_a.get("/fr/offres/")
    assert titles(response) == ["Ocres de Roussillon"]
    assert "1 offer" in soup(response).select_one("#result-count").get_text() or "1 offre" in soup(response).select_one("#result-count").get_text()


def test_language_fallback_and_card_markup(dest, client_a, apt):
    make_offer(dest, "Abbaye de Sénanque", texts={"en": {"name": "Sénanque Abbey"}}, images=2, commune_obj=apt)
    make_offer(dest, "Bories", kind="heritage")
    response = client_a.get("/en/offers/")
    assert titles(response) == ["Bories", "Sénanque Abbey"]
    fallback = soup(response).find("span", class_="card__title", string="Bories")
    assert fallback["lang"] == "fr"
    img = soup(response).select_one(".offer-card__image")
    assert img["src"].startswith("https://") and img["src"].endswith("-liste.jpg")
    assert img["loading"] == "lazy" and img["width"] and img["height"]
    assert img["alt"] == "Photo 0 de Abbaye de Sénanque"  # no English caption: French one
    assert "320w" in img["srcset"] and "800w" in img["srcset"]
    assert "Apt" in response.content.decode()


def test_facets_counts_and_filters(dest, client_a, apt, gordes):
    make_interest("culture", [6158], names={"fr": "Culture", "en": "Culture"})
    make_audience("famille", [513], names={"fr": "En famille", "en": "Families"})
    make_offer(dest, "A", kind="heritage", criteria=[6158], commune_obj=apt, is_free=True)
    make_offer(dest, "B", kind="heritage", criteria=[6158, 513], commune_obj=gordes, is_free=False, has_eco_label=True)
    make_offer(dest, "C", kind="restaurant", criteria=[513], commune_obj=apt, is_free=False, is_accessible=True)
    make_offer(dest, "D", kind="accommodation", commune_obj=gordes)

    response = client_a.get("/fr/offres/")
    assert count_of(response, "kind", "heritage") == 2
    assert count_of(response, "interest", "culture") == 2
    assert count_of(response, "audience", "famille") == 2
    assert count_of(response, "commune", "84003") == 2
    assert count_of(response, "price", "free") == 1
    assert count_of(response, "price", "paid") == 2
    assert count_of(response, "eco", "1") == 1
    assert count_of(response, "accessible", "1") == 1

    assert titles(client_a.get("/fr/offres/?kind=heritage")) == ["A", "B"]
    assert titles(client_a.get("/fr/offres/?kind=heritage&kind=restaurant")) == ["A", "B", "C"]
    assert titles(client_a.get("/fr/offres/?interest=culture&audience=famille")) == ["B"]
    assert titles(client_a.get("/fr/offres/?commune=84050")) == ["B", "D"]
    assert titles(client_a.get("/fr/offres/?price=paid")) == ["B", "C"]
    assert titles(client_a.get("/fr/offres/?eco=1")) == ["B"]
    assert titles(client_a.get("/fr/offres/?accessible=1")) == ["C"]

    # Disjunctive facets: a facet's own selection does not shrink its counts; other facets' do.
    filtered = client_a.get("/fr/offres/?kind=heritage")
    assert count_of(filtered, "kind", "restaurant") == 1
    assert count_of(filtered, "commune", "84003") == 1
    assert soup(filtered).find("input", attrs={"name": "kind", "value": "heritage"}).has_attr("checked")


def test_date_overlap(dest, client_a):
    make_offer(dest, "July fair", kind="event", periods=[(dt.date(2026, 7, 1), dt.date(2026, 7, 10))])
    make_offer(dest, "Museum", periods=[(dt.date(2026, 4, 1), dt.date(2026, 6, 30)), (dt.date(2026, 9, 1), dt.date(2026, 10, 31))])
    assert titles(client_a.get("/fr/offres/?from=2026-07-05&to=2026-07-20")) == ["July fair"]
    assert titles(client_a.get("/fr/offres/?from=2026-07-11&to=2026-08-31")) == []
    assert titles(client_a.get("/fr/offres/?from=2026-06-30&to=2026-07-01")) == ["July fair", "Museum"]
    assert titles(client_a.get("/fr/offres/?to=2026-06-01")) == ["Museum"]
    assert titles(client_a.get("/fr/offres/?from=2026-07-20&to=2026-07-05")) == ["July fair"]  # swapped


def test_bad_parameters_are_ignored(dest, client_a):
    make_offer(dest, "A")
    response = client_a.get("/fr/offres/?kind=bogus&from=yesterday&commune=<x>&page=999&sort=drop&interest=nope")
    assert response.status_code == 200
    assert titles(response) == ["A"]


def test_pagination_24_per_page(dest, client_a):
    for i in range(30):
        make_offer(dest, f"Offre {i:02d}", lat=None, lon=None)
    first = client_a.get("/fr/offres/?kind=activity")
    assert len(titles(first)) == 24
    next_link = soup(first).select_one(".pagination a[rel=next]")["href"]
    assert "kind=activity" in next_link and "page=2" in next_link
    assert len(titles(client_a.get("/fr/offres/" + next_link))) == 6


def test_text_search(dest, client_a):
    make_offer(dest, "Colorado provençal", texts={"fr": {"name": "Colorado provençal", "description": "Sentier des ocres à Rustrel"}})
    make_offer(dest, "Marché d'Apt")
    assert titles(client_a.get("/fr/offres/?q=ocres")) == ["Colorado provençal"]


def test_map_page_and_json(dest, other_dest, client_a):
    make_offer(dest, "Mapped", kind="nature", lat=43.9, lon=5.4, texts={"en": {"name": "Mapped EN"}})
    make_offer(dest, "Nowhere", kind="nature", lat=None, lon=None)
    make_offer(dest, "Restaurant", kind="restaurant")
    make_offer(other_dest, "Foreign", kind="nature")
    page = client_a.get("/en/offers/map/?kind=nature")
    assert page.status_code == 200
    box = soup(page).select_one("[data-offer-map]")
    assert box["data-endpoint"] == "/en/offers/map.json?kind=nature"
    data = json.loads(client_a.get(box["data-endpoint"]).content)
    assert data["truncated"] is False
    assert [o["name"] for o in data["offers"]] == ["Mapped EN"]
    assert set(data["offers"][0]) == {"id", "name", "lat", "lon", "url", "kind"}
    assert data["offers"][0]["url"].startswith("/en/offers/")
    assert client_a.get(data["offers"][0]["url"]).status_code == 200


def test_no_destination_404(dest, client):
    assert client.get("/fr/offres/", HTTP_HOST="nowhere.invalid").status_code == 404
