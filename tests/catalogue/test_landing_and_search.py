import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from wagtail.models import Page

from tests.factories import AudiencePageFactory, InterestPageFactory

from .factories import make_audience, make_interest, make_offer

pytestmark = pytest.mark.django_db


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def slot_titles(response):
    return [t.get_text(strip=True) for t in soup(response).select(".offer-grid .card__title")]


def home_of(destination):
    return Page.objects.get(pk=destination.site.root_page_id)


def test_audience_page_ranks_tagged_offers_first(dest, other_dest, client_a):
    family = make_audience("famille", [513, 594], names={"fr": "En famille"})
    make_audience("senior", [4813])
    make_offer(dest, "A general")
    make_offer(dest, "B family", criteria=[513])
    make_offer(dest, "C children", criteria=[594])
    make_offer(dest, "D seniors only", criteria=[4813])
    make_offer(dest, "E hidden", criteria=[513], published=False)
    make_offer(other_dest, "F elsewhere", criteria=[513])
    AudiencePageFactory(parent=home_of(dest), audience=family, title="Familles", slug="familles")
    cache.clear()
    response = client_a.get("/fr/familles/")
    assert response.status_code == 200
    assert slot_titles(response) == ["B family", "C children", "A general"]
    more = soup(response).select_one(".offer-grid__more a")["href"]
    assert more == "/fr/offres/?audience=famille"
    assert [t.get_text(strip=True) for t in soup(client_a.get(more)).select(".offer-grid .card__title")] == ["B family", "C children"]


def test_interest_page_lists_only_tagged_offers_limited_to_12(dest, client_a):
    culture = make_interest("culture", [6158])
    for i in range(14):
        make_offer(dest, f"Culture {i:02d}", criteria=[6158])
    make_offer(dest, "Untagged")
    InterestPageFactory(parent=home_of(dest), interest=culture, title="Culture", slug="culture")
    cache.clear()
    titles = slot_titles(client_a.get("/fr/culture/"))
    assert len(titles) == 12 and "Untagged" not in titles


def test_site_search_finds_offers_of_this_destination(dest, other_dest, client_a):
    make_offer(dest, "Abbaye de Silvacane")
    make_offer(dest, "Abbaye cachée", published=False)
    make_offer(other_dest, "Abbaye du Thoronet")
    make_offer(dest, "Camping", texts={"en": {"name": "Campsite near the abbey"}})
    response = client_a.get("/fr/search/?q=abbaye")
    assert response.status_code == 200
    assert slot_titles(response) == ["Abbaye de Silvacane"]
    english = client_a.get("/en/search/?q=abbey")
    assert slot_titles(english) == ["Campsite near the abbey"]
