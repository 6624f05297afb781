"""Query functions of the public catalogue: every one runs a bounded number of SQL queries.

Texts come from `OfferTranslation` in the visitor's language with French as the fallback; photos are
the source's own URLs (`OfferImage`), never copied. Nothing here knows any source's JSON.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

from django.core.cache import cache
from django.db import DatabaseError, connection, transaction
from django.db.models import (
    Case,
    Exists,
    F,
    IntegerField,
    Min,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from destinations.models import (
    Audience,
    Interest,
    Offer,
    OfferImage,
    OfferKind,
    OfferTranslation,
    OpeningPeriod,
    ReferenceElement,
)

from .facet_index import Matcher, facet_index
from .filters import OfferFilters, Term

logger = logging.getLogger(__name__)
T = TypeVar("T")
FACETS_CACHE_SECONDS = 300
# Ordered offer ids of a listing and search results: keyed by the catalogue version, so they never outlive
# the data; the lifetime only bounds memory.
LISTING_CACHE_SECONDS = 300
PAGE_SIZE = 24
EVENTS_PAGE_SIZE = 40
SEARCH_LIMIT = 500
MAP_LIMIT = 2000
LANDING_LIMIT = 12
FALLBACK_LANGUAGE = "fr"
# Widths of the source's size variants (Apidae serves fixed-size "liste" and "fiche" renditions).
LIST_WIDTH = 320
CARD_WIDTH = 800


def today() -> dt.date:
    return timezone.localdate()


def catalogue_key(kind: str, *parts) -> str:
    """A cache key under the current catalogue version, which every catalogue write bumps (sync, export
    import, offer or vocabulary edit): an entry never outlives the data it was computed from."""
    from portal.cache import catalogue_version

    return ":".join(["catalogue", kind, str(catalogue_version()), *map(str, parts)])


def digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:32]


def catalogue_cached(key: str, compute: Callable[[], T], seconds: int = LISTING_CACHE_SECONDS) -> T:
    """`compute()`, kept under `key` (a `catalogue_key`); the lifetime only bounds memory."""
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, seconds)
    return value


def languages_for(language: str) -> list[str]:
    return [language] if language == FALLBACK_LANGUAGE else [language, FALLBACK_LANGUAGE]


def https(url: str) -> str:
    """The portal's CSP allows images over https only; the source serves the same files on both schemes."""
    return "https://" + url[len("http://") :] if url.startswith("http://") else url


# --- Querysets ------------------------------------------------------------------------------------


def published_offers(destination) -> QuerySet[Offer]:
    return Offer.objects.published().for_destination(destination)


def with_display_name(queryset: QuerySet[Offer], language: str) -> QuerySet[Offer]:
    """Annotate `display_name`: the name in `language`, else the French name (Offer.name)."""
    if language == FALLBACK_LANGUAGE:
        return queryset.annotate(display_name=F("name"))
    translated = OfferTranslation.objects.filter(offer=OuterRef("pk"), language_code=language, is_published=True).values("name")[:1]
    return queryset.annotate(display_name=Coalesce(Subquery(translated), F("name")))


def tagged_with(reference_ids) -> Exists:
    """True for offers carrying any of these source reference ids (Apidae element ids).

    The element rows are looked up first (one tiny query) so the criteria table is filtered on constant
    pks: PostgreSQL then reads the few thousand matching criteria rows by index instead of joining the
    element table into a scan of every offer's criteria (560,000 rows at 50,000 offers: 3× slower).
    """
    through = Offer.criteria.through
    element_pks = list(
        ReferenceElement.objects.filter(source="apidae", source_id__in=list(reference_ids)).values_list("pk", flat=True)
    )
    return Exists(through.objects.filter(offer_id=OuterRef("pk"), referenceelement_id__in=element_pks))


def open_between(date_from: dt.date | None, date_to: dt.date | None) -> Exists:
    periods = OpeningPeriod.objects.filter(offer_id=OuterRef("pk"))
    if date_from:
        periods = periods.filter(end_date__gte=date_from)
    if date_to:
        periods = periods.filter(start_date__lte=date_to)
    return Exists(periods)


