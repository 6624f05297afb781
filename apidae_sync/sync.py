"""Apidae API → offer catalogue: one sync run, all or nothing.

`run_api_sync()` is called by `manage.py apidae_sync`, by the admin's "Start a sync" (through a task) and
by tests. How a run works, and why:

1. **Lock.** A run first takes the catalogue lock: it sets its own `SyncRun.lock_key` to `"catalogue"`, a
   unique column (NULL when not running), so a second run (API sync or export import, from cron, the admin
   or a webhook) fails on the unique constraint and is refused — on PostgreSQL and SQLite alike, across
   processes and machines. A holder without a sign of life for `APIDAE_SYNC_STALE_AFTER` seconds (default
   3 h; a crashed worker) is marked failed and its lock released.
2. **List (cheap).** For each selection in scope, page through `list-objets-touristiques` asking only for
   `gestion.dateModification`: this gives every object's selections and modification date. (It replaces
   a `list-identifiants` call: same cost, plus the dates.) Objects whose date, selections, published state
   and destinations match the catalogue are *unchanged* and never fetched in full (unless `full`). Pages
   are requested `APIDAE_CONCURRENCY` at a time (default 4): over the Internet each page is a round trip,
   and the listing is most of an incremental run. Paging steps back when objects leave the result
   mid-way, so none is skipped (a skipped object would look gone, and be unpublished).
3. **Fetch into staging.** The other objects are fetched in full by `identifiants` (200 per page) and
   written, page by page, to `StagedObject` rows: memory stays flat (one page at a time) whatever the
   catalogue size, and nothing in the catalogue has changed yet. Any failure here (HTTP 5xx after
   retries, timeout, malformed JSON, an envelope without objects although `numFound` > 0) ends the run
   `failed` with the catalogue untouched.
4. **Apply, in one transaction.** Staged objects are read back in chunks, mapped (`mapping.map_object`),
   and upserted by `destinations.services.catalogue.apply_records`; objects that left every selection in
   scope are unpublished (never deleted). Any exception rolls the whole transaction back: the published
   catalogue is exactly as before. Search indexing happens after commit.
5. **Record.** Counts, duration, status and the masked error go on the `SyncRun`; staged rows are deleted.
   A run that rewrote a large part of the catalogue refreshes the database's planner statistics
   (`refresh_statistics_after`): without them PostgreSQL plans the listing for nearly empty tables.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.db import DatabaseError, IntegrityError, OperationalError, transaction
from django.utils import timezone

from destinations.catalogue_records import OfferRecord
from destinations.models import Destination, Offer
from destinations.services.catalogue import (
    ApplyResult,
    apply_records,
    destination_map,
    forget_queries,
    json_value,
    refresh_statistics_after,
    unpublish_offers,
)

from .client import MAX_CONCURRENCY, MAX_PAGE_SIZE, ApidaeClient, _Masker
from .mapping import SOURCE, MappingError, _parse_datetime, map_object
from .models import LOCK_KEY, ExportNotification, StagedObject, SyncRun
from .references import ReferenceResolver

logger = logging.getLogger(__name__)

#: progress(phase, current, total_or_None): "listing", "fetching", "applying".
Progress = Callable[[str, int, int | None], None]

DEFAULT_LOCALES = ["fr", "en", "de", "it", "es", "nl"]
#: What the mapper reads (top-level blocks; `gestion.dateModification` drives the incremental sync).
RESPONSE_FIELDS = [
    "id",
    "type",
    "nom",
    "gestion.dateModification",
    "gestion.dateCreation",
    "presentation",
    "localisation",
    "informations",
    "ouverture",
    "descriptionTarif",
    "illustrations",
    "multimedias",
    "prestations",
    "reservation",
    "distinctions",
    "labels",
    "informationsActivite",
    "informationsCommerceEtService",
    "informationsDegustation",
    "informationsDomaineSkiable",
    "informationsEquipement",
    "informationsFeteEtManifestation",
    "informationsHebergementCollectif",
    "informationsHebergementLocatif",
    "informationsHotellerie",
    "informationsHotelleriePleinAir",
    "informationsPatrimoineCulturel",
    "informationsPatrimoineNaturel",
    "informationsPrestataireActivites",
    "informationsRestauration",
    "informationsSejourPackage",
    "informationsStructure",
    "informationsTerritoire",
]
LISTING_FIELDS = ["gestion.dateModification"]
APPLY_CHUNK = 200
MAX_NOTES = 200


class SyncLocked(Exception):
    """Another run holds the catalogue lock."""


# -- configuration -------------------------------------------------------------------------------------


def setting(name: str, default: Any = None) -> Any:
    """A Django setting, else the environment variable of the same name, else `default`."""
    value = getattr(settings, name, None)
    if value in (None, ""):
        value = os.environ.get(name)
    return default if value in (None, "") else value


def build_client(**overrides: Any) -> ApidaeClient:
    """The Apidae client from settings/environment, with APIDAE_TIMEOUT (read, s), APIDAE_RETRIES, APIDAE_BACKOFF."""
    read = float(setting("APIDAE_TIMEOUT", 30))
    options: dict[str, Any] = {
        "timeout": (min(read, 10.0), read),
        "retries": int(setting("APIDAE_RETRIES", 3)),
        "backoff": float(setting("APIDAE_BACKOFF", 2.0)),
    }
    options.update(overrides)
    return ApidaeClient.from_settings(**options)


def concurrency() -> int:
    """APIDAE_CONCURRENCY: how many Apidae pages a run requests at once (default 4; 1 = one after the other)."""
    try:
        return max(1, min(int(setting("APIDAE_CONCURRENCY", 4)), MAX_CONCURRENCY))
    except (TypeError, ValueError):
        return 4


def locales() -> list[str]:
    value = setting("APIDAE_LOCALES", DEFAULT_LOCALES)
    return [v.strip() for v in value.split(",")] if isinstance(value, str) else list(value)


def mask_error(error: object) -> str:
    """Text of an error without the API key (the client masks already; this is the second net)."""
    from portal.logging_filters import mask

    text = str(error) or error.__class__.__name__
    key = str(setting("APIDAE_API_KEY", "") or "")
    if isinstance(error, BaseException):
        text = f"{error.__class__.__name__}: {text}"
    return mask(_Masker(key)(text))[:4000]


# -- lock ------------------------------------------------------------------------------------------------


def stale_after() -> dt.timedelta:
    return dt.timedelta(seconds=int(setting("APIDAE_SYNC_STALE_AFTER", 3 * 3600)))


def expire_stale_locks() -> int:
    """Release the lock of runs that stopped showing signs of life (crashed worker); mark them failed."""
    cutoff = timezone.now() - stale_after()
    stale = SyncRun.objects.filter(lock_key=LOCK_KEY, heartbeat_at__lt=cutoff)
    return stale.update(
        lock_key=None,
        status=SyncRun.Status.FAILED,
        finished_at=timezone.now(),
        error="Abandoned: no sign of life for too long (stale lock released).",
    )


def acquire_lock(run: SyncRun) -> None:
    """Take the catalogue lock for `run` (status → running) or raise SyncLocked."""
    expire_stale_locks()
    now = timezone.now()
    try:
        with transaction.atomic():
            SyncRun.objects.filter(pk=run.pk).update(
                lock_key=LOCK_KEY, status=SyncRun.Status.RUNNING, started_at=now, heartbeat_at=now
            )
    except (IntegrityError, OperationalError):  # OperationalError: SQLite busy while another run writes
        holder = SyncRun.objects.filter(lock_key=LOCK_KEY).exclude(pk=run.pk).first()
        raise SyncLocked(
            f"Another sync run is in progress (#{holder.pk}, {holder.get_kind_display()})" if holder else "Another sync run is in progress"
        ) from None
    run.lock_key, run.status, run.started_at, run.heartbeat_at = LOCK_KEY, SyncRun.Status.RUNNING, now, now


def _release(run: SyncRun) -> None:
    run.lock_key = None
    run.finished_at = timezone.now()
    run.save()


# -- run bookkeeping -------------------------------------------------------------------------------------


class Reporter:
    """Keeps the run's phase/progress (for the admin) and the caller's progress callback up to date."""

    def __init__(self, run: SyncRun, callback: Progress | None) -> None:
        self.run = run
        self.callback = callback
        #: False inside the apply transaction: a write there would be invisible until commit anyway, and
        #: on PostgreSQL it would make a competing run wait on this row instead of being refused at once.
        self.persist = True

    def __call__(self, phase: str, current: int, total: int | None = None) -> None:
        # With DEBUG on, Django keeps the last 9,000 SQL statements, each staging insert holding a page of
        # raw objects: hundreds of MB. Runs report after every page/batch, so forget them here.
        forget_queries()
        if not self.persist:
            if self.callback:
                self.callback(phase, current, total)
            return
        now = timezone.now()
        self.run.phase, self.run.progress_current, self.run.progress_total, self.run.heartbeat_at = (
            phase,
            current,
            total,
            now,
        )
        SyncRun.objects.filter(pk=self.run.pk).update(
            phase=phase, progress_current=current, progress_total=total, heartbeat_at=now
        )
        if self.callback:
            self.callback(phase, current, total)


@dataclass
class Outcome:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    unpublished: int = 0
    failed: int = 0
    notes: list[str] = field(default_factory=list)

    def add_apply(self, result: ApplyResult) -> None:
        self.created += result.created
        self.updated += result.updated
        self.unchanged += result.unchanged
        self.failed += result.failed
        self.notes.extend(result.skipped_notes)


def _finish(run: SyncRun, outcome: Outcome | None, error: BaseException | None) -> SyncRun:
    if outcome is not None and error is None:
        run.created, run.updated, run.unchanged = outcome.created, outcome.updated, outcome.unchanged
        run.unpublished, run.failed = outcome.unpublished, outcome.failed
        run.notes = "\n".join(outcome.notes[:MAX_NOTES]) + (
            f"\n… and {len(outcome.notes) - MAX_NOTES} more" if len(outcome.notes) > MAX_NOTES else ""
        )
        run.status = SyncRun.Status.SUCCEEDED
        run.phase = "done"
    else:
        run.status = SyncRun.Status.FAILED
        run.error = mask_error(error)
        run.created = run.updated = run.unchanged = run.unpublished = 0
        run.phase = "failed"
    clear_staging(StagedObject.objects.filter(run=run))
    _release(run)
    if run.status == SyncRun.Status.SUCCEEDED:
        try:
            refresh_statistics_after(run.created + run.updated + run.unpublished)
        except DatabaseError:  # statistics are an optimisation: never fail a run that succeeded
            logger.warning("Sync run #%s: could not refresh the planner statistics", run.pk, exc_info=True)
    if run.status == SyncRun.Status.FAILED:
        logger.error("Sync run #%s failed: %s", run.pk, run.error)
    else:
        logger.info("Sync run #%s succeeded: %s", run.pk, run.summary())
    return run


def start_run(run: SyncRun | None, **fields: Any) -> SyncRun:
    """The run to use (a queued one from the admin, or a new one), saved, not yet locked."""
    if run is None:
        run = SyncRun(**fields)
    else:
        for name, value in fields.items():
            if name != "triggered_by" or value is not None:
                setattr(run, name, value)
    run.status = SyncRun.Status.QUEUED
    run.save()
    # Forget what a crashed run left in staging.
    clear_staging(StagedObject.objects.exclude(run__lock_key=LOCK_KEY).exclude(run=run))
    return run


def clear_staging(queryset) -> None:
    """One DELETE, without loading the rows: `.delete()` would fetch every payload (project-wide
    `post_delete` receivers prevent Django's fast delete) — gigabytes for a large run."""
    queryset._raw_delete(queryset.db)


def refuse(run: SyncRun, error: BaseException) -> SyncRun:
    run.status = SyncRun.Status.FAILED
    run.error = mask_error(error)
    run.phase = "refused"
    run.started_at = run.started_at or timezone.now()
    run.finished_at = timezone.now()
    run.save()
    logger.warning("Sync run #%s refused: %s", run.pk, run.error)
    return run


# -- staging and applying (shared with export imports) ----------------------------------------------------


def stage_objects(run: SyncRun, objects: Iterable[dict], selections: dict[int, set[int]]) -> int:
    """Write raw objects to the staging table (one bulk insert per 200); returns how many were staged."""
    count = 0
    batch: dict[str, StagedObject] = {}

    def flush() -> None:
        existing = set(
            StagedObject.objects.filter(run=run, source_id__in=list(batch)).values_list("source_id", flat=True)
        )
        fresh = [s for sid, s in batch.items() if sid not in existing]
        replaced = [s for sid, s in batch.items() if sid in existing]
        StagedObject.objects.bulk_create(fresh)  # payloads wrapped in `json_value`: see there
        for staged in replaced:  # the same object twice (e.g. in two export files): the later one wins
            StagedObject.objects.filter(run=run, source_id=staged.source_id).update(
                payload=staged.payload, selection_ids=staged.selection_ids
            )
        batch.clear()

    for obj in objects:
        source_id = str(obj.get("id")) if isinstance(obj, dict) else ""
        if not source_id or source_id == "None":
            source_id = f"invalid-{run.pk}-{count}"
        batch[source_id] = StagedObject(
            run=run,
            source_id=source_id[:40],
            selection_ids=sorted(selections.get(_int(obj.get("id") if isinstance(obj, dict) else None), set())),
            payload=json_value(obj),
        )
        count += 1
        if len(batch) >= MAX_PAGE_SIZE:
            flush()
    if batch:
        flush()
    return count


def _int(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def staged_records(
    run: SyncRun,
    outcome: Outcome,
    *,
    references: ReferenceResolver | None,
    communes: dict[int, dict] | None,
    today: dt.date,
    learn_references: bool = False,
) -> Iterator[OfferRecord]:
    """Map the run's staged objects, `APPLY_CHUNK` at a time; mapping failures are counted, not raised."""
    pks = list(StagedObject.objects.filter(run=run).order_by("pk").values_list("pk", flat=True))
    for start in range(0, len(pks), APPLY_CHUNK):
        for staged in StagedObject.objects.filter(pk__in=pks[start : start + APPLY_CHUNK]).order_by("pk"):
            if learn_references and references is not None:
                references.learn(staged.payload)
            try:
                yield map_object(
                    staged.payload,
                    references=references,
                    communes=communes,
                    selection_ids=list(staged.selection_ids),
                    today=today,
                    owned=True,  # decoded from the staging row just now: stripped in place, no deep copy
                )
            except MappingError as exc:
                outcome.failed += 1
                outcome.notes.append(f"apidae:{staged.source_id}: not mapped: {exc}")
                logger.warning("Apidae object %s not mapped: %s", staged.source_id, exc)


def log_notes(notes: Iterable[str]) -> None:
    for note in notes:
        logger.info("Apidae mapping skipped: %s", note)


# -- API sync ---------------------------------------------------------------------------------------------


@dataclass
class _Scope:
    selection_ids: list[int]
    destination_slugs: list[str]
    whole: bool  # every configured selection: what is not seen left Apidae's selections altogether


def _scope(destination_slug: str | None, selection_ids: Iterable[int] | None) -> _Scope:
    selections = sorted({int(s) for s in selection_ids}) if selection_ids else []
    if destination_slug:
        destination = Destination.objects.filter(slug=destination_slug).first()
        if destination is None:
            raise ValueError(f"Unknown destination {destination_slug!r}")
        if selections:  # `--selection` records the ids on the destination first
            merged = sorted({*(destination.apidae_selection_ids or []), *selections})
            if merged != destination.apidae_selection_ids:
                destination.apidae_selection_ids = merged
                destination.save(update_fields=["apidae_selection_ids"])
        else:
            selections = sorted({int(s) for s in destination.apidae_selection_ids or []})
        return _Scope(selections, [destination.slug], whole=False)
    if selections:
        return _Scope(selections, [], whole=False)
    everything = sorted({int(s) for d in Destination.objects.all() for s in d.apidae_selection_ids or []})
    return _Scope(everything, sorted(Destination.objects.exclude(apidae_selection_ids=[]).values_list("slug", flat=True)), whole=True)


def run_api_sync(
    *,
    destination_slug: str | None = None,
    selection_ids: Iterable[int] | None = None,
    full: bool = False,
    progress: Progress | None = None,
    client: ApidaeClient | None = None,
    run: SyncRun | None = None,
    triggered_by: Any = None,
    today: dt.date | None = None,
) -> SyncRun:
    """Sync the selections of one destination (or the given selections, or every destination's) from the API.

    Returns the finished `SyncRun` (status succeeded or failed; never raises for a failed run). See the
    module docstring for the phases and the guarantees.
    """
    run = start_run(
        run,
        kind=SyncRun.Kind.API,
        full=full,
        destination_slugs=[destination_slug] if destination_slug else [],
        selection_ids=sorted({int(s) for s in selection_ids}) if selection_ids else [],
        triggered_by=triggered_by,
    )
    try:
        acquire_lock(run)
    except SyncLocked as exc:
        return refuse(run, exc)
    report = Reporter(run, progress)
    own_client = client is None
    outcome: Outcome | None = None
    error: BaseException | None = None
    try:
        scope = _scope(destination_slug, selection_ids)
        run.selection_ids, run.destination_slugs = scope.selection_ids, scope.destination_slugs
        run.save(update_fields=["selection_ids", "destination_slugs"])
        if not scope.selection_ids:
            raise ValueError("No Apidae selection to sync: give --selection or set the destinations' Apidae selection ids")
        if own_client:
            client = build_client()
        outcome = _api_sync(run, client, scope, full, report, today or timezone.localdate())
    except Exception as exc:  # noqa: BLE001 - every failure is recorded on the run, masked
        error = exc
        logger.debug("Sync run failed", exc_info=True)
    finally:
        if own_client and client is not None:
            client.close()
    return _finish(run, outcome, error)


def _api_sync(
    run: SyncRun, client: ApidaeClient, scope: _Scope, full: bool, report: Reporter, today: dt.date
) -> Outcome:
    outcome = Outcome()
    scoped = set(scope.selection_ids)

    # 1. List: every object of every selection in scope, with its modification date.
    members: dict[int, set[int]] = {}
    modified: dict[int, dt.datetime | None] = {}
    listed = 0
    for selection_id in scope.selection_ids:
        for obj in client.iter_objects(
            [selection_id], locales=["fr"], response_fields=LISTING_FIELDS, concurrency=concurrency()
        ):
            object_id = obj["id"]
            members.setdefault(object_id, set()).add(selection_id)
            gestion = obj.get("gestion")
            modified[object_id] = _parse_datetime(gestion.get("dateModification") if isinstance(gestion, dict) else None)
            listed += 1
            if listed % MAX_PAGE_SIZE == 0:
                report("listing", listed, None)
    report("listing", listed, listed)

    # 2. Compare with the catalogue: what has to be fetched, what left the selections.
    known = {
        sid: (pk, modified_at, published, set(sel or []))
        for pk, sid, modified_at, published, sel in Offer.objects.filter(source=SOURCE).values_list(
            "pk", "source_id", "source_modified_at", "is_published", "selection_ids"
        )
    }
    by_selection = destination_map()
    links: dict[int, set[int]] = {}
    for offer_id, destination_id in Offer.destinations.through.objects.filter(offer__source=SOURCE).values_list(
        "offer_id", "destination_id"
    ):
        links.setdefault(offer_id, set()).add(destination_id)

    def selections_for(object_id: int) -> set[int]:
        previous = known.get(str(object_id), (None, None, None, set()))[3]
        return set(members.get(object_id, set())) | (previous - scoped)

    def wanted_destinations(selections: set[int]) -> set[int]:
        return {d.pk for s in selections for d in by_selection.get(s, [])}

    to_fetch: list[int] = []
    for object_id in sorted(members):
        selections = selections_for(object_id)
        entry = known.get(str(object_id))
        if (
            full
            or entry is None
            or not entry[2]
            or entry[1] is None
            or entry[1] != modified[object_id]
            or entry[3] != selections
            or links.get(entry[0], set()) != wanted_destinations(selections)
        ):
            to_fetch.append(object_id)
    outcome.unchanged += len(members) - len(to_fetch)

    leaving: dict[int, set[int]] = {}  # offer pk → selections left (empty: unpublish)
    for source_id, (pk, _modified_at, published, selections) in known.items():
        object_id = _int(source_id)
        if not published or object_id in members:
            continue
        if scope.whole:
            leaving[pk] = set()
        elif selections & scoped:
            leaving[pk] = selections - scoped

    # 3. Fetch what changed, into staging.
    selections_by_id = {object_id: selections_for(object_id) for object_id in to_fetch}
    fetched = 0
    pages = client.iter_pages_by_id(
        to_fetch, scope.selection_ids, locales(), RESPONSE_FIELDS, page_size=MAX_PAGE_SIZE, concurrency=concurrency()
    )
    for page in pages:
        fetched += stage_objects(run, page, selections_by_id)
        report("fetching", fetched, len(to_fetch))
    if fetched < len(to_fetch):
        logger.warning("Sync run #%s: %d listed objects could not be fetched (gone meanwhile?)", run.pk, len(to_fetch) - fetched)

    # 4. Apply, all or nothing.
    report("applying", 0, fetched)
    report.persist = False
    with transaction.atomic():
        records = staged_records(run, outcome, references=ReferenceResolver(), communes=None, today=today, learn_references=True)
        result = apply_records(
            records,
            source=SOURCE,
            destination_by_selection=by_selection,
            full=full,
            progress=lambda done, total: report("applying", done, fetched),
        )
        outcome.add_apply(result)
        gone = [pk for pk, rest in leaving.items() if not rest]
        outcome.unpublished += unpublish_offers(gone, "left every Apidae selection")
        _reassign(leaving, by_selection)
    log_notes(outcome.notes)
    return outcome


def _reassign(leaving: dict[int, set[int]], by_selection: dict) -> None:
    """Offers that left some selections but not all: keep the others, re-link destinations."""
    remaining = {pk: rest for pk, rest in leaving.items() if rest}
    if not remaining:
        return
    through = Offer.destinations.through
    offers = list(Offer.objects.filter(pk__in=list(remaining)))
    for offer in offers:
        offer.selection_ids = sorted(remaining[offer.pk])
        offer.synced_at = timezone.now()
    Offer.objects.bulk_update(offers, ["selection_ids", "synced_at"])
    through.objects.filter(offer_id__in=list(remaining)).delete()
    through.objects.bulk_create(
        [
            through(offer_id=pk, destination_id=destination.pk)
            for pk, rest in remaining.items()
            for destination in {d.pk: d for s in rest for d in by_selection.get(s, [])}.values()
        ],
        ignore_conflicts=True,
    )


__all__ = [
    "ExportNotification",
    "Progress",
    "SyncLocked",
    "acquire_lock",
    "build_client",
    "expire_stale_locks",
    "mask_error",
    "run_api_sync",
]
