"""The listing's order and paging through cached ids, and which changes retire the catalogue caches."""

from __future__ import annotations

import pytest
from django.db import connection
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext

from destinations.catalogue import services
from destinations.catalogue.filters import OfferFilters, parse_filters
from destinations.services.catalogue import catalogue_changed
from portal.cache import catalogue_version, current_version

from .factories import make_interest, make_offer

pytestmark = pytest.mark.django_db


def titles(response) -> list[str]:
    return [card.title for card in response.context["cards"]]


def test_name_sort_key_ignores_case_accents_and_ligatures():
    names = ["Zèbre", "Étang", "eau", "Écluse", "ecole", "Œuvre", "Ode", "ÉGLISE"]
    assert sorted(names, key=services.name_sort_key) == ["eau", "Écluse", "ecole", "ÉGLISE", "Étang", "Ode", "Œuvre", "Zèbre"]


def test_name_order_is_per_language_with_the_french_fallback(dest, other_dest):
    abbey = make_offer(dest, "Abbaye de Sénanque", texts={"en": {"name": "Senanque Abbey"}})
    ochre = make_offer(dest, "Sentier des ocres", texts={"en": {"name": "Ochre trail"}})
    village = make_offer(dest, "Écluse de Bonnieux")  # no English text: its French name sorts it
    make_offer(dest, "Caché", published=False)
    make_offer(other_dest, "Ailleurs")

    assert services.name_order(dest, "fr") == [abbey.pk, village.pk, ochre.pk]
    assert services.name_order(dest, "en") == [village.pk, ochre.pk, abbey.pk]


def test_listing_pages_through_every_match_in_order(dest, client_a):
    offers = [make_offer(dest, f"Offre {n:02d}", kind="heritage" if n % 3 else "activity") for n in range(60)]
    expected = [o.name for o in offers if o.kind == "heritage"]  # 40, in name order

    first = client_a.get("/fr/offres/?kind=heritage")
    second = client_a.get("/fr/offres/?kind=heritage&page=2")
    assert first.context["page_obj"].paginator.count == 40
    assert titles(first) + titles(second) == expected
    assert client_a.get("/fr/offres/?kind=heritage&page=99").context["page_obj"].number == 2  # last page


def test_a_page_of_cached_ids_costs_the_same_at_any_depth(dest, client_a):
    for n in range(80):
        make_offer(dest, f"Offre {n:02d}", images=1)
    client_a.get("/fr/offres/")  # creates the office's settings row (a destinations save: caches retired)
    client_a.get("/fr/offres/")  # fills the caches
    counts = []
    for page in (1, 3):
        with CaptureQueriesContext(connection) as ctx:
            assert client_a.get(f"/fr/offres/?page={page}").status_code == 200
        counts.append(len(ctx.captured_queries))
    assert counts[0] == counts[1]


def test_search_listing_keeps_the_search_rank(dest, client_a):
    strong = make_offer(dest, "Zénith des ocres", texts={"fr": {"name": "Ocres ocres", "description": "Les ocres, ocres et ocres"}})
    weak = make_offer(dest, "Arbres", texts={"fr": {"name": "Sentier", "description": "Une longue balade " * 30 + "vers les ocres"}})
    response = client_a.get("/fr/offres/?q=ocres")
    assert [c.id for c in response.context["cards"]] == [strong.pk, weak.pk]
    by_name = client_a.get("/fr/offres/?q=ocres&sort=name")
    assert [c.id for c in by_name.context["cards"]] == [weak.pk, strong.pk]


def test_filtered_ids_are_the_matches_in_name_order(dest):
    make_interest("culture", [6158])
    b = make_offer(dest, "B", criteria=[6158])
    make_offer(dest, "A")
    a2 = make_offer(dest, "a bis", criteria=[6158])
    interests, audiences = services.taxonomy_terms("fr")
    filters = parse_filters(QueryDict("interest=culture"), interests, audiences)
    assert services.listing_offer_ids(dest, filters, "fr") == [a2.pk, b.pk]