def apply_filters(queryset: QuerySet[Offer], filters: OfferFilters, skip: frozenset[str] = frozenset()) -> QuerySet[Offer]:
    """Every active filter but those named in `skip` (disjunctive facets count without their own filter)."""
    if filters.kinds and "kind" not in skip:
        queryset = queryset.filter(kind__in=filters.kinds)
    if filters.interests and "interest" not in skip:
        queryset = queryset.filter(tagged_with(ref for term in filters.interests for ref in term.reference_ids))
    if filters.audiences and "audience" not in skip:
        queryset = queryset.filter(tagged_with(ref for term in filters.audiences for ref in term.reference_ids))
    if filters.communes and "commune" not in skip:
        queryset = queryset.filter(commune__insee_code__in=filters.communes)
    if (filters.date_from or filters.date_to) and "dates" not in skip:
        queryset = queryset.filter(open_between(filters.date_from, filters.date_to))
    if filters.price and "price" not in skip:
        queryset = queryset.filter(is_free=(filters.price == "free"))
    if filters.eco and "eco" not in skip:
        queryset = queryset.filter(has_eco_label=True)
    if filters.accessible and "accessible" not in skip:
        queryset = queryset.filter(is_accessible=True)
    if filters.q and "q" not in skip:
        queryset = queryset.filter(pk__in=filters.search_ids or [])
    return queryset


def order_offers(queryset: QuerySet[Offer], filters: OfferFilters) -> QuerySet[Offer]:
    if filters.sort == "newest":
        return queryset.order_by("-first_seen_at", "pk")
    if filters.sort == "date":
        upcoming = OpeningPeriod.objects.filter(offer_id=OuterRef("pk"), end_date__gte=today()).order_by("start_date").values("start_date")[:1]
        return queryset.annotate(next_date=Subquery(upcoming)).order_by(F("next_date").asc(nulls_last=True), "display_name", "pk")
    if filters.sort == "relevance" and filters.search_ids:
        rank = {pk: index for index, pk in enumerate(filters.search_ids)}
        # Ranked ids are bounded (SEARCH_LIMIT), so a CASE over them orders the page in SQL.
        return queryset.annotate(
            rank=Case(*[When(pk=pk, then=Value(i)) for pk, i in rank.items()], default=Value(len(rank)), output_field=IntegerField())
        ).order_by("rank", "pk")
    return queryset.order_by("display_name", "pk")


# --- Taxonomy -------------------------------------------------------------------------------------


def taxonomy_terms(language: str) -> tuple[list[Term], list[Term]]:
    """Interests and audiences that define reference ids, named in `language` (French fallback).

    2 queries, then cached per catalogue version (a term edit bumps it): every listing view needs them.
    """
    return catalogue_cached(catalogue_key("terms", language), lambda: _taxonomy_terms(language))


def _taxonomy_terms(language: str) -> tuple[list[Term], list[Term]]:
    result = []
    for model in (Interest, Audience):
        rows = model.objects.filter(locale__language_code__in=languages_for(language)).select_related("locale").order_by("sort_order", "name")
        by_slug: dict[str, Term] = {}
        for row in rows:
            if not row.apidae_reference_ids:
                continue
            existing = by_slug.get(row.slug)
            if existing is None or row.locale.language_code == language:
                by_slug[row.slug] = Term(slug=row.slug, name=row.name, reference_ids=tuple(row.apidae_reference_ids), sort_order=row.sort_order)
        result.append(sorted(by_slug.values(), key=lambda t: (t.sort_order, t.name)))
    return result[0], result[1]


# --- Facets ---------------------------------------------------------------------------------------


@dataclass
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool = False


@dataclass
class Facets:
    kinds: list[FacetValue] = field(default_factory=list)
    interests: list[FacetValue] = field(default_factory=list)
    audiences: list[FacetValue] = field(default_factory=list)
    communes: list[FacetValue] = field(default_factory=list)
    price: list[FacetValue] = field(default_factory=list)
    eco: int = 0
    accessible: int = 0
    #: Offers matching every filter (the kind counts, summed): the listing's page count without a COUNT.
    total: int | None = None


