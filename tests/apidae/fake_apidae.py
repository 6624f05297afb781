"""A local fake of the Apidae API v002 that speaks its protocol over real HTTP, for tests and manual runs.

It serves the real sample objects of `apidae-samples/` (plus synthetic ones on demand) through:

- `POST|GET api/v002/recherche/list-objets-touristiques` and `.../recherche/list-identifiants`: one `query`
  parameter (GET) or form field (POST) holding JSON with `apiKey` and `projetId` inside; `selectionIds`,
  `identifiants`, `first`, `count` (capped at 200), `order` (IDENTIFIANT, NOM), `asc`, `locales`,
  `responseFields`. The answer echoes the query (apiKey included, as Apidae does) with `numFound`, and
  omits `objetsTouristiques` / `objetTouristiqueIds` when the page is empty, as Apidae does.
- `GET api/v002/objet-touristique/get-by-id/{id}?apiKey=&projetId=&responseFields=&locales=`.
- `POST|GET api/v002/referentiel/elements-reference` with `{"elementReferenceIds": [...]}`: the elements of
  the export sample plus every expanded element reference found in the sample objects.
- `GET exports/<name>.zip` (the sample export folder, zipped on the fly) and `GET exports/confirm/<name>`
  (records the confirmation), to exercise `download` and `confirm_export`.

Errors are JSON `{"errorType", "message"}`. The error type names are plausible, not verified against
Apidae. On purpose, error messages echo the request (key included), as Apidae's may: the client must
mask them. Wrong key → 401, wrong project → 403, unknown object → 404, bad query → 400.

Fault injection (each fault is used by one request, first in first out): `fail_next(n, status)`,
`slow_next(n, delay)` (answers after `delay` s: a client read timeout), `malformed_next(n)` (truncated
JSON with a 200), `drop_objects_next(n)` (a search page with `numFound` but without its objects).

In tests: ``with FakeApidae() as fake: client = ApidaeClient(fake.url, fake.api_key, fake.project_id)``;
`fake.requests` logs what was received. By hand: ``python tests/apidae/fake_apidae.py --port 8765``.
Stdlib only, so that the script runs without the project's virtualenv.
"""

from __future__ import annotations

import argparse
import copy
import io
import itertools
import json
import os
import re
import sys
import threading
import zipfile
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

DEFAULT_API_KEY = "fake-apidae-key-7d1c0b9e"
DEFAULT_PROJECT_ID = 4242
MAX_COUNT = 200
DEFAULT_COUNT = 20

#: Selection holding every sample object (the sample files have no common selection).
SAMPLES_SELECTION_ID = 90001
#: Selection holding the synthetic objects added through `add_synthetic` / `--synthetic`.
SYNTHETIC_SELECTION_ID = 90002
#: A selection that exists but is empty.
EMPTY_SELECTION_ID = 90003

SEARCH_PATH = "/api/v002/recherche/list-objets-touristiques"
IDENTIFIERS_PATH = "/api/v002/recherche/list-identifiants"
GET_BY_ID_PREFIX = "/api/v002/objet-touristique/get-by-id/"
REFERENCE_PATH = "/api/v002/referentiel/elements-reference"
EXPORT_PREFIX = "/exports/"
CONFIRM_PREFIX = "/exports/confirm/"
EXPORT_SAMPLE_DIR = "export_zip_events_savoie"

# Apidae locale code → suffix of `libelleXx` keys.
LOCALE_SUFFIXES = {
    "fr": "Fr",
    "en": "En",
    "de": "De",
    "nl": "Nl",
    "it": "It",
    "es": "Es",
    "ru": "Ru",
    "zh": "Zh",
    "pt-br": "PtBR",
    "ja": "Ja",
}
_LIBELLE_KEY = re.compile(r"^libelle(" + "|".join(LOCALE_SUFFIXES.values()) + r")$")


