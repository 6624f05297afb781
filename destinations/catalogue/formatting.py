"""Opening periods, date ranges, times and prices in words, in the visitor's language.

The sentence patterns are grammar, not UI wording: each language needs its own word order, ordinal
("1er avril", "1. April") and elision ("dall'8 aprile"), which a single gettext msgid cannot express.
They are kept here as small per-language tables (French, English, German, Italian — the portal's
languages); any other language falls back to English.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.utils.formats import number_format
from django.utils.translation import get_language

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
}
WEEKDAYS = {  # ISO order, Monday first
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
}
PHRASES = {
    "en": {
        "range": "From {start} to {end}", "single": "On {date}", "every_day": "every day",
        "day_run": "{first} to {last}", "and": "and", "hours": "{open}–{close}", "from_time": "from {open}",
        "until_time": "until {close}", "free": "Free", "from_price": "from {amount}", "up_to_price": "up to {amount}",
    },
    "fr": {
        "range": "Du {start} au {end}", "single": "Le {date}", "every_day": "tous les jours",
        "day_run": "du {first} au {last}", "and": "et", "hours": "{open}–{close}", "from_time": "à partir de {open}",
        "until_time": "jusqu’à {close}", "free": "Gratuit", "from_price": "à partir de {amount}", "up_to_price": "jusqu’à {amount}",
    },
    "de": {
        "range": "Vom {start} bis {end}", "single": "Am {date}", "every_day": "täglich",
        "day_run": "{first} bis {last}", "and": "und", "hours": "{open}–{close} Uhr", "from_time": "ab {open} Uhr",
        "until_time": "bis {close} Uhr", "free": "Kostenlos", "from_price": "ab {amount}", "up_to_price": "bis {amount}",
    },
    "it": {
        "range": "{dal} {start} {al} {end}", "single": "Il {date}", "every_day": "tutti i giorni",
        "day_run": "dal {first} al {last}", "and": "e", "hours": "{open}–{close}", "from_time": "dalle {open}",
        "until_time": "fino alle {close}", "free": "Gratuito", "from_price": "da {amount}", "up_to_price": "fino a {amount}",
    },
}


def _lang(language: str | None) -> str:
    code = (language or get_language() or "fr").split("-")[0].lower()
    return code if code in PHRASES else "en"


def _day(day: int, lang: str) -> str:
    if lang == "fr" and day == 1:
        return "1er"
    if lang == "de":
        return f"{day}."
    return str(day)


def format_date(value: dt.date, language: str | None = None, *, year: bool = True) -> str:
    """'1 April 2018', '1er avril 2018', '1. April 2018', '1 aprile 2018' (without the year on demand)."""
    lang = _lang(language)
    text = f"{_day(value.day, lang)} {MONTHS[lang][value.month - 1]}"
    return f"{text} {value.year}" if year else text


def format_month(value: dt.date, language: str | None = None) -> str:
    """'July 2026', 'juillet 2026' — a month heading."""
    lang = _lang(language)
    name = MONTHS[lang][value.month - 1]
    return f"{name[0].upper()}{name[1:]} {value.year}"


def _italian_article(preposition: str, day: int) -> str:
    # dal 1 / dall'8 / dall'11; al 14 / all'8 / all'11
    return f"{preposition}ll’" if day in (8, 11) else f"{preposition}l"


def format_date_range(start: dt.date, end: dt.date, language: str | None = None, *, year: bool = True) -> str:
    """Compact range for lists: '14 July', '12–14 July', '30 June – 2 July', '28 December 2025 – 3 January 2026'."""
    lang = _lang(language)
    if end < start:
        start, end = end, start
    if start == end:
        return format_date(start, lang, year=year)
    if start.year != end.year:
        return f"{format_date(start, lang)} – {format_date(end, lang)}"
    suffix = f" {end.year}" if year else ""
    if start.month == end.month:
        return f"{_day(start.day, lang)}–{_day(end.day, lang)} {MONTHS[lang][end.month - 1]}{suffix}"
    return f"{format_date(start, lang, year=False)} – {format_date(end, lang, year=False)}{suffix}"


def format_time(value: dt.time, language: str | None = None) -> str:
    lang = _lang(language)
    if lang == "fr":
        return f"{value.hour}h{value.minute:02d}"
    return f"{value.hour}:{value.minute:02d}"


def format_weekdays(weekdays: list[int] | None, language: str | None = None) -> str:
    """'every day', 'Monday to Friday', 'Saturday and Sunday', 'Monday, Wednesday and Friday'."""
    lang = _lang(language)
    phrases = PHRASES[lang]
    days = sorted({d for d in (weekdays or []) if isinstance(d, int) and 1 <= d <= 7})
    if not days or len(days) == 7:
        return phrases["every_day"]
    names = WEEKDAYS[lang]
    if len(days) >= 3 and days == list(range(days[0], days[-1] + 1)):
        return phrases["day_run"].format(first=names[days[0] - 1], last=names[days[-1] - 1])
    words = [names[d - 1] for d in days]
    if len(words) == 1:
        return words[0]
    return f"{', '.join(words[:-1])} {phrases['and']} {words[-1]}"


def format_hours(opening: dt.time | None, closing: dt.time | None, language: str | None = None) -> str:
    lang = _lang(language)
    phrases = PHRASES[lang]
    if opening and closing:
        return phrases["hours"].format(open=format_time(opening, lang), close=format_time(closing, lang))
    if opening:
        return phrases["from_time"].format(open=format_time(opening, lang))
    if closing:
        return phrases["until_time"].format(close=format_time(closing, lang))
    return ""


def format_period(period, language: str | None = None) -> str:
    """'From 1 April to 14 October 2018, every day, 9:00–18:00' (every-year periods without year)."""
    lang = _lang(language)
    phrases = PHRASES[lang]
    start, end = period.start_date, period.end_date
    with_year = not period.every_year
    if start == end:
        text = phrases["single"].format(date=format_date(start, lang, year=with_year))
    else:
        start_year = with_year and start.year != end.year
        start_text = format_date(start, lang, year=start_year)
        if start.month == end.month and start.year == end.year:
            start_text = _day(start.day, lang)  # "From 10 to 12 July 2026"
        end_text = format_date(end, lang, year=with_year)
        if lang == "it":
            text = phrases["range"].format(
                dal=_italian_article("da", start.day).capitalize(), start=start_text,
                al=_italian_article("a", end.day), end=end_text,
            ).replace("’ ", "’")
        else:
            text = phrases["range"].format(start=start_text, end=end_text)
    parts = [text]
    if start != end or period.weekdays:
        parts.append(format_weekdays(period.weekdays, lang))
    hours = format_hours(period.opening_time, period.closing_time, lang)
    if hours:
        parts.append(hours)
    return ", ".join(parts)


def period_details(period, language: str | None = None) -> str:
    details = period.details or {}
    return details.get(_lang(language)) or details.get("fr") or ""


def format_amount(value, language: str | None = None) -> str:
    if value is None:
        return ""
    amount = Decimal(value)
    decimals = 0 if amount == amount.to_integral_value() else 2
    return f"{number_format(amount, decimals, use_l10n=True)} €"


def format_price(minimum, maximum, language: str | None = None) -> str:
    """'12 €', '12–15 €', 'from 12 €', 'up to 15 €'."""
    lang = _lang(language)
    phrases = PHRASES[lang]
    if minimum is not None and maximum is not None:
        if Decimal(minimum) == Decimal(maximum):
            return format_amount(minimum, lang)
        if Decimal(minimum) == 0 and Decimal(maximum) == 0:
            return phrases["free"]
        return f"{format_amount(minimum, lang)[:-2]}–{format_amount(maximum, lang)}"
    if minimum is not None:
        return phrases["from_price"].format(amount=format_amount(minimum, lang))
    if maximum is not None:
        return phrases["up_to_price"].format(amount=format_amount(maximum, lang))
    return ""


def price_lines(prices: list | None, language: str | None = None) -> list[tuple[str, str]]:
    """[(label, amount in words)] from Offer.prices ([{label: {lang: text}, min, max}])."""
    lang = _lang(language)
    lines = []
    for item in prices or []:
        if not isinstance(item, dict):
            continue
        labels = item.get("label") or {}
        label = labels.get(lang) or labels.get("fr") or "" if isinstance(labels, dict) else str(labels)
        amount = format_price(item.get("min"), item.get("max"), lang)
        if label or amount:
            lines.append((label, amount))
    return lines
