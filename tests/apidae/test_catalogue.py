"""destinations.services.catalogue with hand-built OfferRecords (source-agnostic, no Apidae JSON)."""

from __future__ import annotations

import datetime as dt
import time
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.search.backends import get_search_backend

from destinations.catalogue_records import (
    ImageRecord,
    OfferRecord,
    PeriodRecord,
    PriceRecord,
    ReferenceRecord,
    TextsRecord,
)
from destinations.models import Commune, Destination, Offer, OfferSource, OfferTranslation, ReferenceElement
from destinations.services import catalogue
from destinations.services.catalogue import apply_records, content_hash, destination_map, unpublish_missing

pytestmark = pytest.mark.django_db

SELECTION = 777001
MODIFIED = dt.datetime(2026, 1, 5, 8, 42, 14, 436000, tzinfo=dt.UTC)


def record(source_id: str = "1001", name: str = "Moulin de Paillas", **overrides) -> OfferRecord:
    values = dict(
        source="apidae",
        source_id=source_id,
        source_type="PATRIMOINE_CULTUREL",
        kind="heritage",
        texts={
            "fr": TextsRecord(name=name, short_description="Un moulin à huile", description="Long texte\nsur deux lignes"),
            "en": TextsRecord(name=f"{name} (EN)", short_description="An oil mill"),
        },
        latitude=43.83,
        longitude=5.37,
        commune_insee="84087",
        commune_name="Lourmarin",
        commune_source_id=31234,
        street_address="Route de Vaugines",
        postal_code="84160",
        city="Lourmarin",
        is_free=False,
        prices=[PriceRecord(label={"fr": "Adulte"}, minimum=Decimal("6.50"), maximum=Decimal("9"))],
        contact_means=[{"kind": "phone", "value": "04 90 00 00 00"}],
        references=[
            ReferenceRecord(513, "TypeClientele", {"fr": "Spécial famille avec enfants"}),
            ReferenceRecord(6158, "TypologiePromoSitra", {"fr": "Historique"}, family_id=6152),
        ],
        periods=[
            PeriodRecord(dt.date(2026, 4, 1), dt.date(2026, 6, 30), opening_time=dt.time(10), closing_time=dt.time(18)),
            PeriodRecord(dt.date(2026, 7, 1), dt.date(2026, 8, 31), weekdays=[1, 2, 3, 4, 5]),
        ],
        images=[
            ImageRecord("https://static.apidae-tourisme.com/filestore/objets-touristiques/images/1.jpg", captions={"fr": "Le moulin"}),
        ],
        selection_ids=[SELECTION],
        source_modified_at=MODIFIED,
        raw={"id": int(source_id), "nom": {"libelleFr": name}},
    )
    values.update(overrides)
    return OfferRecord(**values)


@pytest.fixture
def luberon(demo):
    destination = Destination.objects.get(slug="luberon")
    destination.apidae_selection_ids = [SELECTION]
    destination.save(update_fields=["apidae_selection_ids"])
    return destination


def apply(records, **kwargs):
    kwargs.setdefault("full", False)
    return apply_records(records, source="apidae", destination_by_selection=destination_map(), **kwargs)


def test_apply_creates_offer_with_children(luberon):
    result = apply([record()])

    assert (result.created, result.updated, result.unchanged, result.failed) == (1, 0, 0, 0)
    offer = Offer.objects.get(source="apidae", source_id="1001")
    assert offer.name == "Moulin de Paillas"
    assert offer.slug == "moulin-de-paillas"
    assert offer.kind == "heritage"
    assert offer.is_published
    assert offer.price_min == Decimal("6.50") and offer.price_max == Decimal("9.00")
    assert offer.commune.insee_code == "84087" and offer.commune.apidae_id == 31234
    assert {t.language_code: t.name for t in offer.translations.all()} == {
        "fr": "Moulin de Paillas",
        "en": "Moulin de Paillas (EN)",
    }
    assert offer.periods.count() == 2
    assert offer.images.get().captions == {"fr": "Le moulin"}
    assert set(offer.criteria.values_list("source_id", flat=True)) == {513, 6158}
    assert ReferenceElement.objects.get(source_id=6158).family_id == 6152
    assert list(offer.destinations.all()) == [luberon]
    assert OfferSource.objects.get(offer=offer).payload["nom"]["libelleFr"] == "Moulin de Paillas"
    assert offer.content_hash == content_hash(record())


