"""Apidae export (ZIP or unzipped folder) → offer catalogue, with the same all-or-nothing guarantee as API syncs.

An export holds `objets_modifies/objets_modifies-N.json` (lists of objects, element references in compact
form), `objets_supprimes.json` (deleted ids), `selections.json` (selection → objects),
`elements_reference.json` and `communes.json` (to resolve the compact references). A notification with
`reinitialisation=true` means the export is the whole project: every offer absent from it is unpublished.

`import_export()` takes the catalogue lock, reads the export into the staging table (member by member,
never extracting the ZIP to disk), applies everything in one transaction, and only then calls the
notification's `urlConfirmation` (an export whose import failed is not confirmed, so Apidae can tell).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
import tempfile
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from django.db import transaction
from django.utils import timezone

from destinations.models import Offer
from destinations.services.catalogue import apply_records, destination_map, unpublish_missing

from .client import DEFAULT_API_URL, ApidaeClient
from .exceptions import ApidaeConfigurationError, ApidaeError
from .mapping import SOURCE
from .models import ExportNotification, SyncRun
from .references import ReferenceResolver, index_communes
from .sync import (
    Outcome,
    Progress,
    Reporter,
    SyncLocked,
    _finish,
    acquire_lock,
    build_client,
    log_notes,
    mask_error,
    refuse,
    setting,
    stage_objects,
    staged_records,
    start_run,
)

logger = logging.getLogger(__name__)

MODIFIED_RE = re.compile(r"(?:^|/)objets_modifies/[^/]*\.json$")
MAX_MEMBER_SIZE = 1 << 30  # 1 GiB uncompressed per JSON member: beyond that, something is wrong


class ExportFormatError(ApidaeError):
    """The export is not readable as an Apidae export (missing files, bad JSON, not a ZIP)."""


class ExportReader:
    """Read access to an export, a ZIP file or an unzipped folder alike (files may sit under one top folder)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._zip: zipfile.ZipFile | None = None
        if path.is_dir():
            self._names = {p.relative_to(path).as_posix(): p for p in path.rglob("*.json") if p.is_file()}
        elif path.is_file() and zipfile.is_zipfile(path):
            self._zip = zipfile.ZipFile(path)
            self._names = {
                info.filename: info
                for info in self._zip.infolist()
                if not info.is_dir() and info.filename.endswith(".json") and not info.filename.startswith("__MACOSX/")
            }
        else:
            raise ExportFormatError(f"Not an Apidae export (neither a folder nor a ZIP file): {path.name}")

    def close(self) -> None:
        if self._zip is not None:
            self._zip.close()

    def __enter__(self) -> ExportReader:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _find(self, basename: str) -> str | None:
        matches = sorted((n for n in self._names if n == basename or n.endswith("/" + basename)), key=len)
        return matches[0] if matches else None

    def _load(self, name: str) -> Any:
        try:
            if self._zip is not None:
                info = self._names[name]
                if info.file_size > MAX_MEMBER_SIZE:
                    raise ExportFormatError(f"{name}: too large ({info.file_size} bytes)")
                with self._zip.open(info) as handle:
                    return json.load(handle)
            with open(self._names[name], encoding="utf-8") as handle:
                return json.load(handle)
        except (ValueError, UnicodeDecodeError, zipfile.BadZipFile, OSError) as exc:
            raise ExportFormatError(f"{name}: unreadable ({exc})") from None

    def json(self, basename: str, default: Any = None) -> Any:
        name = self._find(basename)
        return default if name is None else self._load(name)

    def modified_files(self) -> list[str]:
        def order(name: str) -> tuple[int, str]:
            number = re.search(r"(\d+)\.json$", name)
            return (int(number.group(1)) if number else 0, name)

        return sorted((n for n in self._names if MODIFIED_RE.search(n)), key=order)

    def modified_objects(self) -> Iterator[list[dict]]:
        """One list of objects per `objets_modifies` file (a file holds one list, or one bare object)."""
        for name in self.modified_files():
            data = self._load(name)
            if isinstance(data, dict):
                data = [data]
            if not isinstance(data, list):
                raise ExportFormatError(f"{name}: expected a list of objects")
            yield data


def _selection_members(selections: Any) -> dict[int, set[int]]:
    """selections.json → {object id: {selection ids}}."""
    members: dict[int, set[int]] = {}
    if not isinstance(selections, list):
        return members
    for selection in selections:
        if not isinstance(selection, dict):
            continue
        try:
            selection_id = int(selection["id"])
        except (KeyError, TypeError, ValueError):
            continue
        for obj in selection.get("objetsTouristiques") or []:
            object_id = obj.get("id") if isinstance(obj, dict) else obj
            try:
                members.setdefault(int(object_id), set()).add(selection_id)
            except (TypeError, ValueError):
                continue
    return members


def _deleted_ids(data: Any) -> list[str]:
    if not isinstance(data, list):
        return []
    ids = []
    for item in data:
        value = item.get("id") if isinstance(item, dict) else item
        if isinstance(value, int | str) and not isinstance(value, bool) and str(value).strip().isdigit():
            ids.append(str(int(value)))
    return ids


def _is_url(value: str) -> bool:
    return urlsplit(str(value)).scheme in ("http", "https")


def _label(path_or_url: str) -> str:
    if _is_url(path_or_url):
        parts = urlsplit(path_or_url)
        return mask_error(f"{parts.scheme}://{parts.netloc}{parts.path}")[:255]
    return str(path_or_url)[-255:]


