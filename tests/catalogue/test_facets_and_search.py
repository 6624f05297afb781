"""Facet counts (exact, cheap, cached per filter set) and the offer search on the database backend."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.cache import cache
from django.db import connection
from django.http import QueryDict

from destinations.catalogue import services
from destinations.catalogue.filters import parse_filters
from destinations.models import OfferTranslation, OpeningPeriod

from .factories import make_audience, make_interest, make_offer

pytestmark = pytest.mark.django_db


def naive_term_count(queryset, term) -> int:
    return queryset.filter(criteria__source="apidae", criteria__source_id__in=term.reference_ids).distinct().count()


@pytest.fixture
def vocabulary(db):
    make_interest("culture", [6158, 6159])  # two ids: an offer carrying both counts once
    make_interest("nature", [7001])
    make_interest("sport", [7002, 6158])  # shares 6158 with culture
    make_audience("famille", [513])
    make_audience("groupes", [514, 515])


@pytest.fixture
def catalogue(dest, other_dest, vocabulary, apt):
    make_offer(dest, "A", kind="heritage", criteria=[6158, 6159, 513], is_free=True, commune_obj=apt)
    make_offer(dest, "B", kind="heritage", criteria=[6159, 7001, 514, 515], is_free=False, has_eco_label=True)
    make_offer(dest, "C", kind="restaurant", criteria=[7002, 513], is_free=False, is_accessible=True, commune_obj=apt)
    make_offer(dest, "D", kind="activity", criteria=[7001, 7002, 6158])
    make_offer(dest, "E", kind="activity")
    make_offer(dest, "Hidden", kind="heritage", criteria=[6158, 513], published=False)
    make_offer(other_dest, "Elsewhere", kind="heritage", criteria=[6158, 513])
    return dest


QUERIES = [
    "",
    "kind=heritage",
    "interest=culture",
    "audience=famille&kind=activity",
    "interest=nature&interest=sport&audience=groupes",
    "price=paid&eco=1",
    "accessible=1&price=free&commune=84003",
]


@pytest.mark.parametrize("query", QUERIES)
def test_facet_counts_match_a_naive_count(catalogue, query):
    interests, audiences = services.taxonomy_terms("fr")
    filters = parse_filters(QueryDict(query), interests, audiences)
    base = services.published_offers(catalogue)
    facets = services.facet_counts(catalogue, filters, interests, audiences)

    for attr, name, terms in (("interests", "interest", interests), ("audiences", "audience", audiences)):
        queryset = services.apply_filters(base, filters, frozenset({name}))
        expected = {t.slug: naive_term_count(queryset, t) for t in terms}
        shown = {v.value: v.count for v in getattr(facets, attr)}
        assert shown == {slug: n for slug, n in expected.items() if n or slug in {t.slug for t in getattr(filters, attr)}}
    for name, attr in (("eco", "has_eco_label"), ("accessible", "is_accessible")):
        assert getattr(facets, name) == services.apply_filters(base, filters, frozenset({name})).filter(**{attr: True}).count()
    prices = services.apply_filters(base, filters, frozenset({"price"}))
    assert {v.value: v.count for v in facets.price} == {
        "free": prices.filter(is_free=True).count(), "paid": prices.filter(is_free=False).count(),
    }
    kinds = services.apply_filters(base, filters, frozenset({"kind"}))
    assert {v.value: v.count for v in facets.kinds} == {k: kinds.filter(kind=k).count() for k in {v.value for v in facets.kinds}}


@pytest.mark.parametrize("query", ["from=2031-06-01&to=2031-06-30", "from=2031-06-20&kind=heritage", "to=2031-05-31&interest=culture", "q=ocres&price=free", "q=ocres&from=2031-06-01"])
def test_date_and_search_facets_match_a_naive_count(catalogue, query):
    a, b = services.published_offers(catalogue).filter(name__in=["A", "B"]).order_by("name")
    for offer, (start, end) in ((a, (dt.date(2031, 6, 10), dt.date(2031, 6, 12))), (b, (dt.date(2031, 5, 1), dt.date(2031, 6, 25)))):
        OpeningPeriod.objects.create(offer=offer, position=0, start_date=start, end_date=end)
    OfferTranslation.objects.filter(offer=a, language_code="fr").update(name="Les ocres")
    interests, audiences = services.taxonomy_terms("fr")
    filters = parse_filters(QueryDict(query), interests, audiences)
    if filters.q:
        filters.search_ids = [a.pk]  # what the search index answers (kept out of this test)
    base = services.published_offers(catalogue)
    facets = services.facet_counts(catalogue, filters, interests, audiences)
    assert facets.total == services.apply_filters(base, filters).count()
    kinds = services.apply_filters(base, filters, frozenset({"kind"}))
    assert {v.value: v.count for v in facets.kinds} == {k: kinds.filter(kind=k).count() for k in {v.value for v in facets.kinds}}
    communes = services.apply_filters(base, filters, frozenset({"commune"})).filter(commune__isnull=False)
    assert {v.value: v.count for v in facets.communes} == {
        code: communes.filter(commune__insee_code=code).count() for code in communes.values_list("commune__insee_code", flat=True)
    }


def test_unfiltered_counts(catalogue):
    interests, audiences = services.taxonomy_terms("fr")
    assert services.term_counts(catalogue, interests) == {"culture": 3, "nature": 2, "sport": 3}
    assert services.term_counts(catalogue, audiences) == {"famille": 2, "groupes": 1}
    assert services.term_counts(catalogue, []) == {}


def test_facets_are_cached_across_pages_and_sorts_and_invalidated_by_changes(catalogue, client_a):
    first = client_a.get("/fr/offres/?kind=activity&kind=heritage")
    assert first.status_code == 200
    computed = client_a.get("/fr/offres/?kind=activity&audience=famille")
    key = services.facets_cache_key(catalogue, computed.context["filters"], "fr")
    assert cache.get(key) is not None
    again = client_a.get("/fr/offres/?audience=famille&kind=activity&sort=newest&page=2")
    assert again.status_code == 200
    assert services.facets_cache_key(catalogue, again.context["filters"], "fr") == key  # same entry, any page or sort
    assert {v.value: v.count for v in again.context["facets"].kinds} == {"activity": 0, "restaurant": 1, "heritage": 1}

    make_offer(catalogue, "F", kind="activity", criteria=[513])  # a catalogue change bumps the cache version
    fresh = client_a.get("/fr/offres/?kind=activity&audience=famille&sort=name")
    assert {v.value: v.count for v in fresh.context["facets"].kinds}["activity"] == 1


def test_fts5_query_quotes_every_word():
    assert services.fts5_query('ocres Rustrel') == '"ocres" AND "Rustrel"'
    assert services.fts5_query('a"b OR NOT (x*) NEAR') == '"ab" AND "OR" AND "NOT" AND "(x*)" AND "NEAR"'
    assert services.fts5_query('" * - ()') == ""
    assert services.fts5_query("l'abbaye l'abbaye") == "\"l'abbaye\""


def test_search_offer_ids_ranks_languages_and_publication(dest):
    strong = make_offer(dest, "Ocres", texts={"fr": {"name": "Ocres ocres", "description": "Les ocres, ocres et ocres"}})
    weak = make_offer(dest, "Long", texts={"fr": {"name": "Sentier", "description": "Une longue balade " * 30 + "vers les ocres"}})
    english = make_offer(dest, "EN only", texts={"en": {"name": "Ochre ocres trail"}})
    hidden = make_offer(dest, "Hidden text", texts={"fr": {"name": "Ocres cachées"}})
    OfferTranslation.objects.filter(offer=hidden).update(is_published=False)

    ids = services.search_offer_ids("ocres", "fr")
    assert ids[:2] == [strong.pk, weak.pk]
    assert english.pk not in ids and hidden.pk not in ids
    assert english.pk in services.search_offer_ids("ocres", "en")
    assert services.search_offer_ids("ocres balade", "fr") == [weak.pk]
    assert services.search_offer_ids("ocres", "fr", limit=1) == [strong.pk]


@pytest.mark.parametrize("query", ['"', '"ocres', "ocres*", "NEAR(ocres", "ocres OR", "- -", "AND", "{title} : ocres", "x" * 300])
def test_search_survives_odd_input(dest, client_a, query):
    make_offer(dest, "Ocres", texts={"fr": {"name": "Ocres de Rustrel"}})
    assert isinstance(services.search_offer_ids(query, "fr"), list)
    assert client_a.get("/fr/offres/", {"q": query}).status_code == 200
    assert client_a.get("/fr/search/", {"q": query}).status_code == 200


def test_search_is_case_insensitive_and_folds_accents_on_sqlite(dest):
    offer = make_offer(dest, "Abbaye", texts={"fr": {"name": "Abbaye de Sénanque"}})
    assert services.search_offer_ids("SÉNANQUE", "fr") == [offer.pk]
    assert services.search_offer_ids("abbaye sénanque", "fr") == [offer.pk]
    if connection.vendor == "sqlite":  # FTS5's unicode61 tokenizer folds diacritics
        assert services.search_offer_ids("senanque", "fr") == [offer.pk]


def test_offer_search_requires_every_word_in_one_text(dest):
    offer = make_offer(dest, "Ocres", texts={"fr": {"name": "Sentier des ocres", "description": "Colorado provençal"}})
    make_offer(dest, "Autre", texts={"fr": {"name": "Sentier des crêtes"}})
    make_offer(dest, "Split", texts={"fr": {"name": "Les ocres"}, "en": {"name": "Sentier trail"}})

    assert services.search_offer_ids("sentier ocres", "fr") == [offer.pk]
    assert services.search_offer_ids("sentier colorado", "fr") == [offer.pk]  # name and description


@pytest.mark.parametrize("query", [*QUERIES, "kind=heritage&kind=activity", "q=Ocres"])
def test_listing_page_count_comes_from_the_facets_and_is_exact(catalogue, client_a, query):
    make_offer(catalogue, "Ocres", kind="heritage", texts={"fr": {"name": "Sentier des ocres"}})
    response = client_a.get("/fr/offres/?" + query)
    assert response.status_code == 200
    filters = response.context["filters"]
    expected = services.apply_filters(services.published_offers(catalogue), filters).count()
    assert response.context["page_obj"].paginator.count == expected
    if not filters.q:
        assert response.context["facets"].total == expected
