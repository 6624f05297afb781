"""The offer upsert (`INSERT … ON CONFLICT DO UPDATE`), the raw-document upsert and queued indexing."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from wagtail.search.backends import get_search_backend

from destinations.models import Offer, OfferSource, OfferTranslation
from destinations.services import catalogue

from .test_catalogue import apply, luberon, record  # noqa: F401  (luberon: fixture)

pytestmark = pytest.mark.django_db


def test_full_rewrite_updates_in_place(luberon):  # noqa: F811
    assert apply([record("3001", "Premier nom"), record("3002", "Autre")]).created == 2
    before = {o.source_id: (o.pk, o.first_seen_at) for o in Offer.objects.filter(source_id__in=["3001", "3002"])}
    first = record("3001", "Nouveau nom")
    first.raw = {"id": 3001, "nom": {"libelleFr": "Nouveau nom"}}
    result = apply([first, record("3002", "Autre"), record("3003", "Troisième")], full=True)
    assert (result.created, result.updated, result.unchanged) == (1, 2, 0)
    offers = {o.source_id: o for o in Offer.objects.filter(source_id__in=["3001", "3002", "3003"])}
    for source_id, (pk, first_seen_at) in before.items():
        assert (offers[source_id].pk, offers[source_id].first_seen_at) == (pk, first_seen_at)
    assert offers["3001"].name == "Nouveau nom" and offers["3001"].is_published
    assert OfferSource.objects.get(offer=offers["3001"]).payload == first.raw
    assert Offer.objects.filter(source_id="3001").count() == 1


def test_indexing_falls_back_inline_when_the_queue_is_down(luberon, monkeypatch, django_capture_on_commit_callbacks):  # noqa: F811
    def refuse(*args, **kwargs):
        raise RuntimeError("queue down")

    monkeypatch.setattr(catalogue, "index_translations_task", SimpleNamespace(enqueue=refuse))
    with django_capture_on_commit_callbacks(execute=True):
        apply([record("3101", "Moulin Borée")])
    assert len(list(get_search_backend().search("Borée", OfferTranslation))) == 2
