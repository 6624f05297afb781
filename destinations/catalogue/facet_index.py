"""An in-memory facet index of one destination's published offers, rebuilt when the catalogue changes.

Facet counts are "each facet counted with every filter but its own": done in SQL that is seven grouped
counts over the catalogue and its criteria for every new filter combination, 300-550 ms on PostgreSQL at
50,000 offers. Here the catalogue is read once per catalogue version (four plain queries) into sets of
offer ids per facet value; a filter combination is then a few set intersections and its counts are
`len(a & b)`, a few milliseconds whatever the combination. Dates and text search stay queries (their
answers are sets of ids too).

The index lives in each worker process, keyed by `portal.cache.catalogue_version()`, which every
catalogue write bumps (sync, export import, offer or vocabulary edit), so it never outlives its data.
At 50,000 offers it holds ~20 MB per destination.
"""

from __future__ import annotations

import threading
from collections import defaultdict
from dataclasses import dataclass, field

from destinations.models import Audience, Interest, Offer, OpeningPeriod

from .filters import OfferFilters, Term

EMPTY: frozenset[int] = frozenset()


@dataclass
class FacetIndex:
    version: int
    offers: frozenset[int] = EMPTY
    kinds: dict[str, set[int]] = field(default_factory=dict)
    communes: dict[str, set[int]] = field(default_factory=dict)  # INSEE code -> offers
    commune_names: dict[str, str] = field(default_factory=dict)
    free: set[int] = field(default_factory=set)
    paid: set[int] = field(default_factory=set)  # is_free False (unknown prices are in neither)
    eco: set[int] = field(default_factory=set)
    accessible: set[int] = field(default_factory=set)
    references: dict[int, set[int]] = field(default_factory=dict)  # source reference id -> offers carrying it

    def tagged(self, terms: list[Term]) -> set[int]:
        """Offers carrying any reference id of any of these terms."""
        result: set[int] = set()
        for term in terms:
            for reference in term.reference_ids:
                result |= self.references.get(reference, EMPTY)
        return result

    def union(self, groups: dict[str, set[int]], values: list[str]) -> set[int]:
        result: set[int] = set()
        for value in values:
            result |= groups.get(value, EMPTY)
        return result


_indexes: dict[int, FacetIndex] = {}
_lock = threading.Lock()


def facet_index(destination) -> FacetIndex:
    """The destination's index for the current catalogue version (built on first use in this process)."""
    from portal.cache import catalogue_version

    version = catalogue_version()
    index = _indexes.get(destination.pk)
    if index is None or index.version != version:
        with _lock:
            index = _indexes.get(destination.pk)
            if index is None or index.version != version:
                index = _indexes[destination.pk] = build(destination, version)
    return index


def build(destination, version: int) -> FacetIndex:
    """Four queries: the published offers' facet columns, the vocabularies' reference ids (two), the matching criteria."""
    from .services import published_offers

    index = FacetIndex(version=version)
    kinds: dict[str, set[int]] = defaultdict(set)
    communes: dict[str, set[int]] = defaultdict(set)
    offers = []
    rows = published_offers(destination).order_by().values_list(
        "pk", "kind", "is_free", "has_eco_label", "is_accessible", "commune__insee_code", "commune__name"
    )
    for pk, kind, is_free, eco, accessible, insee, commune_name in rows:
        offers.append(pk)
        kinds[kind].add(pk)
        if is_free:
            index.free.add(pk)
        elif is_free is False:
            index.paid.add(pk)
        if eco:
            index.eco.add(pk)
        if accessible:
            index.accessible.add(pk)
        if insee:
            communes[insee].add(pk)
            index.commune_names[insee] = commune_name
    index.offers = frozenset(offers)
    index.kinds, index.communes = dict(kinds), dict(communes)

    wanted = sorted(
        {ref for model in (Interest, Audience) for refs in model.objects.values_list("apidae_reference_ids", flat=True) for ref in (refs or [])}
    )
    references: dict[int, set[int]] = defaultdict(set)
    if wanted:
        through = Offer.criteria.through
        pairs = through.objects.filter(
            referenceelement__source="apidae", referenceelement__source_id__in=wanted, offer_id__in=published_offers(destination).order_by().values("pk")
        ).values_list("offer_id", "referenceelement__source_id")
        for offer_id, reference in pairs:
            references[reference].add(offer_id)
    index.references = dict(references)
    return index


def open_offers(index: FacetIndex, filters: OfferFilters) -> set[int]:
    """Offers of the index with an opening period overlapping the filter's dates: 1 query."""
    periods = OpeningPeriod.objects.all()
    if filters.date_from:
        periods = periods.filter(end_date__gte=filters.date_from)
    if filters.date_to:
        periods = periods.filter(start_date__lte=filters.date_to)
    return index.offers & set(periods.order_by().values_list("offer_id", flat=True).distinct())


class Matcher:
    """The offers matching `filters`, with or without some of them (one set per active filter, computed once)."""

    def __init__(self, index: FacetIndex, filters: OfferFilters):
        self.index = index
        parts: dict[str, set[int] | frozenset[int]] = {}
        if filters.kinds:
            parts["kind"] = index.union(index.kinds, filters.kinds)
        if filters.interests:
            parts["interest"] = index.tagged(filters.interests)
        if filters.audiences:
            parts["audience"] = index.tagged(filters.audiences)
        if filters.communes:
            parts["commune"] = index.union(index.communes, filters.communes)
        if filters.date_from or filters.date_to:
            parts["dates"] = open_offers(index, filters)
        if filters.price:
            parts["price"] = index.free if filters.price == "free" else index.paid
        if filters.eco:
            parts["eco"] = index.eco
        if filters.accessible:
            parts["accessible"] = index.accessible
        if filters.q:
            parts["q"] = set(filters.search_ids or ())
        self.parts = parts
        self._cache: dict[frozenset[str], frozenset[int]] = {}

    def matching(self, skip: frozenset[str] = frozenset()) -> frozenset[int]:
        key = frozenset(skip & self.parts.keys())
        if key not in self._cache:
            result = self.index.offers
            for name, part in sorted(self.parts.items(), key=lambda item: len(item[1])):
                if name not in key:
                    result = result & part
            self._cache[key] = frozenset(result)
        return self._cache[key]
