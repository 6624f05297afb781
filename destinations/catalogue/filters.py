"""The listing's GET parameters, parsed leniently: unknown or malformed values are ignored, never a 500.

Parameters (all optional, facets repeatable): `kind`, `interest` (slug), `audience` (slug), `commune`
(INSEE code), `from` / `to` (ISO dates, an offer is kept when one of its periods overlaps), `price`
(free|paid), `eco=1`, `accessible=1`, `q` (text), `sort` (name|newest|date|relevance), `page`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.http import QueryDict

from destinations.models import OfferKind

INSEE = re.compile(r"^[0-9][0-9AB][0-9]{3}$")
SORTS = ("name", "newest", "date", "relevance")
MAX_VALUES = 30  # per repeatable parameter


@dataclass(frozen=True)
class Term:
    """An interest or a visitor typology, as the catalogue needs it."""

    slug: str
    name: str
    reference_ids: tuple[int, ...]
    sort_order: int = 100


@dataclass
class OfferFilters:
    kinds: list[str] = field(default_factory=list)
    interests: list[Term] = field(default_factory=list)
    audiences: list[Term] = field(default_factory=list)
    communes: list[str] = field(default_factory=list)
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    price: str = ""
    eco: bool = False
    accessible: bool = False
    q: str = ""
    sort: str = "name"
    search_ids: list[int] | None = None  # filled by the view from the search backend when q is set

    @property
    def active(self) -> bool:
        return bool(
            self.kinds or self.interests or self.audiences or self.communes or self.date_from or self.date_to
            or self.price or self.eco or self.accessible or self.q
        )

    def querystring(self) -> str:
        """The filters as GET parameters (no page), stable order: for map data and pagination links."""
        pairs: list[tuple[str, str]] = [("kind", k) for k in self.kinds]
        pairs += [("interest", t.slug) for t in self.interests]
        pairs += [("audience", t.slug) for t in self.audiences]
        pairs += [("commune", c) for c in self.communes]
        if self.date_from:
            pairs.append(("from", self.date_from.isoformat()))
        if self.date_to:
            pairs.append(("to", self.date_to.isoformat()))
        if self.price:
            pairs.append(("price", self.price))
        if self.eco:
            pairs.append(("eco", "1"))
        if self.accessible:
            pairs.append(("accessible", "1"))
        if self.q:
            pairs.append(("q", self.q))
        return urlencode(pairs)


def parse_date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat((value or "").strip()[:10])
    except ValueError:
        return None


def _values(params: QueryDict, name: str) -> list[str]:
    seen: list[str] = []
    for value in params.getlist(name)[:MAX_VALUES]:
        value = value.strip()
        if value and value not in seen:
            seen.append(value)
    return seen


def _flag(params: QueryDict, name: str) -> bool:
    return params.get(name, "").strip().lower() in {"1", "true", "on", "yes"}


def parse_filters(params: QueryDict, interests: list[Term], audiences: list[Term]) -> OfferFilters:
    interest_by_slug = {t.slug: t for t in interests}
    audience_by_slug = {t.slug: t for t in audiences}
    filters = OfferFilters(
        kinds=[k for k in _values(params, "kind") if k in OfferKind.values],
        interests=[interest_by_slug[s] for s in _values(params, "interest") if s in interest_by_slug],
        audiences=[audience_by_slug[s] for s in _values(params, "audience") if s in audience_by_slug],
        communes=[c.upper() for c in _values(params, "commune") if INSEE.match(c.upper())],
        date_from=parse_date(params.get("from")),
        date_to=parse_date(params.get("to")),
        price=params.get("price", "") if params.get("price", "") in ("free", "paid") else "",
        eco=_flag(params, "eco"),
        accessible=_flag(params, "accessible"),
        q=params.get("q", "").strip()[:200],
    )
    if filters.date_from and filters.date_to and filters.date_from > filters.date_to:
        filters.date_from, filters.date_to = filters.date_to, filters.date_from
    sort = params.get("sort", "")
    if sort in SORTS and (sort != "relevance" or filters.q):
        filters.sort = sort
    elif filters.q:
        filters.sort = "relevance"
    return filters