def samples_dir() -> Path:
    """The shared samples folder: $APIDAE_SAMPLES_DIR, else `<repo>/../shared/apidae-samples`."""
    env = os.environ.get("APIDAE_SAMPLES_DIR")
    path = Path(env) if env else Path(__file__).resolve().parents[2].parent / "shared" / "apidae-samples"
    if not path.is_dir():
        raise FileNotFoundError(f"Apidae samples folder not found: {path} (set APIDAE_SAMPLES_DIR)")
    return path


_STAMPS = itertools.count(1)


class _TrackedList(list):
    """A list that stamps itself on every change, so the fake's id index knows when to rebuild."""

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.stamp = next(_STAMPS)


class _TrackedDict(dict):
    """A dict that stamps itself on every change; with `lists=True` its values become `_TrackedList`s."""

    def __init__(self, *args: Any, lists: bool = False) -> None:
        self._lists = lists
        super().__init__()
        self.update(*args)
        self.stamp = next(_STAMPS)

    def __setitem__(self, key: Any, value: Any) -> None:
        if self._lists and not isinstance(value, _TrackedList):
            value = _TrackedList(value)
        super().__setitem__(key, value)
        self.stamp = next(_STAMPS)

    def update(self, *args: Any, **kwargs: Any) -> None:
        for key, value in dict(*args, **kwargs).items():
            self[key] = value

    def setdefault(self, key: Any, default: Any = None) -> Any:
        if key not in self:
            self[key] = default
        return self[key]


def _stamping(cls: type, name: str) -> None:
    original = getattr(cls, name)

    def method(self: Any, *args: Any, **kwargs: Any) -> Any:
        result = original(self, *args, **kwargs)
        self.stamp = next(_STAMPS)
        return result

    method.__name__ = name
    setattr(cls, name, method)


for _name in ("append", "extend", "insert", "remove", "pop", "clear", "sort", "reverse",
              "__setitem__", "__delitem__", "__iadd__", "__imul__"):
    _stamping(_TrackedList, _name)
for _name in ("__delitem__", "pop", "popitem", "clear"):
    _stamping(_TrackedDict, _name)


@dataclass
class SampleData:
    objects: dict[int, dict[str, Any]]
    selections: dict[int, list[int]]
    reference_elements: dict[int, dict[str, Any]]


