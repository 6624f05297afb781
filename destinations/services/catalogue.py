"""Writing source-agnostic `OfferRecord`s into the offer catalogue (upsert, unpublish, search index).

Adapters (`apidae_sync`, tomorrow DATAtourisme or Tourinsoft) map their documents into
`destinations.catalogue_records` dataclasses and hand them to `apply_records`; nothing here knows any
source's JSON. Design points:

- **Batches, not rows.** Records are consumed `BATCH_SIZE` at a time: what is stored of the batch's offers
  is fetched in one query, new and changed offers are written by one upsert (`INSERT … ON CONFLICT (source,
  source_id) DO UPDATE`, much cheaper than `bulk_update`'s `CASE WHEN` per column), and the child tables
  (texts, periods, photos, criteria, destinations, raw document) are rewritten only for the offers that
  changed, with a handful of bulk queries per batch. The whole of a batch costs O(1) queries, not O(rows).
- **Unchanged means no write at all.** A record whose `source_modified_at` and content fingerprint
  (sha256 of its canonical JSON) equal the stored ones, whose offer is published and already linked to the
  right destinations, is counted `unchanged` and not touched (`synced_at` keeps its value).
- **Never delete.** Offers that left the source are unpublished (`is_published=False` plus a reason);
  links, reviews or stays pointing at them keep working.
- **Search index.** Bulk writes send no `post_save` signals, so the texts that changed are (re)indexed
  here, in bulk (`backend.add_bulk`, `INDEX_BATCH_SIZE` texts a call), once the surrounding transaction
  has committed (`transaction.on_commit`: a rolled-back sync leaves no trace in an external index such as
  Elasticsearch either). The work is queued as background tasks (django-tasks `index_translations_task`,
  run by `manage.py db_worker`; inline with the ImmediateBackend of the tests): computing the search
  vectors costs about as much as writing the catalogue (PostgreSQL, 5,000 offers × 6 languages: ~27 s),
  so a sync run no longer waits for it and the index follows within the worker's delay. If the queue
  cannot be reached, the texts are indexed at once, as before.
- **Transactions.** `apply_records` runs in `transaction.atomic()`; callers that need all-or-nothing over
  several calls (a sync run) wrap everything in their own outer transaction.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import logging
import re
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from itertools import islice

from django.conf import settings
from django.db import connections, reset_queries, transaction
from django.db.models import JSONField, QuerySet, Value
from django.dispatch import Signal
from django.utils import timezone
from django.utils.text import slugify
from django_tasks import task

from destinations.catalogue_records import OfferRecord, ReferenceRecord
from destinations.models import (
    Commune,
    Destination,
    Offer,
    OfferImage,
    OfferKind,
    OfferSource,
    OfferTranslation,
    OpeningPeriod,
    ReferenceElement,
)

logger = logging.getLogger(__name__)

#: Sent (after commit) when `apply_records` or `unpublish_offers` changed offers, with `source` and
#: `count`. Bulk writes send no `post_save`, so caches of public pages listen to this instead.
catalogue_changed = Signal()

BATCH_SIZE = 500
#: Texts (re)indexed per `add_bulk` call and per indexing task. Large on purpose: the database search
#: backends recompute an aggregate over the whole index after every call (PostgreSQL: `_refresh_title_norms`).
INDEX_BATCH_SIZE = 5000
INSEE_RE = re.compile(r"^[0-9][0-9AB][0-9]{3}$")

#: progress(done, total_or_None) called after each batch.
ApplyProgress = Callable[[int, int | None], None]

OFFER_UPDATE_FIELDS = [
    "source_type",
    "kind",
    "name",
    "slug",
    "latitude",
    "longitude",
    "commune",
    "street_address",
    "postal_code",
    "city",
    "is_free",
    "price_min",
    "price_max",
    "prices",
    "has_eco_label",
    "is_accessible",
    "contact_means",
    "booking_links",
    "selection_ids",
    "is_published",
    "unpublished_reason",
    "is_generated",
    "source_modified_at",
    "content_hash",
    "synced_at",
]
TRANSLATION_FIELDS = ["name", "short_description", "description", "opening_summary", "price_summary", "is_published"]


@dataclass
class ApplyResult:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: int = 0
    skipped_notes: list[str] = field(default_factory=list)
    #: source ids of every record received (applied or unchanged), to find what left the source.
    seen_source_ids: set[str] = field(default_factory=set)

    def merge(self, other: ApplyResult) -> None:
        self.created += other.created
        self.updated += other.updated
        self.unchanged += other.unchanged
        self.failed += other.failed
        self.skipped_notes.extend(other.skipped_notes)
        self.seen_source_ids |= other.seen_source_ids


# -- fingerprint ---------------------------------------------------------------------------------------


def content_hash(record: OfferRecord) -> str:
    """sha256 of the record's canonical JSON (without the raw document and the mapper's notes).

    Everything the catalogue stores from a record is in the hash, so an equal hash means "no change to
    write"; the raw document is left out because it changes only with the source's modification date,
    which is compared on its own.
    """
    data = {
        f.name: _plain(getattr(record, f.name)) for f in dataclasses.fields(record) if f.name not in ("raw", "skipped")
    }
    payload = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _plain(value: object) -> object:
    """Dataclasses, Decimals, dates… → JSON-ready values (without copying the raw document)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, set):
        return sorted((_plain(v) for v in value), key=repr)
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    return value