def facet_counts(destination, filters: OfferFilters, interests: list[Term], audiences: list[Term]) -> Facets:
    """Counts per facet value, each facet counted with every filter but its own (disjunctive facets).

    Set arithmetic over the destination's in-memory facet index (see facet_index): no query once the
    index is built, except one for dates and the search itself.
    """
    index = facet_index(destination)
    matcher = Matcher(index, filters)
    facets = Facets()

    offers = matcher.matching(frozenset({"kind"}))
    kinds = {kind: len(offers & ids) for kind, ids in index.kinds.items()}
    facets.kinds = [
        FacetValue(value, str(label), kinds.get(value, 0), value in filters.kinds)
        for value, label in OfferKind.choices
        if kinds.get(value) or value in filters.kinds
    ]
    facets.total = len(matcher.matching())

    for attr, terms, name in (("interests", interests, "interest"), ("audiences", audiences, "audience")):
        offers = matcher.matching(frozenset({name}))
        selected = {t.slug for t in getattr(filters, attr)}
        values = []
        for term in terms:
            count = len(offers & index.tagged([term]))
            if count or term.slug in selected:
                values.append(FacetValue(term.slug, term.name, count, term.slug in selected))
        setattr(facets, attr, values)

    offers = matcher.matching(frozenset({"commune"}))
    communes = []
    for code, ids in index.communes.items():
        count = len(offers & ids)
        if count:
            communes.append(FacetValue(code, index.commune_names[code], count, code in filters.communes))
    facets.communes = sorted(communes, key=lambda v: v.label)

    offers = matcher.matching(frozenset({"price"}))
    facets.price = [
        FacetValue("free", _("Free"), len(offers & index.free), filters.price == "free"),
        FacetValue("paid", _("Paid"), len(offers & index.paid), filters.price == "paid"),
    ]
    facets.eco = len(matcher.matching(frozenset({"eco"})) & index.eco)
    facets.accessible = len(matcher.matching(frozenset({"accessible"})) & index.accessible)
    return facets


def term_counts(destination, terms: list[Term]) -> dict[str, int]:
    """{term slug: published offers of the destination carrying any of the term's reference ids}."""
    index = facet_index(destination)
    return {term.slug: len(index.tagged([term])) for term in terms}


def facets_cache_key(destination, filters: OfferFilters, language: str) -> str:
    """Per destination, language, catalogue version and filters (not the page nor the sort order)."""
    return catalogue_key("facets", destination.pk, language, digest(filters.querystring()))


def cached_facet_counts(destination, filters: OfferFilters, interests: list[Term], audiences: list[Term], language: str) -> Facets:
    """facet_counts, shared by every page and sort order of one filtered listing (per catalogue version)."""
    return catalogue_cached(
        facets_cache_key(destination, filters, language),
        lambda: facet_counts(destination, filters, interests, audiences),
        FACETS_CACHE_SECONDS,
    )


# --- Listing order ---------------------------------------------------------------------------------


def _accent_folding() -> dict[int, str]:
    """Latin letters with diacritics (U+00C0-U+024F) to their base letters, plus the French ligatures."""
    table: dict[int, str] = {ord("œ"): "oe", ord("Œ"): "OE", ord("æ"): "ae", ord("Æ"): "AE"}
    for codepoint in range(0xC0, 0x250):
        base = "".join(ch for ch in unicodedata.normalize("NFKD", chr(codepoint)) if not unicodedata.combining(ch))
        if base and base != chr(codepoint):
            table.setdefault(codepoint, base)
    return table


ACCENT_FOLDING = _accent_folding()


def name_sort_key(name: str) -> str:
    """Case- and accent-insensitive, as a visitor reads an alphabetical list ("Écluse" between "Eau" and
    "Étang", not after "Z" as a byte-wise collation puts it). A table lookup (str.translate): 50,000 names
    in ~30 ms, where a per-character normalisation took 0.5 s."""
    return name.translate(ACCENT_FOLDING).casefold()