def download_client() -> ApidaeClient:
    """A client for downloads/confirmations: those URLs carry their own token, the API key is not needed."""
    try:
        return build_client()
    except ApidaeConfigurationError:
        read = float(setting("APIDAE_TIMEOUT", 30))
        return ApidaeClient(
            str(setting("APIDAE_API_URL", DEFAULT_API_URL)),
            "unused-for-export-downloads",
            0,
            timeout=(min(read, 10.0), read),
            retries=int(setting("APIDAE_RETRIES", 3)),
            backoff=float(setting("APIDAE_BACKOFF", 2.0)),
        )


def import_export(
    path_or_url: str | Path,
    *,
    notification: ExportNotification | None = None,
    progress: Progress | None = None,
    reinitialisation: bool | None = None,
    client: ApidaeClient | None = None,
    run: SyncRun | None = None,
    triggered_by: Any = None,
    today: dt.date | None = None,
) -> SyncRun:
    """Import an Apidae export (ZIP path, folder path or http(s) URL of a ZIP). Returns the finished run.

    `reinitialisation` defaults to the notification's flag (False without a notification).
    """
    source = str(path_or_url)
    run = start_run(
        run,
        kind=SyncRun.Kind.EXPORT if notification is not None else SyncRun.Kind.MANUAL_EXPORT,
        source_label=_label(source),
        triggered_by=triggered_by,
    )
    if notification is not None:
        notification.run = run
        notification.save(update_fields=["run"])
    try:
        acquire_lock(run)
    except SyncLocked as exc:
        refuse(run, exc)
        _mark_processed(notification)
        return run
    if reinitialisation is None:
        reinitialisation = bool(notification and notification.reinitialisation)
    report = Reporter(run, progress)
    own_client = client is None
    outcome: Outcome | None = None
    error: BaseException | None = None
    try:
        if notification is not None and notification.status.upper() != "SUCCESS":
            raise ApidaeError(f"Apidae reported the export as {notification.status or 'unknown'}; nothing imported")
        with tempfile.TemporaryDirectory(prefix="apidae-export-") as tmp:
            if _is_url(source):
                client = client or download_client()
                report("downloading", 0, None)
                path = client.download(source, Path(tmp) / "export.zip")
            else:
                path = Path(source)
                if not path.exists():
                    raise ExportFormatError(f"No such file or folder: {path}")
            with ExportReader(path) as reader:
                outcome = _import(run, reader, reinitialisation, report, today or timezone.localdate())
        if notification is not None and notification.url_confirmation:
            client = client or download_client()
            try:
                client.confirm_export(notification.url_confirmation)
            except ApidaeError as exc:  # applied, but Apidae was not told: say so on the run
                run.error = mask_error(f"Export applied, but its confirmation to Apidae failed: {exc}")
                logger.error("%s", run.error)
    except Exception as exc:  # noqa: BLE001 - every failure is recorded on the run, masked
        error = exc
        outcome = None
        logger.debug("Export import failed", exc_info=True)
    finally:
        if own_client and client is not None:
            client.close()
    _finish(run, outcome, error)
    _mark_processed(notification)
    return run


def _mark_processed(notification: ExportNotification | None) -> None:
    if notification is not None:
        notification.processed_at = timezone.now()
        notification.save(update_fields=["processed_at", "run"])


def _import(run: SyncRun, reader: ExportReader, reinitialisation: bool, report: Reporter, today: dt.date) -> Outcome:
    outcome = Outcome()
    files = reader.modified_files()
    if not files and reader.json("objets_supprimes.json") is None:
        raise ExportFormatError("No objets_modifies/*.json nor objets_supprimes.json in the export")
    references = ReferenceResolver.from_export(reader.json("elements_reference.json", []))
    communes = index_communes(reader.json("communes.json", []))
    members = _selection_members(reader.json("selections.json", []))
    deleted = _deleted_ids(reader.json("objets_supprimes.json", []))

    # Objects the export does not place in any selection keep the selections they had.
    selections: dict[int, set[int]] = {}
    for source_id, selection_ids in Offer.objects.filter(source=SOURCE).values_list("source_id", "selection_ids"):
        if source_id.isdigit() and selection_ids:
            selections[int(source_id)] = set(selection_ids)
    selections.update(members)

    staged = 0
    for objects in reader.modified_objects():
        staged += stage_objects(run, objects, selections)
        report("reading", staged, None)
    run.selection_ids = sorted({s for ids in members.values() for s in ids})
    run.save(update_fields=["selection_ids"])

    report("applying", 0, staged)
    report.persist = False
    with transaction.atomic():
        result = apply_records(
            staged_records(run, outcome, references=references, communes=communes, today=today),
            source=SOURCE,
            destination_by_selection=destination_map(),
            full=False,
            progress=lambda done, total: report("applying", done, staged),
        )
        outcome.add_apply(result)
        seen = set(run.staged_objects.values_list("source_id", flat=True))
        outcome.unpublished += unpublish_missing(
            SOURCE, None, "deleted in Apidae", only_ids=[i for i in deleted if i not in seen]
        )
        if reinitialisation:
            outcome.unpublished += unpublish_missing(SOURCE, seen, "absent from a full Apidae export")
    log_notes(outcome.notes)
    return outcome