def test_offer_changes_retire_the_listing_but_page_publishing_does_not(dest, client_a):
    first = make_offer(dest, "Premier")
    make_offer(dest, "Second")
    assert titles(client_a.get("/fr/offres/")) == ["Premier", "Second"]

    pages_before, catalogue_before = current_version(), catalogue_version()
    home = dest.site.root_page.specific
    home.save_revision().publish()
    assert current_version() > pages_before
    assert catalogue_version() == catalogue_before  # the catalogue caches survive a page publish

    first.is_published = False
    first.save()
    assert catalogue_version() > catalogue_before
    assert titles(client_a.get("/fr/offres/")) == ["Second"]


def test_search_results_are_cached_until_the_catalogue_changes(dest):
    offer = make_offer(dest, "Ocres", texts={"fr": {"name": "Sentier des ocres"}})
    assert services.search_offer_ids("ocres", "fr") == [offer.pk]
    with CaptureQueriesContext(connection) as ctx:
        assert services.search_offer_ids("  OCRES ", "fr") == [offer.pk]  # same words: no query
    assert len(ctx.captured_queries) == 0

    other = make_offer(dest, "Ocres bis", texts={"fr": {"name": "Ocres de Rustrel"}})  # saved: version bumped
    assert set(services.search_offer_ids("ocres", "fr")) == {offer.pk, other.pk}
    version = catalogue_version()
    catalogue_changed.send(sender=None)  # what a sync run sends after its bulk writes
    assert catalogue_version() > version


def test_search_page_lists_the_destinations_matches_only(dest, other_dest, client_a):
    mine = make_offer(dest, "Ocres", texts={"fr": {"name": "Sentier des ocres"}})
    make_offer(other_dest, "Ocres ailleurs", texts={"fr": {"name": "Ocres de Roussillon"}})
    response = client_a.get("/fr/search/", {"q": "ocres"})
    assert [c.id for c in response.context["offer_results"]] == [mine.pk]
    assert response.context["offer_total"] == 1


def test_empty_search_and_no_filters():
    assert services.search_offer_ids("   ", "fr") == []
    assert not OfferFilters().active


def test_a_count_capped_by_the_search_limit_reads_as_a_lower_bound(dest, client_a, monkeypatch):
    for n in range(3):
        make_offer(dest, f"Ocres {n}", texts={"fr": {"name": f"Sentier des ocres {n}"}})
    plain = client_a.get("/fr/search/", {"q": "ocres"}).content.decode()
    assert "3 lieux et événements" in plain and "3+" not in plain

    monkeypatch.setattr(services, "SEARCH_LIMIT", 3)  # the search kept as many matches as it may: more may exist
    capped = client_a.get("/fr/search/", {"q": "ocres"}).content.decode()
    assert "3+ lieux et événements" in capped
    listing = client_a.get("/fr/offres/", {"q": "ocres"}).content.decode()
    assert "3+ offres" in listing


def test_newest_and_next_date_orders(dest, client_a):
    import datetime as dt

    from django.utils import timezone

    from destinations.models import Offer

    today = services.today()
    later = make_offer(dest, "Bravo", periods=[(today + dt.timedelta(days=30), today + dt.timedelta(days=31))])
    soon = make_offer(dest, "Delta", periods=[(today - dt.timedelta(days=2), today + dt.timedelta(days=2)), (today + dt.timedelta(days=90), today + dt.timedelta(days=91))])
    over = make_offer(dest, "Alpha", periods=[(today - dt.timedelta(days=20), today - dt.timedelta(days=10))])  # no coming date
    undated = make_offer(dest, "Charlie")
    for days, offer in enumerate([later, soon, over, undated]):
        Offer.objects.filter(pk=offer.pk).update(first_seen_at=timezone.now() - dt.timedelta(days=days))

    by_date = client_a.get("/fr/offres/?sort=date")
    assert [c.id for c in by_date.context["cards"]] == [soon.pk, later.pk, over.pk, undated.pk]  # undated in name order
    newest = client_a.get("/fr/offres/?sort=newest")
    assert [c.id for c in newest.context["cards"]] == [later.pk, soon.pk, over.pk, undated.pk]
    filtered = client_a.get("/fr/offres/?sort=date&q=&kind=activity&price=")
    assert filtered.context["page_obj"].paginator.count == 4