def load_samples(directory: Path | None = None) -> SampleData:
    """Objects, selections and reference elements from the sample files, as an API would hold them.

    API responses give their objects (and their `query.selectionIds`); export files give bare objects;
    the export folder gives its objects, `selections.json` and `elements_reference.json`.
    """
    directory = directory or samples_dir()
    objects: dict[int, dict[str, Any]] = {}
    selections: dict[int, list[int]] = {}
    for path in sorted(directory.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(data, dict):  # an API response envelope
            found = data.get("objetsTouristiques", [])
            for selection_id in (data.get("query") or {}).get("selectionIds", []):
                selections.setdefault(int(selection_id), []).extend(o["id"] for o in found)
        else:  # an export file: a list of objects
            found = data
        for obj in found:
            objects[int(obj["id"])] = obj
    export_dir = directory / EXPORT_SAMPLE_DIR
    references: dict[int, dict[str, Any]] = {}
    if export_dir.is_dir():
        for path in sorted((export_dir / "objets_modifies").glob("*.json")):
            for obj in json.loads(path.read_text(encoding="utf-8")):
                objects[int(obj["id"])] = obj
        selections_file = export_dir / "selections.json"
        if selections_file.exists():
            for selection in json.loads(selections_file.read_text(encoding="utf-8")):
                ids = [o["id"] for o in selection.get("objetsTouristiques", [])]
                selections.setdefault(int(selection["id"]), []).extend(ids)
        references_file = export_dir / "elements_reference.json"
        if references_file.exists():
            for element in json.loads(references_file.read_text(encoding="utf-8")):
                references[int(element["id"])] = element
    for obj in objects.values():
        for element in _expanded_references(obj):
            references.setdefault(int(element["id"]), element)
    selections[SAMPLES_SELECTION_ID] = sorted(objects)
    selections[EMPTY_SELECTION_ID] = []
    return SampleData(objects, {k: sorted(set(v)) for k, v in selections.items()}, references)


def _expanded_references(value: Any) -> Iterator[dict[str, Any]]:
    """Element references with labels found anywhere in an object (`{"elementReferenceType", "id", "libelleFr"…}`)."""
    if isinstance(value, dict):
        if "elementReferenceType" in value and isinstance(value.get("id"), int) and "libelleFr" in value:
            yield {k: v for k, v in value.items() if not isinstance(v, dict | list) or k == "familleCritere"}
        for child in value.values():
            yield from _expanded_references(child)
    elif isinstance(value, list):
        for child in value:
            yield from _expanded_references(child)


def synthetic_objects(
    n: int, start_id: int = 10_000_000, templates: Iterable[dict[str, Any]] | None = None
) -> list[dict[str, Any]]:
    """`n` objects shaped like the samples (deep copies, cycling through them) with new ids and names."""
    base = list(templates) if templates is not None else list(load_samples().objects.values())
    if not base:
        raise ValueError("no template objects")
    result = []
    for i in range(n):
        obj = copy.deepcopy(base[i % len(base)])
        obj["id"] = start_id + i
        nom = obj.setdefault("nom", {})
        nom["libelleFr"] = f"{nom.get('libelleFr', 'Objet')} (synthétique {i + 1})"
        if "libelleEn" in nom:
            nom["libelleEn"] = f"{nom['libelleEn']} (synthetic {i + 1})"
        result.append(obj)
    return result


def filter_locales(value: Any, locales: Iterable[str] | None) -> Any:
    """Drop `libelleXx` of the locales not asked for (loosely what Apidae does with `locales`)."""
    if not locales:
        return value
    keep = {LOCALE_SUFFIXES[code.lower()] for code in locales if code.lower() in LOCALE_SUFFIXES}
    if isinstance(value, dict):
        return {
            k: filter_locales(v, locales)
            for k, v in value.items()
            if not ((m := _LIBELLE_KEY.match(k)) and m.group(1) not in keep)
        }
    if isinstance(value, list):
        return [filter_locales(v, locales) for v in value]
    return value


def project_fields(obj: dict[str, Any], fields: Iterable[str] | None) -> dict[str, Any]:
    """Keep what `responseFields` names (plus `id` and `type`, always sent).

    A top-level name keeps its whole block. A dotted path whose block is not also asked for whole keeps
    only that path (`gestion.dateModification` → `{"gestion": {"dateModification": …}}`), as Apidae does:
    the sync's cheap listing depends on it. Loose on purpose otherwise: Apidae's projection is finer but
    not documented precisely (the samples carry more than their `responseFields` asked for), and a fake
    stricter than the real API would make mapper tests fail for the wrong reason. `@…` aliases (`@all`,
    `@minimal`…) keep everything.
    """
    field_list = list(fields or [])
    if not field_list or any(f.startswith("@") for f in field_list):
        return obj
    whole = {"id", "type"} | {f for f in field_list if "." not in f}
    result = {k: v for k, v in obj.items() if k in whole}
    for path in field_list:
        head, _, rest = path.partition(".")
        if not rest or head in whole or head not in obj:
            continue
        source, target = obj, result
        parts = path.split(".")
        for part in parts[:-1]:
            source = source.get(part) if isinstance(source, dict) else None
            if not isinstance(source, dict):
                break
            target = target.setdefault(part, {})
        else:
            if isinstance(source, dict) and parts[-1] in source:
                target[parts[-1]] = source[parts[-1]]
    return result


@dataclass
class RecordedRequest:
    method: str
    path: str
    raw_path: str  # with the URL query string, to check what a request put in its URL
    params: dict[str, str]  # URL parameters and form fields, merged
    query: dict[str, Any] | None
    status: int = 0


@dataclass
class Fault:
    kind: str  # "status" | "slow" | "malformed" | "drop_objects" | "pass" (answered normally)
    status: int = 500
    delay: float = 0.0
    path: str | None = None  # only requests to this path use it (None: any request)


@dataclass
class _Answer:
    status: int
    body: bytes
    content_type: str = "application/json;charset=UTF-8"
    headers: dict[str, str] = field(default_factory=dict)


class FakeApidae:
    """The fake server. Start/stop with `with`, or `start()` / `stop()`. Thread-safe."""

    def __init__(
        self,
        api_key: str = DEFAULT_API_KEY,
        project_id: int = DEFAULT_PROJECT_ID,
        host: str = "127.0.0.1",
        port: int = 0,
        samples: Path | None = None,
        synthetic: int = 0,
    ) -> None:
        self.api_key = api_key
        self.project_id = project_id
        data = load_samples(samples)
        # Tracked: every change stamps them, and the id index below rebuilds when a stamp moves.
        self.objects: dict[int, dict[str, Any]] = _TrackedDict(data.objects)
        self.selections: dict[int, list[int]] = _TrackedDict(data.selections, lists=True)
        self.reference_elements: dict[int, dict[str, Any]] = data.reference_elements
        self.export_dir = (samples or samples_dir()) / EXPORT_SAMPLE_DIR
        self.requests: list[RecordedRequest] = []
        self.confirmed_exports: list[str] = []
        self.in_flight = 0  # requests being answered right now
        self.max_in_flight = 0  # the most answered at once (concurrent paging tests)
        self._faults: deque[Fault] = deque()
        self._lock = threading.Lock()
        # Sorted ids per selection set, like the search index a real Apidae keeps: recomputing a sorted
        # 50,000-id list for each 200-object page (70 ms) made the fake, not the client, the bottleneck.
        self._index: dict[tuple, tuple[tuple, list[int], frozenset[int]]] = {}
        self._stopping = threading.Event()
        self._host, self._port = host, port
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        if synthetic:
            self.add_synthetic(synthetic)

    # -- data --------------------------------------------------------------------------------------

    @property
    def sample_ids(self) -> list[int]:
        return list(self.selections[SAMPLES_SELECTION_ID])

    def add_objects(self, objects: Iterable[dict[str, Any]], selection_id: int) -> list[int]:
        """Serve these objects in `selection_id` (created if needed); return their ids."""
        ids = []
        with self._lock:
            for obj in objects:
                self.objects[int(obj["id"])] = obj
                ids.append(int(obj["id"]))
            self.selections[selection_id] = sorted(set(self.selections.get(selection_id, [])) | set(ids))
        return ids

    def add_synthetic(
        self, n: int, selection_id: int = SYNTHETIC_SELECTION_ID, start_id: int = 10_000_000
    ) -> list[int]:
        """Add `n` synthetic objects shaped like the samples to `selection_id`."""
        templates = [self.objects[i] for i in self.sample_ids]
        return self.add_objects(synthetic_objects(n, start_id, templates), selection_id)

    # -- faults ------------------------------------------------------------------------------------

    def _add_fault(self, n: int, fault: Fault) -> None:
        with self._lock:
            self._faults.extend(copy.copy(fault) for _ in range(n))

    def fail_next(self, n: int = 1, status: int = 500, path: str | None = None) -> None:
        """The next `n` requests answer `status` with an Apidae-like JSON error body."""
        self._add_fault(n, Fault("status", status=status, path=path))

    def pass_next(self, n: int = 1, path: str | None = None) -> None:
        """The next `n` requests are answered normally; faults queued after this apply to the ones after."""
        self._add_fault(n, Fault("pass", path=path))

    def slow_next(self, n: int = 1, delay: float = 2.0, path: str | None = None) -> None:
        """The next `n` requests wait `delay` seconds before answering (a client read timeout)."""
        self._add_fault(n, Fault("slow", delay=delay, path=path))

    def malformed_next(self, n: int = 1, path: str | None = None) -> None:
        """The next `n` requests answer 200 with a truncated JSON body."""
        self._add_fault(n, Fault("malformed", path=path))

    def drop_objects_next(self, n: int = 1) -> None:
        """The next `n` searches answer `numFound` without `objetsTouristiques` / `objetTouristiqueIds`."""
        self._add_fault(n, Fault("drop_objects"))

    def reset(self) -> None:
        """Forget logged requests, confirmations and pending faults."""
        with self._lock:
            self.requests.clear()
            self.confirmed_exports.clear()
            self._faults.clear()
            self.max_in_flight = 0

    def _take_fault(self, path: str) -> Fault | None:
        with self._lock:
            for fault in self._faults:
                if fault.kind == "drop_objects" and path not in (SEARCH_PATH, IDENTIFIERS_PATH):
                    continue
                if fault.path is None or fault.path == path:
                    self._faults.remove(fault)
                    return fault
        return None

    # -- lifecycle -------------------------------------------------------------------------------------

    @property
    def url(self) -> str:
        if self._server is None:
            raise RuntimeError("server not started")
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/"

    @property
    def export_url(self) -> str:
        return f"{self.url}exports/{EXPORT_SAMPLE_DIR}.zip"

    @property
    def confirm_url(self) -> str:
        return f"{self.url}exports/confirm/{EXPORT_SAMPLE_DIR}"

    def start(self) -> FakeApidae:
        fake = self

        class Handler(_Handler):
            server_fake = fake

        self._stopping.clear()
        self._server = ThreadingHTTPServer((self._host, self._port), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, name="fake-apidae", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()  # wakes up handlers sleeping in a "slow" fault
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._server = self._thread = None

    def __enter__(self) -> FakeApidae:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def serve_forever(self) -> None:
        """Run in the foreground until Ctrl-C (the command line)."""
        if self._server is None:
            self.start()
        try:
            while self._thread is not None and self._thread.is_alive():
                self._thread.join(timeout=0.5)
        except KeyboardInterrupt:
            pass
        finally:
            self.stop()

    # -- protocol ----------------------------------------------------------------------------------

    def handle(self, method: str, raw_path: str, body: bytes, content_type: str) -> tuple[_Answer, Fault | None]:
        split = urlsplit(raw_path)
        path = split.path
        params = {k: v[-1] for k, v in parse_qs(split.query, keep_blank_values=True).items()}
        if method == "POST" and content_type.startswith("application/x-www-form-urlencoded"):
            form = {k: v[-1] for k, v in parse_qs(body.decode("utf-8"), keep_blank_values=True).items()}
            params = {**params, **form}
        record = RecordedRequest(method, path, raw_path, params, None)
        with self._lock:
            self.requests.append(record)
        fault = self._take_fault(path)
        answer = self._answer(method, path, params, raw_path, fault, record)
        record.status = answer.status
        return answer, fault if fault and fault.kind == "slow" else None

    def _answer(
        self,
        method: str,
        path: str,
        params: dict[str, str],
        raw_path: str,
        fault: Fault | None,
        record: RecordedRequest,
    ) -> _Answer:
        echo = f"{method} {raw_path}" + (f" query={params['query']}" if "query" in params else "")
        if fault and fault.kind == "status":
            error_type = "ERREUR_INTERNE" if fault.status >= 500 else "REQUETE_INVALIDE"
            return _error(fault.status, error_type, f"Erreur lors du traitement de la requête {echo}")
        if fault and fault.kind == "malformed":
            return _Answer(200, b'{"query":{"first":0},"numFound":12,"objetsTouristiques":[{"type":"EQUIP')
        if path.startswith(CONFIRM_PREFIX) and method == "GET":
            with self._lock:
                self.confirmed_exports.append(path[len(CONFIRM_PREFIX) :])
            return _Answer(200, b"OK", "text/plain;charset=UTF-8")
        if path.startswith(EXPORT_PREFIX) and path.endswith(".zip") and method == "GET":
            return self._export_zip(path)
        if path.startswith(GET_BY_ID_PREFIX) and method == "GET":
            return self._get_by_id(path, params, echo)
        if path in (SEARCH_PATH, IDENTIFIERS_PATH, REFERENCE_PATH) and method in ("GET", "POST"):
            if "query" not in params:
                return _error(400, "REQUETE_INVALIDE", "Le paramètre query est obligatoire")
            try:
                query = json.loads(params["query"])
                if not isinstance(query, dict):
                    raise ValueError("query must be a JSON object")
            except ValueError as exc:
                return _error(400, "REQUETE_INVALIDE", f"query n'est pas un JSON valide : {exc}")
            record.query = query
            denied = self._check_credentials(query.get("apiKey"), query.get("projetId"), echo)
            if denied:
                return denied
            if path == REFERENCE_PATH:
                return self._references(query)
            return self._search(path, query, drop=bool(fault and fault.kind == "drop_objects"))
        return _error(404, "RESSOURCE_INCONNUE", f"Ressource inconnue : {echo}")

    def _check_credentials(self, api_key: Any, project_id: Any, echo: str) -> _Answer | None:
        if api_key != self.api_key:
            return _error(401, "ACCES_NON_AUTORISE", f"Clé d'API invalide pour la requête {echo}")
        try:
            if int(project_id) != self.project_id:
                raise ValueError
        except (TypeError, ValueError):
            return _error(403, "PROJET_NON_AUTORISE", f"Projet {project_id!r} non autorisé pour cette clé")
        return None

    def _matching_ids(self, query: dict[str, Any]) -> list[int]:
        with self._lock:
            ordered, members = self._indexed(query.get("selectionIds") or None)
            if query.get("identifiants"):
                ordered = sorted({int(i) for i in query["identifiants"]} & members)
            objects = {i: self.objects[i] for i in ordered} if query.get("order") == "NOM" else None
        reverse = query.get("asc") is False
        if objects is not None:
            return sorted(objects, key=lambda i: (objects[i].get("nom", {}).get("libelleFr", ""), i), reverse=reverse)
        return ordered[::-1] if reverse else ordered

    def _indexed(self, selection_ids: list[Any] | None) -> tuple[list[int], frozenset[int]]:
        """Sorted ids (and their set) of the objects in these selections, or of all objects; cached.

        The cache is keyed by the stamps of `objects` and of the selections' lists (tracked containers),
        so tests that edit `selections[...]` or `objects` in place are seen at once. Called with the lock
        held.
        """
        key = tuple(sorted({int(s) for s in selection_ids})) if selection_ids else None
        fingerprint = (
            self.objects.stamp,  # type: ignore[attr-defined]
            tuple(getattr(self.selections.get(s), "stamp", 0) for s in key) if key else (),
        )
        cached = self._index.get(key)
        if cached is not None and cached[0] == fingerprint:
            return cached[1], cached[2]
        if key:
            ids: set[int] = set()
            for selection_id in key:
                ids.update(self.selections.get(selection_id, ()))
            ids.intersection_update(self.objects)
        else:
            ids = set(self.objects)
        ordered, members = sorted(ids), frozenset(ids)
        self._index[key] = (fingerprint, ordered, members)
        return ordered, members

    def _search(self, path: str, query: dict[str, Any], drop: bool) -> _Answer:
        ids = self._matching_ids(query)
        first = max(int(query.get("first", 0)), 0)
        count = min(max(int(query.get("count", DEFAULT_COUNT)), 0), MAX_COUNT)
        page = ids[first : first + count]
        envelope: dict[str, Any] = {"query": query, "numFound": len(ids)}
        if page and not drop:
            if path == IDENTIFIERS_PATH:
                envelope["objetTouristiqueIds"] = page
            else:
                locales = query.get("locales")
                fields = query.get("responseFields")
                envelope["objetsTouristiques"] = [
                    filter_locales(project_fields(self.objects[i], fields), locales) for i in page
                ]
        envelope["formatVersion"] = "v002"
        return _json(200, envelope)

    def _get_by_id(self, path: str, params: dict[str, str], echo: str) -> _Answer:
        denied = self._check_credentials(params.get("apiKey"), params.get("projetId"), echo)
        if denied:
            return denied
        raw_id = path[len(GET_BY_ID_PREFIX) :].strip("/")
        if not raw_id.isdigit() or int(raw_id) not in self.objects:
            return _error(404, "OBJET_NON_TROUVE", f"Objet touristique {raw_id} introuvable")
        fields = [f for f in params.get("responseFields", "").split(",") if f]
        locales = [code for code in params.get("locales", "").split(",") if code]
        return _json(200, filter_locales(project_fields(self.objects[int(raw_id)], fields), locales))

    def _references(self, query: dict[str, Any]) -> _Answer:
        wanted = [int(i) for i in query.get("elementReferenceIds") or []]
        found = [self.reference_elements[i] for i in wanted if i in self.reference_elements]
        return _json(200, filter_locales(found, query.get("locales")))

    def _export_zip(self, path: str) -> _Answer:
        name = path[len(EXPORT_PREFIX) : -len(".zip")]
        if name != EXPORT_SAMPLE_DIR or not self.export_dir.is_dir():
            return _error(404, "RESSOURCE_INCONNUE", f"Export {name} introuvable")
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for file in sorted(self.export_dir.rglob("*")):
                if file.is_file():
                    archive.write(file, file.relative_to(self.export_dir).as_posix())
        return _Answer(200, buffer.getvalue(), "application/zip")


def _json(status: int, payload: Any) -> _Answer:
    return _Answer(status, json.dumps(payload, ensure_ascii=False).encode("utf-8"))


def _error(status: int, error_type: str, message: str) -> _Answer:
    return _json(status, {"errorType": error_type, "message": message})


class _Handler(BaseHTTPRequestHandler):
    server_fake: FakeApidae
    server_version = "FakeApidae/1.0"
    protocol_version = "HTTP/1.1"  # keep-alive, as Apidae's front servers: no new connection per page
    disable_nagle_algorithm = True  # headers and body go out at once (no 40 ms delayed-ACK stall per page)
    quiet = True

    def do_GET(self) -> None:  # noqa: N802 - http.server naming
        self._dispatch("GET")

    def do_POST(self) -> None:  # noqa: N802 - http.server naming
        self._dispatch("POST")

    def _dispatch(self, method: str) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        fake = self.server_fake
        with fake._lock:
            fake.in_flight += 1
            fake.max_in_flight = max(fake.max_in_flight, fake.in_flight)
        try:
            answer, slow = fake.handle(method, self.path, body, self.headers.get("Content-Type", ""))
            if slow is not None and fake._stopping.wait(slow.delay):
                return  # server stopping: drop the answer
        finally:
            with fake._lock:
                fake.in_flight -= 1
        try:
            self.send_response(answer.status)
            self.send_header("Content-Type", answer.content_type)
            self.send_header("Content-Length", str(len(answer.body)))
            for key, value in answer.headers.items():
                self.send_header(key, value)
            self.end_headers()
            self.wfile.write(answer.body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (timeout): expected with "slow" faults

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - http.server signature
        if not self.quiet:
            sys.stderr.write("fake-apidae: " + (format % args) + "\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Run a fake Apidae API v002 on 127.0.0.1 serving the samples.")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--api-key", default=DEFAULT_API_KEY)
    parser.add_argument("--project-id", type=int, default=DEFAULT_PROJECT_ID)
    parser.add_argument(
        "--synthetic", type=int, default=0, help=f"add N synthetic objects (selection {SYNTHETIC_SELECTION_ID})"
    )
    parser.add_argument("--verbose", action="store_true", help="log every request to stderr")
    args = parser.parse_args(argv)
    _Handler.quiet = not args.verbose
    fake = FakeApidae(args.api_key, args.project_id, args.host, args.port, synthetic=args.synthetic)
    fake.start()
    selections = ", ".join(f"{k} ({len(v)} objects)" for k, v in sorted(fake.selections.items()))
    sys.stdout.write(
        f"Fake Apidae on {fake.url}\n"
        f"  APIDAE_API_URL={fake.url} APIDAE_API_KEY={fake.api_key} APIDAE_PROJECT_ID={fake.project_id}\n"
        f"  selections: {selections}\n"
        f"  export ZIP: {fake.export_url}\n"
        "Ctrl-C to stop.\n"
    )
    sys.stdout.flush()
    fake.serve_forever()
    return 0


if __name__ == "__main__":
    sys.exit(main())