def test_identical_records_are_unchanged_without_any_write(luberon):
    apply([record("1001"), record("1002", "Château")])
    before = dict(Offer.objects.values_list("source_id", "synced_at"))

    with CaptureQueriesContext(connection) as queries:
        result = apply([record("1001"), record("1002", "Château")])

    assert (result.created, result.updated, result.unchanged) == (0, 0, 2)
    assert dict(Offer.objects.values_list("source_id", "synced_at")) == before
    writes = [q["sql"] for q in queries if q["sql"].lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE"))]
    assert writes == []


def test_changed_record_is_updated_and_texts_keep_their_rows(luberon):
    apply([record()])
    fr_pk = OfferTranslation.objects.get(offer__source_id="1001", language_code="fr").pk

    changed = record(name="Moulin de Paillas restauré", source_modified_at=MODIFIED + dt.timedelta(days=1))
    changed.texts.pop("en")
    changed.periods = changed.periods[:1]
    result = apply([changed])

    assert (result.created, result.updated, result.unchanged) == (0, 1, 0)
    offer = Offer.objects.get(source_id="1001")
    assert offer.name == "Moulin de Paillas restauré"
    assert list(offer.translations.values_list("pk", "language_code")) == [(fr_pk, "fr")]
    assert offer.periods.count() == 1


def test_same_date_but_different_content_is_an_update(luberon):
    """A mapping change (or yearly periods rolling over) changes the fingerprint, not the source's date."""
    apply([record()])
    again = record()
    again.periods.append(PeriodRecord(dt.date(2027, 4, 1), dt.date(2027, 6, 30)))
    assert apply([again]).updated == 1


def test_destination_change_alone_relinks_the_offer(luberon):
    apply([record()])
    ecrins = Destination.objects.get(slug="ecrins")
    ecrins.apidae_selection_ids = [SELECTION]
    ecrins.save(update_fields=["apidae_selection_ids"])

    assert apply([record()]).updated == 1
    assert set(Offer.objects.get(source_id="1001").destinations.values_list("slug", flat=True)) == {"luberon", "ecrins"}


def test_invalid_records_are_counted_failed_and_others_applied(luberon):
    nameless = record("1003")
    nameless.texts = {}
    result = apply([record("1001"), nameless, record("1004", source="tourinsoft")])
    assert (result.created, result.failed) == (1, 2)
    assert len(result.skipped_notes) == 2


def test_mapper_notes_are_returned(luberon):
    noted = record(skipped=["coordinates: look swapped"])
    assert apply([noted]).skipped_notes == ["apidae:1001: coordinates: look swapped"]


def test_existing_commune_is_reused_and_bad_insee_ignored(luberon):
    Commune.objects.create(insee_code="84087", name="Lourmarin")
    apply([record(), record("1005", commune_insee="XYZ")])
    assert Commune.objects.filter(insee_code="84087").count() == 1
    assert Offer.objects.get(source_id="1005").commune is None


def test_unpublish_missing_never_deletes(luberon):
    apply([record("1001"), record("1002", "Château"), record("1003", "Abbaye")])

    assert unpublish_missing("apidae", {"1001"}, "left every selection") == 2
    assert Offer.objects.count() == 3
    gone = Offer.objects.get(source_id="1002")
    assert not gone.is_published and gone.unpublished_reason == "left every selection"
    assert not gone.translations.filter(is_published=True).exists()
    assert Offer.objects.get(source_id="1001").is_published

    assert unpublish_missing("apidae", None, "deleted", only_ids=["1001"]) == 1
    assert not Offer.objects.filter(is_published=True).exists()

    # Back in the source: published again.
    assert apply([record("1002", "Château")]).updated == 1
    assert Offer.objects.get(source_id="1002").is_published


def test_search_index_follows_changes(luberon, django_capture_on_commit_callbacks):
    backend = get_search_backend()
    with django_capture_on_commit_callbacks(execute=True):
        apply([record(name="Moulin Zéphyrin")])
    results = list(backend.search("Zéphyrin", OfferTranslation.objects.filter(is_published=True)))
    assert {r.language_code for r in results} == {"fr", "en"}

    with django_capture_on_commit_callbacks(execute=True):
        apply([record(name="Moulin Aquilon", source_modified_at=MODIFIED + dt.timedelta(hours=1))])
    assert list(backend.search("Zéphyrin", OfferTranslation)) == []
    assert len(list(backend.search("Aquilon", OfferTranslation))) == 2


def test_bulk_apply_and_indexing_cost_a_bounded_number_of_queries(luberon, django_capture_on_commit_callbacks):
    """600 offers × 2 languages: O(batches) queries, not O(rows)."""
    records = [record(str(5000 + i), f"Offre numéro {i}") for i in range(600)]
    started = time.perf_counter()
    with CaptureQueriesContext(connection) as queries, django_capture_on_commit_callbacks(execute=True):
        result = apply(records)
    elapsed = time.perf_counter() - started

    assert result.created == 600
    assert OfferTranslation.objects.filter(offer__source_id__startswith="5").count() == 1200
    # Two batches of 500 plus bulk indexing of 1,200 texts: well under a hundred queries (a per-row
    # implementation would need thousands).
    assert len(queries) < 150, len(queries)
    assert elapsed < 30
    assert len(list(get_search_backend().search("numéro", OfferTranslation))) > 0


def test_batches_are_independent_of_size(luberon, monkeypatch):
    monkeypatch.setattr(catalogue, "BATCH_SIZE", 2)
    records = [record(str(6000 + i), f"Lieu {i}") for i in range(5)]
    assert apply(records).created == 5
    assert apply(records).unchanged == 5


def test_synced_at_moves_only_for_updated_offers(luberon):
    apply([record("1001"), record("1002", "Château")])
    before = dict(Offer.objects.values_list("source_id", "synced_at"))
    apply([record("1001"), record("1002", "Château fort", source_modified_at=timezone.now())])
    after = dict(Offer.objects.values_list("source_id", "synced_at"))
    assert after["1001"] == before["1001"]
    assert after["1002"] > before["1002"]


def test_changes_are_signalled_after_commit_and_empty_the_page_cache(luberon, django_capture_on_commit_callbacks):
    from django.core.cache import cache

    from portal.cache import VERSION_KEY

    received = []

    def listener(sender, **kwargs):
        received.append(kwargs["count"])

    catalogue.catalogue_changed.connect(listener)
    try:
        cache.set(VERSION_KEY, 5, timeout=None)
        with django_capture_on_commit_callbacks(execute=True):
            apply([record()])
        assert received == [1]
        assert cache.get(VERSION_KEY) == 6  # portal's page cache version moved on
        with django_capture_on_commit_callbacks(execute=True):
            apply([record()])  # unchanged: no signal
        assert received == [1]
    finally:
        catalogue.catalogue_changed.disconnect(listener)