def name_order(destination, language: str) -> list[int]:
    """Every published offer id of the destination in display-name order (name in `language`, else French).

    Sorted in Python from two plain reads and cached per catalogue version: at 50,000 offers the same
    ORDER BY took ~200 ms on PostgreSQL in French and ~950 ms in any other language (a correlated
    translation subquery per row), on every page view of an unfiltered listing.
    """

    def compute() -> list[int]:
        names = dict(published_offers(destination).order_by().values_list("pk", "name"))
        if language != FALLBACK_LANGUAGE:
            names.update(
                OfferTranslation.objects.filter(
                    offer_id__in=published_offers(destination).order_by().values("pk"), language_code=language, is_published=True
                )
                .exclude(name="")
                .values_list("offer_id", "name")
            )
        keys = {pk: name_sort_key(name or "") for pk, name in names.items()}
        return sorted(keys, key=lambda pk: (keys[pk], pk))

    return catalogue_cached(catalogue_key("names", destination.pk, language), compute)


def sort_order(destination, sort: str, language: str) -> list[int]:
    """Every published offer id of the destination in a listing order: "name", "newest" (first seen
    first, newest on top) or "date" (next opening on or after today first, then undated; ties by name).

    One plain query each, sorted in Python and cached per catalogue version (and day, for "date"). In SQL,
    "date" ran a correlated period subquery per offer and "newest" sorted the whole filtered set on
    every page view.
    """
    if sort not in ("newest", "date"):
        return name_order(destination, language)

    def compute() -> list[int]:
        offers = published_offers(destination).order_by()
        if sort == "newest":
            seen = offers.values_list("pk", "first_seen_at")
            return [pk for pk, first_seen in sorted(seen, key=lambda row: (row[1] is None, -(row[1].timestamp() if row[1] else 0), row[0]))]
        upcoming = dict(
            OpeningPeriod.objects.filter(offer_id__in=offers.values("pk"), end_date__gte=today())
            .values_list("offer_id")
            .annotate(next_date=Min("start_date"))
        )
        # Python's sort is stable: offers with the same next date (or none) stay in name order.
        return sorted(name_order(destination, language), key=lambda pk: (pk not in upcoming, upcoming.get(pk) or dt.date.max))

    return catalogue_cached(catalogue_key("order", destination.pk, language, sort, today().isoformat()), compute)


def listing_cache_key(destination, filters: OfferFilters, language: str) -> str:
    day = today().isoformat() if filters.sort == "date" else ""
    return catalogue_key("listing", destination.pk, language, digest(f"{filters.querystring()}|{filters.sort}|{day}"))


def listing_offer_ids(destination, filters: OfferFilters, language: str) -> list[int]:
    """Ids of every offer matching `filters`, in the listing's order (`sort_order`, or search rank).

    The matching set comes from the facet index (set arithmetic) and is put in `sort_order`, then cached
    per filter set and catalogue version like the facet counts: a page is then 24 primary keys whatever
    its depth. Ordering in SQL instead walked the name index and tested each offer's criteria until 24
    matched: 70-100 ms on PostgreSQL at 50,000 offers when the matches sort late (offers of one kind and
    theme often share a name prefix).
    """

    def compute() -> list[int]:
        if not filters.active:
            return sort_order(destination, filters.sort, language)
        matching = Matcher(facet_index(destination), filters).matching()
        if filters.sort == "relevance" and filters.search_ids:
            return [pk for pk in filters.search_ids if pk in matching]
        return [pk for pk in sort_order(destination, filters.sort, language) if pk in matching] if matching else []

    return catalogue_cached(listing_cache_key(destination, filters, language), compute)


def offers_in_order(ids: list[int], queryset: QuerySet[Offer] | None = None) -> list[Offer]:
    """These offers (by default with the card fields only), in the order given: 1 query."""
    queryset = card_queryset(Offer.objects.all()) if queryset is None else queryset
    found = queryset.filter(pk__in=list(ids)).in_bulk()
    return [found[pk] for pk in ids if pk in found]