# -- helpers -------------------------------------------------------------------------------------------


def _raw_delete(queryset: QuerySet) -> int:
    """One DELETE statement, no per-row signals: for rows nothing listens to individually (periods,
    photos, M2M links, staging). Catalogue-wide listeners get `catalogue_changed` instead. A plain
    `.delete()` would load every row (and its JSON) into memory because project-wide `post_delete`
    receivers exist."""
    return queryset._raw_delete(queryset.db)


def json_value(value: object) -> Value:
    """A big JSON value to `bulk_create` (raw and staged documents), as an expression rather than a plain value.

    On PostgreSQL, Django 5.2 sends a `bulk_create` of plain values as one array per column (`UNNEST`), and
    psycopg escapes the `"` of every array element in Python, one regex replacement each: for documents of
    several kB of JSON this cost as much as the rest of a sync. A row holding an expression keeps the plain
    `VALUES (…), (…)` list, whose JSON parameters are quoted by libpq. Same SQL result on every database.
    """
    return Value(value, output_field=JSONField())


def _batches(items: Iterable[OfferRecord], size: int) -> Iterator[list[OfferRecord]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def _cut(value: str | None, length: int) -> str:
    return (value or "")[:length]


def _offer_slug(record: OfferRecord) -> str:
    return slugify(record.name)[:80].strip("-") or f"offer-{slugify(record.source_id)}"[:80]


def _price_bounds(record: OfferRecord) -> tuple[Decimal | None, Decimal | None, list[dict]]:
    minimums = [p.minimum for p in record.prices if p.minimum is not None]
    maximums = [p.maximum for p in record.prices if p.maximum is not None]
    prices = [
        {
            "label": dict(p.label),
            "min": str(p.minimum) if p.minimum is not None else None,
            "max": str(p.maximum) if p.maximum is not None else None,
        }
        for p in record.prices
    ]
    low = min(minimums + maximums) if (minimums or maximums) else None
    high = max(maximums + minimums) if (minimums or maximums) else None
    return _decimal_or_none(low), _decimal_or_none(high), prices


def _decimal_or_none(value: Decimal | None) -> Decimal | None:
    if value is None:
        return None
    value = Decimal(value).quantize(Decimal("0.01"))
    return value if abs(value) < Decimal("10000000") else None  # max_digits=9, decimal_places=2


def _kind(record: OfferRecord) -> str:
    return record.kind if record.kind in OfferKind.values else OfferKind.OTHER


def destination_map(destinations: Iterable[Destination] | None = None) -> dict[int, list[Destination]]:
    """{selection id: [destinations listing it]} over all destinations (or the given ones)."""
    mapping: dict[int, list[Destination]] = {}
    for destination in destinations if destinations is not None else Destination.objects.all():
        for selection_id in destination.apidae_selection_ids or []:
            mapping.setdefault(int(selection_id), []).append(destination)
    return mapping


def _destination_ids(selection_ids: Iterable[int], destination_by_selection: dict[int, list[Destination]]) -> set[int]:
    return {d.pk for s in selection_ids for d in destination_by_selection.get(int(s), [])}


# -- validation ----------------------------------------------------------------------------------------


def _invalid(record: object) -> str | None:
    if not isinstance(record, OfferRecord):
        return f"not an OfferRecord: {type(record).__name__}"
    if not record.source_id or len(str(record.source_id)) > 40:
        return "missing or too long source id"
    if not record.texts or not record.name:
        return f"{record.source}:{record.source_id}: no name in any language"
    return None


# -- apply ---------------------------------------------------------------------------------------------


def apply_records(
    records: Iterable[OfferRecord],
    *,
    source: str,
    destination_by_selection: dict[int, list[Destination]],
    full: bool,
    progress: ApplyProgress | None = None,
    total: int | None = None,
    batch_size: int | None = None,
) -> ApplyResult:
    """Upsert offers by `(source, source_id)`; see the module docstring.

    `full=True` rewrites every offer, even unchanged ones (e.g. after a mapping change). Records of
    another source, or without an id or a name, are counted `failed` and noted in `skipped_notes`.
    """
    result = ApplyResult()
    done = 0
    to_index: list[int] = []
    with transaction.atomic():
        for batch in _batches(records, batch_size or BATCH_SIZE):
            result.merge(_apply_batch(batch, source, destination_by_selection, full, to_index))
            forget_queries()
            done += len(batch)
            if progress:
                progress(done, total)
        if to_index:
            # Once, after commit, for the whole call: few big `add_bulk` calls (see INDEX_BATCH_SIZE).
            transaction.on_commit(lambda: index_translations_later(to_index))
    return result


def _apply_batch(
    batch: Sequence[OfferRecord],
    source: str,
    destination_by_selection: dict[int, list[Destination]],
    full: bool,
    to_index: list[int],
) -> ApplyResult:
    result = ApplyResult()
    by_id: dict[str, OfferRecord] = {}
    for record in batch:
        problem = _invalid(record)
        if problem is None and record.source != source:
            problem = f"{record.source}:{record.source_id}: record of source {record.source!r}, expected {source!r}"
        if problem:
            result.failed += 1
            result.skipped_notes.append(problem)
            continue
        for note in record.skipped:
            result.skipped_notes.append(f"{record.source}:{record.source_id}: {note}")
        by_id[str(record.source_id)] = record  # a duplicate in the batch: the last one wins
    result.seen_source_ids = set(by_id)
    if not by_id:
        return result

    existing = {
        o.source_id: o
        for o in Offer.objects.filter(source=source, source_id__in=list(by_id)).only(
            "pk", "source_id", "is_published", "source_modified_at", "content_hash"
        )
    }
    through = Offer.destinations.through
    linked: dict[int, set[int]] = {}
    for offer_id, destination_id in through.objects.filter(offer_id__in=[o.pk for o in existing.values()]).values_list(
        "offer_id", "destination_id"
    ):
        linked.setdefault(offer_id, set()).add(destination_id)

    hashes = {sid: content_hash(r) for sid, r in by_id.items()}
    wanted_destinations = {sid: _destination_ids(r.selection_ids, destination_by_selection) for sid, r in by_id.items()}
    changed: list[str] = []
    for sid, record in by_id.items():
        offer = existing.get(sid)
        if (
            offer is not None
            and not full
            and offer.is_published
            and offer.source_modified_at == record.source_modified_at
            and offer.content_hash == hashes[sid]
            and linked.get(offer.pk, set()) == wanted_destinations[sid]
        ):
            result.unchanged += 1
        else:
            changed.append(sid)
    if not changed:
        return result

    communes = _resolve_communes([by_id[sid] for sid in changed])
    now = timezone.now()
    offers: dict[str, Offer] = {}
    for sid in changed:
        # New instances for stored offers too: the upsert matches them by (source, source_id), and writes
        # only OFFER_UPDATE_FIELDS to a stored row (`first_seen_at` keeps its value).
        offer = offers[sid] = Offer(source=source, source_id=sid)
        _fill_offer(offer, by_id[sid], hashes[sid], communes, now)
    _upsert_offers(list(offers.values()), source)
    created = sum(1 for sid in changed if sid not in existing)
    result.created += created
    result.updated += len(changed) - created

    to_index.extend(_replace_children(offers, by_id, wanted_destinations, now))
    _notify_changed(source, len(offers))
    return result


def _upsert(model, rows: list, unique_fields: list[str], update_fields: list[str]) -> None:
    """`INSERT … ON CONFLICT (unique_fields) DO UPDATE`, `BATCH_SIZE` rows a statement."""
    model.objects.bulk_create(
        rows, batch_size=BATCH_SIZE, update_conflicts=True, unique_fields=unique_fields, update_fields=update_fields
    )


def _upsert_offers(offers: list[Offer], source: str) -> None:
    """One `INSERT … ON CONFLICT (source, source_id) DO UPDATE` per batch; sets every offer's pk."""
    _upsert(Offer, offers, ["source", "source_id"], OFFER_UPDATE_FIELDS)
    # PostgreSQL returns the ids of inserted and updated rows in order (`RETURNING`); elsewhere (SQLite
    # may return none, or not in order, for an upsert) they are read back by source id, one query.
    if connections[Offer.objects.db].vendor != "postgresql" or any(o.pk is None for o in offers):
        ids = dict(
            Offer.objects.filter(source=source, source_id__in=[o.source_id for o in offers]).values_list("source_id", "pk")
        )
        for offer in offers:
            offer.pk = ids[offer.source_id]


def _fill_offer(offer: Offer, record: OfferRecord, fingerprint: str, communes: dict[str, Commune], now) -> None:
    price_min, price_max, prices = _price_bounds(record)
    offer.source_type = _cut(record.source_type, 60)
    offer.kind = _kind(record)
    offer.name = _cut(record.name, 255)
    offer.slug = _offer_slug(record)
    offer.latitude = record.latitude
    offer.longitude = record.longitude
    offer.commune = communes.get(record.commune_insee or "")
    offer.street_address = _cut(record.street_address, 255)
    offer.postal_code = _cut(record.postal_code, 10)
    offer.city = _cut(record.city, 120)
    offer.is_free = record.is_free
    offer.price_min = price_min
    offer.price_max = price_max
    offer.prices = prices
    offer.has_eco_label = bool(record.has_eco_label)
    offer.is_accessible = bool(record.is_accessible)
    offer.contact_means = list(record.contact_means)
    offer.booking_links = list(record.booking_links)
    offer.selection_ids = sorted({int(s) for s in record.selection_ids})
    offer.is_published = True
    offer.unpublished_reason = ""
    offer.is_generated = bool(record.is_generated)
    offer.source_modified_at = record.source_modified_at
    offer.content_hash = fingerprint
    offer.synced_at = now


def _resolve_communes(records: Sequence[OfferRecord]) -> dict[str, Commune]:
    """{INSEE code: Commune}, creating the communes not known yet (and filling a missing Apidae id)."""
    wanted: dict[str, OfferRecord] = {}
    for record in records:
        code = (record.commune_insee or "").strip().upper()
        if code and INSEE_RE.match(code):
            record.commune_insee = code
            wanted.setdefault(code, record)
    if not wanted:
        return {}
    known = {c.insee_code: c for c in Commune.objects.filter(insee_code__in=list(wanted))}
    apidae_ids = {r.commune_source_id for r in wanted.values() if r.commune_source_id}
    taken = set(Commune.objects.filter(apidae_id__in=apidae_ids).values_list("apidae_id", flat=True)) if apidae_ids else set()
    missing = []
    to_fill = []
    for code, record in wanted.items():
        apidae_id = record.commune_source_id if record.commune_source_id and record.commune_source_id not in taken else None
        if apidae_id:
            taken.add(apidae_id)
        commune = known.get(code)
        if commune is None:
            missing.append(
                Commune(
                    insee_code=code,
                    name=_cut(record.commune_name or record.city or code, 120),
                    postal_code=_cut(record.postal_code, 5),
                    apidae_id=apidae_id,
                )
            )
        elif commune.apidae_id is None and apidae_id:
            commune.apidae_id = apidae_id
            to_fill.append(commune)
    if missing:
        Commune.objects.bulk_create(missing, ignore_conflicts=True)
        known.update({c.insee_code: c for c in Commune.objects.filter(insee_code__in=[m.insee_code for m in missing])})
    if to_fill:
        Commune.objects.bulk_update(to_fill, ["apidae_id"])
    return known


def upsert_reference_elements(references: Iterable[ReferenceRecord], source: str) -> dict[int, int]:
    """Create or complete `ReferenceElement`s; returns {source id: pk}. Labels are merged, never blanked."""
    wanted: dict[int, ReferenceRecord] = {}
    for ref in references:
        merged = wanted.get(ref.source_id)
        if merged is None:
            wanted[ref.source_id] = ReferenceRecord(ref.source_id, ref.element_type, dict(ref.labels), ref.family_id)
        else:
            merged.labels.update(ref.labels)
            merged.element_type = merged.element_type or ref.element_type
            merged.family_id = merged.family_id or ref.family_id
    if not wanted:
        return {}
    known = {e.source_id: e for e in ReferenceElement.objects.filter(source=source, source_id__in=list(wanted))}
    to_create, to_update = [], []
    for source_id, ref in wanted.items():
        element = known.get(source_id)
        if element is None:
            to_create.append(
                ReferenceElement(
                    source=source,
                    source_id=source_id,
                    element_type=_cut(ref.element_type, 80),
                    labels=ref.labels,
                    family_id=ref.family_id,
                )
            )
            continue
        labels = {**element.labels, **ref.labels}
        element_type = element.element_type or _cut(ref.element_type, 80)
        family_id = ref.family_id if ref.family_id is not None else element.family_id
        if (labels, element_type, family_id) != (element.labels, element.element_type, element.family_id):
            element.labels, element.element_type, element.family_id = labels, element_type, family_id
            to_update.append(element)
    if to_create:
        ReferenceElement.objects.bulk_create(to_create, ignore_conflicts=True)
    if to_update:
        ReferenceElement.objects.bulk_update(to_update, ["labels", "element_type", "family_id"])
    return dict(
        ReferenceElement.objects.filter(source=source, source_id__in=list(wanted)).values_list("source_id", "pk")
    )


def _replace_children(
    offers: dict[str, Offer], records: dict[str, OfferRecord], wanted_destinations: dict[str, set[int]], now
) -> list[int]:
    """Rewrite texts, periods, photos, criteria, destinations and raw documents of changed offers.

    Returns the pks of the texts written (to index). Texts are updated in place (not deleted and
    re-created) so that their pks, hence their search-index entries, stay stable.
    """
    offer_ids = [o.pk for o in offers.values()]
    source = next(iter(offers.values())).source

    # Texts.
    current = {(t.offer_id, t.language_code): t for t in OfferTranslation.objects.filter(offer_id__in=offer_ids)}
    keep: set[tuple[int, str]] = set()
    new_texts, changed_texts = [], []
    for sid, offer in offers.items():
        for language, texts in records[sid].texts.items():
            key = (offer.pk, _cut(language, 10))
            keep.add(key)
            values = {
                "name": _cut(texts.name or offer.name, 255),
                "short_description": texts.short_description or "",
                "description": texts.description or "",
                "opening_summary": texts.opening_summary or "",
                "price_summary": texts.price_summary or "",
                "is_published": True,
            }
            row = current.get(key)
            if row is None:
                new_texts.append(OfferTranslation(offer_id=offer.pk, language_code=key[1], **values))
            elif any(getattr(row, k) != v for k, v in values.items()):
                for k, v in values.items():
                    setattr(row, k, v)
                changed_texts.append(row)
    gone = [t.pk for key, t in current.items() if key not in keep]
    if gone:
        # Rare (a language removed at the source): the per-row delete signals also drop the index entries.
        OfferTranslation.objects.filter(pk__in=gone).delete()
    if new_texts:
        OfferTranslation.objects.bulk_create(new_texts, batch_size=BATCH_SIZE)
        if any(t.pk is None for t in new_texts):
            lookup = {
                (t.offer_id, t.language_code): t.pk
                for t in OfferTranslation.objects.filter(offer_id__in=offer_ids).only("pk", "offer_id", "language_code")
            }
            for text in new_texts:
                text.pk = lookup[(text.offer_id, text.language_code)]
    if changed_texts:
        # An upsert on (offer, language_code), like the offers': the row keeps its pk (hence its index
        # entry), and the cost is linear, unlike `bulk_update`'s CASE WHEN per column and row.
        _upsert(OfferTranslation, changed_texts, ["offer", "language_code"], TRANSLATION_FIELDS)

    # Periods and photos: replaced wholesale (no identity of their own in the source).
    _raw_delete(OpeningPeriod.objects.filter(offer_id__in=offer_ids))
    _raw_delete(OfferImage.objects.filter(offer_id__in=offer_ids))
    periods, images = [], []
    for sid, offer in offers.items():
        record = records[sid]
        for position, p in enumerate(record.periods):
            periods.append(
                OpeningPeriod(
                    offer_id=offer.pk,
                    position=position,
                    start_date=p.start_date,
                    end_date=p.end_date,
                    every_year=p.every_year,
                    opening_time=p.opening_time,
                    closing_time=p.closing_time,
                    period_type=_cut(p.period_type, 60),
                    weekdays=list(p.weekdays),
                    details=dict(p.details),
                )
            )
        for position, image in enumerate(record.images):
            if not image.url or len(image.url) > 500:
                continue
            images.append(
                OfferImage(
                    offer_id=offer.pk,
                    position=position,
                    url=image.url,
                    url_list=image.url_list if len(image.url_list or "") <= 500 else "",
                    url_card=image.url_card if len(image.url_card or "") <= 500 else "",
                    width=image.width if image.width and image.width > 0 else None,
                    height=image.height if image.height and image.height > 0 else None,
                    captions=dict(image.captions),
                    credit=_cut(image.credit, 255),
                    publish_until=image.publish_until,
                )
            )
    OpeningPeriod.objects.bulk_create(periods, batch_size=BATCH_SIZE)
    OfferImage.objects.bulk_create(images, batch_size=BATCH_SIZE)

    # Criteria.
    element_pks = upsert_reference_elements((ref for r in records.values() for ref in r.references), source)
    criteria_through = Offer.criteria.through
    _raw_delete(criteria_through.objects.filter(offer_id__in=offer_ids))
    criteria_through.objects.bulk_create(
        [
            criteria_through(offer_id=offer.pk, referenceelement_id=element_pks[ref_id])
            for sid, offer in offers.items()
            for ref_id in {ref.source_id for ref in records[sid].references}
            if ref_id in element_pks
        ],
        batch_size=BATCH_SIZE,
        ignore_conflicts=True,
    )

    # Destinations.
    destinations_through = Offer.destinations.through
    _raw_delete(destinations_through.objects.filter(offer_id__in=offer_ids))
    destinations_through.objects.bulk_create(
        [
            destinations_through(offer_id=offer.pk, destination_id=destination_id)
            for sid, offer in offers.items()
            for destination_id in wanted_destinations[sid]
        ],
        batch_size=BATCH_SIZE,
        ignore_conflicts=True,
    )

    # Raw documents: one upsert (a stored document is replaced), not a `bulk_update` of big JSON values.
    OfferSource.objects.bulk_create(
        [
            OfferSource(offer_id=offer.pk, payload=json_value(records[sid].raw), fetched_at=now)
            for sid, offer in offers.items()
            if records[sid].raw is not None
        ],
        batch_size=BATCH_SIZE,
        update_conflicts=True,
        unique_fields=["offer"],
        update_fields=["payload", "fetched_at"],
    )

    return [t.pk for t in new_texts] + [t.pk for t in changed_texts]


# -- planner statistics -----------------------------------------------------------------------------

#: A run that wrote at least this share of the catalogue (or STATISTICS_MIN_ROWS offers) refreshes the
#: database's planner statistics at once.
STATISTICS_MIN_SHARE = 0.1
STATISTICS_MIN_ROWS = 1000


def catalogue_tables() -> list[str]:
    """The tables a sync writes in bulk (offers, their child rows, links, search index entries)."""
    from modelsearch.conf import get_app_config

    models_ = [Offer, OfferTranslation, OpeningPeriod, OfferImage, OfferSource, ReferenceElement]
    tables = [m._meta.db_table for m in models_]
    tables += [Offer.criteria.through._meta.db_table, Offer.destinations.through._meta.db_table]
    tables.append(get_app_config().get_model("IndexEntry")._meta.db_table)
    return tables


def refresh_statistics_after(changed_offers: int) -> bool:
    """Refresh the planner statistics of the catalogue tables after a big write; True when it ran.

    Why: the listing's plans (hash join or index walk, which index) depend on row counts and value
    distributions. After a first import of 50,000 offers, PostgreSQL still believed the tables nearly
    empty and picked nested loops that made the listing 3-10 times slower (bench/catalogue_bench.py),
    until autovacuum's next ANALYZE, which may come much later (or never, where autovacuum is off).
    On PostgreSQL, VACUUM (ANALYZE) also sets the visibility map, so counts can use index-only scans;
    inside a transaction (tests) only ANALYZE can run. SQLite: ANALYZE fills sqlite_stat1.
    """
    total = Offer.objects.count()
    if changed_offers < STATISTICS_MIN_ROWS and changed_offers < total * STATISTICS_MIN_SHARE:
        return False
    connection = connections[Offer.objects.db]
    vendor = connection.vendor
    if vendor not in ("postgresql", "sqlite"):
        return False
    quote = connection.ops.quote_name
    command = "ANALYZE" if vendor == "sqlite" or connection.in_atomic_block else "VACUUM (ANALYZE)"
    started = time.monotonic()
    tables = catalogue_tables()
    with connection.cursor() as cursor:
        for table in tables:
            cursor.execute(f"{command} {quote(table)}")
    logger.info("%s of %d catalogue tables in %.1f s", command, len(tables), time.monotonic() - started)
    return True


# -- unpublish -----------------------------------------------------------------------------------------


def unpublish_missing(source: str, seen_source_ids: Iterable[str] | None, reason: str, *, only_ids: Iterable[str] | None = None) -> int:
    """Unpublish (never delete) published offers of `source`.

    Either every published offer whose id is *not* in `seen_source_ids` (a full picture of the source), or,
    with `only_ids`, exactly those ids (a deletion list; `seen_source_ids` is then ignored). Demo offers
    (`is_generated`) are left alone when working from a full picture. Returns the number unpublished.
    """
    offers = Offer.objects.filter(source=source, is_published=True)
    if only_ids is not None:
        ids = [str(i) for i in only_ids]
        if not ids:
            return 0
        offers = offers.filter(source_id__in=ids)
    else:
        seen = {str(i) for i in seen_source_ids or ()}
        offers = offers.filter(is_generated=False)
        candidate_ids = [pk for pk, sid in offers.values_list("pk", "source_id") if sid not in seen]
        offers = Offer.objects.filter(pk__in=candidate_ids)
    return unpublish_offers(offers.values_list("pk", flat=True), reason)


def unpublish_offers(offer_ids: Iterable[int], reason: str) -> int:
    """Unpublish these offers and their texts (by pk), in batches; returns how many were published before."""
    ids = list(offer_ids)
    count = 0
    now = timezone.now()
    with transaction.atomic():
        for start in range(0, len(ids), BATCH_SIZE):
            chunk = ids[start : start + BATCH_SIZE]
            count += Offer.objects.filter(pk__in=chunk, is_published=True).update(
                is_published=False, unpublished_reason=_cut(reason, 120), synced_at=now
            )
            text_ids = list(OfferTranslation.objects.filter(offer_id__in=chunk, is_published=True).values_list("pk", flat=True))
            if text_ids:
                OfferTranslation.objects.filter(pk__in=text_ids).update(is_published=False)
                transaction.on_commit(lambda text_ids=text_ids: index_translations_later(text_ids))
    if count:
        _notify_changed("", count)
    return count


def _notify_changed(source: str, count: int) -> None:
    transaction.on_commit(lambda: catalogue_changed.send(sender=Offer, source=source, count=count))


# -- search index --------------------------------------------------------------------------------------


def forget_queries() -> None:
    """With DEBUG on, Django keeps the last 9,000 SQL statements; bulk statements of a big sync carry whole
    texts and documents, i.e. hundreds of MB. Long runs call this between batches (not while a test is
    capturing queries: `force_debug_cursor` is then on)."""
    if settings.DEBUG and not any(c.force_debug_cursor for c in connections.all(initialized_only=True)):
        reset_queries()


def index_translations_later(pks: Sequence[int]) -> None:
    """Queue the (re)indexing of these texts, `INDEX_BATCH_SIZE` per task; index at once if queueing fails."""
    for start in range(0, len(pks), INDEX_BATCH_SIZE):
        chunk = [int(pk) for pk in pks[start : start + INDEX_BATCH_SIZE]]
        try:
            index_translations_task.enqueue(chunk)
        except Exception:  # no task backend reachable: do not lose the index update
            logger.exception("Could not queue the indexing of %d offer texts; indexing them now", len(chunk))
            index_translations(chunk)


@task()
def index_translations_task(pks: list[int]) -> int:
    """Background (re)indexing of offer texts after a sync; returns how many pks were given."""
    index_translations(pks)
    return len(pks)


def index_translations(pks: Sequence[int]) -> None:
    """(Re)index these texts in every auto-updated search backend, in bulk."""
    if not pks:
        return
    from wagtail.search.backends import get_search_backends

    backends = list(get_search_backends(with_auto_update=True))
    if not backends:
        return
    for start in range(0, len(pks), INDEX_BATCH_SIZE):
        objects = list(OfferTranslation.get_indexed_objects().filter(pk__in=pks[start : start + INDEX_BATCH_SIZE]))
        if not objects:
            continue
        for backend in backends:
            try:
                backend.add_bulk(OfferTranslation, objects)
            except Exception:  # an index outage must not lose a committed catalogue; `update_index` repairs
                logger.exception("Could not index %d offer texts in %r", len(objects), backend)
        forget_queries()
