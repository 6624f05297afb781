"""Planner statistics are refreshed after a sync that rewrote a large part of the catalogue."""

from __future__ import annotations

import pytest
from django.db import connection

from destinations.services import catalogue

from .factories import make_offer

pytestmark = pytest.mark.django_db


def offer_table_statistics() -> object:
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # -1 until the table has been analysed (PostgreSQL 14+); ANALYZE writes it in this transaction.
            cursor.execute("SELECT reltuples FROM pg_class WHERE relname = 'destinations_offer'")
            return cursor.fetchone()[0]
        cursor.execute("SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'")
        if not cursor.fetchone()[0]:
            return None
        cursor.execute("SELECT stat FROM sqlite_stat1 WHERE tbl = 'destinations_offer' LIMIT 1")
        row = cursor.fetchone()
        return row[0] if row else None


def test_small_changes_leave_statistics_to_the_database(dest, monkeypatch):
    monkeypatch.setattr(catalogue, "STATISTICS_MIN_ROWS", 1000)
    for i in range(30):
        make_offer(dest, f"Offre {i}")
    assert catalogue.refresh_statistics_after(2) is False  # 2 of 30: under 10 % and under 1,000


def test_a_big_rewrite_refreshes_the_statistics(dest, monkeypatch):
    for i in range(30):
        make_offer(dest, f"Offre {i}")
    before = offer_table_statistics()

    assert catalogue.refresh_statistics_after(30) is True  # the whole catalogue changed

    after = offer_table_statistics()
    assert after != before and after is not None
    if connection.vendor == "postgresql":
        assert after >= 30
    else:
        assert str(after).split()[0] == "30"  # sqlite_stat1: row count first