# --- Cards ----------------------------------------------------------------------------------------


# Drawn in the picture box when an offer has no usable photo (the box keeps its size either way).
KIND_ICONS = {
    "accommodation": "star", "restaurant": "wine", "activity": "bike", "event": "sparkles",
    "heritage": "landmark", "nature": "leaf", "tasting": "wine", "shop_service": "map",
    "equipment": "map", "ski_area": "mountain", "package": "heart", "organisation": "globe",
    "territory": "map", "other": "pin",
}


@dataclass
class OfferCard:
    """What a list, a map popup or a landing page shows of one offer."""

    id: int
    title: str
    url: str
    kind: str
    kind_label: str
    icon: str = "star"
    title_lang: str = ""  # set when the title is the French fallback, for lang="fr"
    commune: str = ""
    summary: str = ""
    image_url: str = ""
    image_srcset: str = ""
    image_alt: str = ""
    image_width: int | None = None
    image_height: int | None = None


def offer_slug(offer: Offer) -> str:
    return offer.slug or slugify(offer.name)[:80] or "offer"


def offer_url(offer: Offer) -> str:
    return reverse("catalogue:detail", kwargs={"pk": offer.pk, "slug": offer_slug(offer)})


def pick_translation(translations, language: str):
    by_language = {t.language_code: t for t in translations if t.is_published}
    return by_language.get(language) or by_language.get(FALLBACK_LANGUAGE) or next(iter(by_language.values()), None)


def visible_images(queryset=None):
    queryset = queryset if queryset is not None else OfferImage.objects.all()
    return queryset.filter(Q(publish_until__isnull=True) | Q(publish_until__gte=today())).order_by("offer_id", "position", "pk")


def image_sources(image: OfferImage) -> tuple[str, str, int | None, int | None]:
    """(src, srcset, width, height) for a list-size picture; width/height keep the original's ratio."""
    width, height = image.width, image.height
    src = https(image.url_list or image.url_card or image.url)
    candidates = []
    if image.url_list:
        candidates.append(f"{https(image.url_list)} {LIST_WIDTH}w")
    if image.url_card:
        candidates.append(f"{https(image.url_card)} {CARD_WIDTH}w")
    if image.url and width and width > CARD_WIDTH:
        candidates.append(f"{https(image.url)} {width}w")
    if width and height:
        shown_width = LIST_WIDTH if image.url_list else min(width, CARD_WIDTH)
        return src, ", ".join(candidates), shown_width, round(height * shown_width / width)
    return src, ", ".join(candidates), None, None


def attach_texts_and_images(offers: list[Offer], language: str, *, images: bool = True) -> None:
    """Set `text` (translation or French fallback) and `first_image` on each offer: 2 queries in all."""
    ids = [o.pk for o in offers]
    if not ids:
        return
    texts: dict[int, list] = {}
    for row in OfferTranslation.objects.filter(offer_id__in=ids, language_code__in=languages_for(language), is_published=True):
        texts.setdefault(row.offer_id, []).append(row)
    first: dict[int, OfferImage] = {}
    if images:
        for image in visible_images(OfferImage.objects.filter(offer_id__in=ids)):
            first.setdefault(image.offer_id, image)
    for offer in offers:
        offer.text = pick_translation(texts.get(offer.pk, []), language)
        offer.first_image = first.get(offer.pk)


def build_card(offer: Offer, language: str) -> OfferCard:
    text = getattr(offer, "text", None)
    title = text.name if text else offer.name
    card = OfferCard(
        id=offer.pk,
        title=title,
        url=offer_url(offer),
        kind=offer.kind,
        kind_label=str(OfferKind(offer.kind).label) if offer.kind in OfferKind.values else offer.kind,
        icon=KIND_ICONS.get(offer.kind, "star"),
        title_lang=text.language_code if text and text.language_code != language else "",
        commune=offer.commune.name if offer.commune_id and offer.commune else offer.city,
        summary=(text.short_description if text else "")[:240],
    )
    image = getattr(offer, "first_image", None)
    if image is not None:
        card.image_url, card.image_srcset, card.image_width, card.image_height = image_sources(image)
        captions = image.captions or {}
        card.image_alt = captions.get(language) or captions.get(FALLBACK_LANGUAGE) or ""
    return card


