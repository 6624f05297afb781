import datetime as dt
from decimal import Decimal
from types import SimpleNamespace

import pytest
from django.utils import translation

from destinations.catalogue.formatting import format_date_range, format_period, format_price, format_weekdays


def period(start, end, every_year=False, opening=None, closing=None, weekdays=()):
    return SimpleNamespace(start_date=start, end_date=end, every_year=every_year, opening_time=opening, closing_time=closing, weekdays=list(weekdays))


APRIL_OCT = period(dt.date(2018, 4, 1), dt.date(2018, 10, 14), opening=dt.time(9), closing=dt.time(18))


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "From 1 April to 14 October 2018, every day, 9:00–18:00"),
        ("fr", "Du 1er avril au 14 octobre 2018, tous les jours, 9h00–18h00"),
        ("de", "Vom 1. April bis 14. Oktober 2018, täglich, 9:00–18:00 Uhr"),
        ("it", "Dal 1 aprile al 14 ottobre 2018, tutti i giorni, 9:00–18:00"),
    ],
)
def test_period_in_words(language, expected):
    assert format_period(APRIL_OCT, language) == expected


def test_every_year_period_has_no_year():
    p = period(dt.date(2026, 6, 1), dt.date(2026, 9, 30), every_year=True, weekdays=[1, 2, 3, 4, 5])
    assert format_period(p, "en") == "From 1 June to 30 September, Monday to Friday"
    assert format_period(p, "fr") == "Du 1er juin au 30 septembre, du lundi au vendredi"


def test_period_across_years_and_single_day():
    p = period(dt.date(2025, 12, 20), dt.date(2026, 1, 4))
    assert format_period(p, "en") == "From 20 December 2025 to 4 January 2026, every day"
    single = period(dt.date(2026, 7, 14), dt.date(2026, 7, 14), opening=dt.time(21, 30))
    assert format_period(single, "fr") == "Le 14 juillet 2026, à partir de 21h30"
    assert format_period(period(dt.date(2026, 4, 8), dt.date(2026, 5, 11)), "it").startswith("Dall’8 aprile all’11 maggio 2026")
    assert format_period(period(dt.date(2026, 7, 10), dt.date(2026, 7, 12)), "fr").startswith("Du 10 au 12 juillet 2026")
    assert format_period(period(dt.date(2026, 7, 10), dt.date(2026, 7, 12)), "de").startswith("Vom 10. bis 12. Juli 2026")


def test_weekdays_and_ranges():
    assert format_weekdays([6, 7], "en") == "Saturday and Sunday"
    assert format_weekdays([1, 3, 5], "de") == "Montag, Mittwoch und Freitag"
    assert format_date_range(dt.date(2026, 7, 12), dt.date(2026, 7, 14), "en", year=False) == "12–14 July"
    assert format_date_range(dt.date(2026, 6, 30), dt.date(2026, 7, 2), "fr", year=False) == "30 juin – 2 juillet"
    assert format_date_range(dt.date(2026, 7, 14), dt.date(2026, 7, 14), "de", year=False) == "14. Juli"


def test_prices():
    with translation.override("fr"):
        assert format_price(Decimal("12"), Decimal("15.5"), "fr") == "12–15,50 €"
        assert format_price(Decimal("8"), None, "fr") == "à partir de 8 €"
    with translation.override("en"):
        assert format_price(Decimal("8"), Decimal("8"), "en") == "8 €"