def build_cards(offers, language: str) -> list[OfferCard]:
    offers = list(offers)
    attach_texts_and_images(offers, language)
    return [build_card(o, language) for o in offers]


def card_queryset(queryset: QuerySet[Offer]) -> QuerySet[Offer]:
    return queryset.select_related("commune").only(
        "pk", "name", "slug", "kind", "city", "commune__name", "commune__insee_code", "first_seen_at"
    )


# --- Search ---------------------------------------------------------------------------------------


def _search_backend_kind() -> str:
    """Which offer search runs: "sqlite-fts" / "postgres-fts" (modelsearch's database backend, read
    directly), else "other" (Elasticsearch: its own query through Wagtail search)."""
    from wagtail.search.backends import get_search_backend

    backend = get_search_backend()
    module = type(backend).__module__
    if connection.vendor == "sqlite" and module.startswith("modelsearch.backends.database.sqlite"):
        return "sqlite-fts"
    if connection.vendor == "postgresql" and module.startswith("modelsearch.backends.database.postgres"):
        return "postgres-fts"
    return "other"


def fts5_query(query: str) -> str:
    """The visitor's words as an FTS5 query: every word a quoted string (double quotes dropped), all required.

    Quoting makes FTS5 operators (AND, OR, NOT, NEAR, *, ^, :, parentheses) plain words; a word without
    any letter or digit would be an empty phrase and is left out. "" when nothing is left.
    """
    words = []
    for word in query.split():
        word = word.replace('"', "")
        if any(ch.isalnum() for ch in word) and f'"{word}"' not in words:
            words.append(f'"{word}"')
    return " AND ".join(words)


def _sqlite_fts_translation_offer_ids(query: str, languages: list[str], limit: int) -> list[int]:
    """Offer ids of the best `limit` published texts matching `query`, read from modelsearch's FTS5 table.

    Same match as the backend (`{title body} : (...)`, every word required) and the same order (bm25:
    OfferTranslation has no "title" field, so the backend's title_norm factor is 1 for every row and its
    score is 2 × bm25), but FTS5 orders and cuts the matches itself instead of a correlated score
    subquery per candidate row.
    """
    from django.contrib.contenttypes.models import ContentType
    from modelsearch.conf import get_app_config

    match = fts5_query(query)
    if not match:
        return []
    config = get_app_config()
    entries = config.get_model("IndexEntry")._meta.db_table
    fts = config.get_model("SQLiteFTSIndexEntry")._meta.db_table
    texts = OfferTranslation._meta.db_table
    content_type = ContentType.objects.get_for_model(OfferTranslation).pk
    placeholders = ", ".join(["%s"] * len(languages))
    sql = (
        f"SELECT t.offer_id FROM {fts} JOIN {entries} AS e ON e.id = {fts}.rowid "  # noqa: S608 - table names from models
        f"JOIN {texts} AS t ON t.id = CAST(e.object_id AS INTEGER) "
        f"WHERE {fts} MATCH %s AND e.content_type_id = %s AND t.language_code IN ({placeholders}) AND t.is_published "
        f"ORDER BY bm25({fts}), t.id DESC LIMIT %s"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [f"{{title body}} : ({match})", content_type, *languages, limit])
        return [row[0] for row in cursor.fetchall()]


def _postgres_fts_translation_offer_ids(query: str, languages: list[str], limit: int) -> list[int]:
    """Offer ids of the best `limit` published texts matching `query`, read from modelsearch's index table.

    The backend's own query ANDs nothing (its default operator is OR) and matches `title || body`, a
    concatenation no index covers, so PostgreSQL scans and ranks every entry (measured in
    bench/catalogue_bench.py --db postgres). Here every word is required, as in the SQLite path, with
    `plainto_tsquery` in the backend's text search configuration (the one the index was built with),
    matched on `body` alone: OfferTranslation has no `title` field, so its index `title` is empty and
    `body` holds every searchable text. That match uses the GIN index on `body`; the order is the
    backend's (`ts_rank`, then newest first).
    """
    from django.contrib.contenttypes.models import ContentType
    from modelsearch.conf import get_app_config
    from wagtail.search.backends import get_search_backend

    words = " ".join(query.split())
    if not any(ch.isalnum() for ch in words):
        return []
    config = getattr(get_search_backend(), "config", None)
    tsquery = "plainto_tsquery(%s::regconfig, %s)" if config else "plainto_tsquery(%s)"
    query_params = [config, words] if config else [words]
    entries = get_app_config().get_model("IndexEntry")._meta.db_table
    texts = OfferTranslation._meta.db_table
    content_type = ContentType.objects.get_for_model(OfferTranslation).pk
    # The tsquery is written in the WHERE clause (not as a FROM item) so that the planner sees a
    # constant it can use as the GIN index condition.
    sql = (
        f"SELECT t.offer_id FROM {entries} AS e JOIN {texts} AS t ON t.id = e.object_id::bigint "  # noqa: S608 - names from models
        f"WHERE e.content_type_id = %s AND e.body @@ {tsquery} "
        "AND t.language_code = ANY(%s) AND t.is_published "
        f"ORDER BY ts_rank(e.body, {tsquery}) DESC, t.id DESC LIMIT %s"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [content_type, *query_params, languages, *query_params, limit])
        return [row[0] for row in cursor.fetchall()]


def search_offer_ids(query: str, language: str, limit: int = SEARCH_LIMIT) -> list[int]:
    """Offer ids matching `query` in the visitor's language or French, best first (bounded).

    Cached per catalogue version, language and words (visitors repeat the same few searches, and ranking
    thousands of matches is the costly part: 75-125 ms for a common word at 50,000 offers on PostgreSQL).
    """
    query = " ".join((query or "").split())[:200]
    if not query:
        return []
    key = catalogue_key("search", language, limit, digest(query.casefold()))
    return catalogue_cached(key, lambda: _search_offer_ids(query, language, limit))


def _search_offer_ids(query: str, language: str, limit: int) -> list[int]:
    kind = _search_backend_kind()
    if kind in ("sqlite-fts", "postgres-fts"):
        direct = _sqlite_fts_translation_offer_ids if kind == "sqlite-fts" else _postgres_fts_translation_offer_ids
        try:
            with transaction.atomic():  # a failed statement must not break the request's transaction
                rows = direct(query, languages_for(language), limit)
        except DatabaseError:
            logger.exception("Full-text offer search failed for %r", query)
            rows = []
    else:
        texts = OfferTranslation.objects.filter(language_code__in=languages_for(language), is_published=True)
        rows = [row.offer_id for row in texts.search(query, fields=None)[:limit]]
    ids: list[int] = []
    seen = set()
    for offer_id in rows:
        if offer_id not in seen:
            seen.add(offer_id)
            ids.append(offer_id)
    return ids


def search_is_capped(search_ids: list[int] | None) -> bool:
    """Whether the search kept only its best SEARCH_LIMIT matches (so a count is a lower bound)."""
    return bool(search_ids) and len(search_ids) >= SEARCH_LIMIT


def search_destination_offers(destination, query: str, language: str, limit: int = 24) -> tuple[list[OfferCard], int, bool]:
    """The destination's published offers matching `query`, in search rank order: (cards, total, whether
    the total is a lower bound because the search kept only its best SEARCH_LIMIT matches)."""
    filters = OfferFilters(q=query, sort="relevance")
    filters.search_ids = search_offer_ids(query, language)
    if not filters.search_ids:
        return [], 0, False
    ordered = listing_offer_ids(destination, filters, language)
    return build_cards(offers_in_order(ordered[:limit]), language), len(ordered), search_is_capped(filters.search_ids)


# --- Map ------------------------------------------------------------------------------------------


def map_points(queryset: QuerySet[Offer], language: str, limit: int = MAP_LIMIT) -> tuple[list[dict], bool]:
    """[{id, name, lat, lon, url, kind}] of geolocated offers (1 query), and whether it was cut at `limit`."""
    rows = list(
        with_display_name(queryset.filter(latitude__isnull=False, longitude__isnull=False), language)
        .order_by("pk")
        .values_list("pk", "slug", "name", "display_name", "latitude", "longitude", "kind")[: limit + 1]
    )
    template = reverse("catalogue:detail", kwargs={"pk": 999999999, "slug": "slug-placeholder"})
    points = []
    for pk, slug, name, display_name, lat, lon, kind in rows[:limit]:
        slug = slug or slugify(name)[:80] or "offer"
        url = template.replace("999999999", str(pk)).replace("slug-placeholder", slug)
        points.append({"id": pk, "name": display_name, "lat": round(lat, 6), "lon": round(lon, 6), "url": url, "kind": kind})
    return points, len(rows) > limit


# --- Detail ---------------------------------------------------------------------------------------


def offer_detail(destination, pk: int, language: str) -> Offer | None:
    """One published offer of this destination with everything the page shows, in 6 queries."""
    offer = (
        published_offers(destination)
        .select_related("commune")
        .prefetch_related(
            Prefetch("translations", queryset=OfferTranslation.objects.filter(language_code__in=languages_for(language))),
            Prefetch("periods", queryset=OpeningPeriod.objects.order_by("start_date", "position", "pk")),
            Prefetch("images", queryset=visible_images(), to_attr="visible_images"),
            Prefetch("criteria", queryset=ReferenceElement.objects.order_by("element_type", "source_id")),
        )
        .filter(pk=pk)
        .first()
    )
    if offer is not None:
        offer.text = pick_translation(offer.translations.all(), language)
    return offer


def audience_terms_of(offer: Offer, audiences: list[Term]) -> list[Term]:
    ids = {c.source_id for c in offer.criteria.all() if c.source == "apidae"}
    return [t for t in audiences if ids.intersection(t.reference_ids)]


# --- Events ---------------------------------------------------------------------------------------


def event_occurrences(destination, date_from: dt.date | None, date_to: dt.date | None) -> QuerySet[OpeningPeriod]:
    """Every period of the destination's published events overlapping [date_from, date_to], by date."""
    events = published_offers(destination).filter(kind=OfferKind.EVENT).values("pk")
    periods = OpeningPeriod.objects.filter(offer_id__in=events)
    if date_from:
        periods = periods.filter(end_date__gte=date_from)
    if date_to:
        periods = periods.filter(start_date__lte=date_to)
    return periods.select_related("offer", "offer__commune").order_by("start_date", "end_date", "offer__name", "pk")


# --- Landing pages --------------------------------------------------------------------------------


class OfferSelection(list):
    """A list of cards that also knows the filtered listing it was drawn from."""

    listing_url: str = ""
    total: int = 0


def landing_offers(destination, term, *, kind: str, language: str, limit: int = LANDING_LIMIT) -> OfferSelection:
    """Offers whose criteria intersect the term's reference ids.

    For a visitor typology ("audience"), offers tagged for it come first, then the offers tagged for no
    typology at all ("for all audiences"); offers tagged only for another typology are left out.
    """
    selection = OfferSelection()
    ids = list(getattr(term, "apidae_reference_ids", None) or [])
    if destination is None or not ids:
        return selection
    queryset = published_offers(destination).annotate(tagged=tagged_with(ids))
    if kind == "audience":
        all_typologies = {ref for refs in Audience.objects.values_list("apidae_reference_ids", flat=True) for ref in (refs or [])}
        queryset = queryset.annotate(any_typology=tagged_with(all_typologies)).filter(Q(tagged=True) | Q(any_typology=False))
    else:
        queryset = queryset.filter(tagged=True)
    queryset = with_display_name(card_queryset(queryset), language).order_by(F("tagged").desc(), "display_name", "pk")
    selection.extend(build_cards(queryset[:limit], language))
    selection.listing_url = f"{reverse('catalogue:list')}?{kind}={term.slug}"
    return selection
