"""HTTP client for the Apidae API v002 (read side: search, ids, one object, reference elements, exports).

The one seam between the portal and Apidae's web service. Everything above it (mapping, sync runs,
commands) sees plain dicts and `apidae_sync.exceptions`, never `requests`. Why it is built this way:

- **POST with a `query` form field** for search, ids and reference calls: Apidae accepts the `query` JSON
  as a GET parameter or a POST form field, and the JSON carries `apiKey`. A POST keeps the key out of
  URLs, hence out of proxy/access logs, `requests`/`urllib3` debug lines and exception messages.
  `get-by-id` only takes URL parameters, so there the key is in the URL and masking has to catch it.
- **The key is masked everywhere** this module writes text: exception messages, log lines, and the
  `query` block Apidae echoes back in search envelopes. Apidae error bodies may echo the request too.
  Exceptions raised here are raised `from None` so that a logged traceback does not carry the original
  `requests` exception (whose message holds the full URL).
- **Retries with exponential backoff** on 5xx, 429, connection errors and timeouts: a sync run pages
  through thousands of objects and one flaky answer must not fail it. 4xx is never retried: a wrong key
  or a bad query will not get better.
- **Paging checks the envelope**: an empty result has *no* `objetsTouristiques` key (Geotrek #1956),
  which is normal when `numFound` is 0 but means a broken answer when objects were expected. A sync run
  that silently treated that as "no objects" would unpublish a whole catalogue.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import logging
import os
import re
import tempfile
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import quote, quote_plus, urljoin, urlsplit

import requests
from requests.adapters import HTTPAdapter

from .exceptions import (
    ApidaeConfigurationError,
    ApidaeConnectionError,
    ApidaeError,
    ApidaeHTTPError,
    ApidaeMalformedResponse,
    ApidaeTimeout,
)

logger = logging.getLogger(__name__)

T = TypeVar("T")

DEFAULT_API_URL = "https://api.apidae-tourisme.com/"
SEARCH_PATH = "api/v002/recherche/list-objets-touristiques"
IDENTIFIERS_PATH = "api/v002/recherche/list-identifiants"
GET_BY_ID_PATH = "api/v002/objet-touristique/get-by-id/{object_id}"
REFERENCE_ELEMENTS_PATH = "api/v002/referentiel/elements-reference"

#: Public clients use 20–200 per page; 200 is treated as Apidae's maximum (unverified, see API-NOTES.md).
MAX_PAGE_SIZE = 200
#: Upper bound for concurrent requests of one client (connection pool size). No rate limit is documented
#: (unverified); the sync asks for APIDAE_CONCURRENCY (default 4) to stay a polite client.
MAX_CONCURRENCY = 8
MASK = "***"
USER_AGENT = "smart-destinations-apidae-sync/0.1 (+python-requests)"

Timeout = float | tuple[float, float]

# Second line of defence after the exact key value: anything that looks like an apiKey assignment, in JSON,
# in a URL, or in URL-encoded JSON (`apiKey%22%3A%22...`), whatever key it holds.
_KEY_PATTERNS = (
    re.compile(r"""(?i)(["']?api_?key["']?\s*[:=]\s*["']?)(?!\*\*\*)([^"'&\s,}]+)"""),
    re.compile(r"(?i)(api_?key(?:%22)?(?:%3A|%3D)(?:%20|\+)*(?:%22)?)(?!\*\*\*)([^%&\s\"]+)"),
)
# Errors that mean "the connection broke": worth a retry, like a refused connection.
_CONNECTION_ERRORS = (
    requests.ConnectionError,
    requests.exceptions.ChunkedEncodingError,
    requests.exceptions.ContentDecodingError,
)


class _Masker:
    """Replaces the API key (raw, URL-encoded and JSON-escaped forms) and apiKey-looking values by ***.

    The project-wide `portal.logging_filters.MaskSecretsFilter` only knows the key from the environment
    and only runs on the handlers it is attached to (not, for instance, on pytest's caplog or on an
    exception message shown in the admin). The client may be built with a key from elsewhere, so it
    masks on its own, before any text leaves it.
    """

    def __init__(self, *secrets: str) -> None:
        variants: set[str] = set()
        for secret in secrets:
            if secret:
                variants |= {secret, quote(secret, safe=""), quote_plus(secret), json.dumps(secret)[1:-1]}
        # Longest first, so that an encoded form is not half-replaced through a shorter one.
        self._variants = sorted(variants, key=len, reverse=True)

    def __call__(self, value: object) -> str:
        text = str(value)
        for variant in self._variants:
            text = text.replace(variant, MASK)
        for pattern in _KEY_PATTERNS:
            text = pattern.sub(lambda m: m.group(1) + MASK, text)
        return text


class ApidaeClient:
    """Read client for one Apidae project (`projetId`) and its API key.

    `timeout` is requests' `(connect, read)` in seconds. `retries` is the number of *extra* attempts after
    the first one for transient failures (5xx, 429, connection errors, timeouts); attempt n waits
    `backoff * 2**n` seconds (capped at `max_backoff`, or Apidae's `Retry-After` when it sends one).
    Pass `session` to share a connection pool or to add adapters; otherwise the client owns its session
    (use it as a context manager or call `close()`).
    """

    def __init__(
        self,
        base_url: str,
        api_key: str,
        project_id: int | str,
        timeout: Timeout = (5, 30),
        retries: int = 3,
        backoff: float = 1.0,
        session: requests.Session | None = None,
        *,
        max_backoff: float = 60.0,
    ) -> None:
        if not api_key:
            raise ApidaeConfigurationError("Apidae API key is missing (set APIDAE_API_KEY)")
        try:
            self.project_id = int(project_id)
        except (TypeError, ValueError):
            raise ApidaeConfigurationError(
                f"Apidae project id must be an integer (set APIDAE_PROJECT_ID), got {str(project_id)[:40]!r}"
            ) from None
        if not base_url:
            raise ApidaeConfigurationError("Apidae API URL is empty (set APIDAE_API_URL)")
        if retries < 0:
            raise ValueError("retries must be >= 0")
        self.base_url = base_url.rstrip("/") + "/"
        self.timeout = timeout
        self.retries = retries
        self.backoff = backoff
        self.max_backoff = max_backoff
        self._api_key = api_key
        self._mask = _Masker(api_key)
        self._owns_session = session is None
        if session is None:
            # Room for concurrent page requests (`iter_objects(concurrency=…)`) on one keep-alive pool.
            session = requests.Session()
            adapter = HTTPAdapter(pool_connections=2, pool_maxsize=MAX_CONCURRENCY)
            session.mount("https://", adapter)
            session.mount("http://", adapter)
        self._session = session

    # -- construction from configuration ------------------------------------------------------------

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **kwargs: Any) -> ApidaeClient:
        """Build from APIDAE_API_URL (default: the public API), APIDAE_API_KEY and APIDAE_PROJECT_ID."""
        env = os.environ if environ is None else environ
        return cls(
            env.get("APIDAE_API_URL") or DEFAULT_API_URL,
            env.get("APIDAE_API_KEY", ""),
            env.get("APIDAE_PROJECT_ID", ""),
            **kwargs,
        )

    @classmethod
    def from_settings(cls, **kwargs: Any) -> ApidaeClient:
        """Build from Django settings `APIDAE_API_URL/_KEY/_PROJECT_ID` when defined, else from the environment.

        Settings win so that tests can use `override_settings`; the environment stays the production
        source (DESIGN.md: configuration by environment variables).
        """
        values: dict[str, str] = {}
        try:
            from django.conf import settings

            if settings.configured:
                for name in ("APIDAE_API_URL", "APIDAE_API_KEY", "APIDAE_PROJECT_ID"):
                    value = getattr(settings, name, None)
                    if value not in (None, ""):
                        values[name] = str(value)
        except ImportError:  # pragma: no cover - Django is a project dependency; the client does not need it
            pass
        environ = {name: os.environ.get(name, "") for name in ("APIDAE_API_URL", "APIDAE_API_KEY", "APIDAE_PROJECT_ID")}
        environ.update(values)
        return cls.from_env(environ, **kwargs)

    def __repr__(self) -> str:
        return f"<ApidaeClient {self.base_url} projetId={self.project_id} apiKey={MASK}>"

    def close(self) -> None:
        if self._owns_session:
            self._session.close()

    def __enter__(self) -> ApidaeClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- public API -----------------------------------------------------------------------------------

    def search_objects(
        self,
        selection_ids: Iterable[int] | None,
        first: int = 0,
        count: int = MAX_PAGE_SIZE,
        locales: Sequence[str] | None = None,
        response_fields: Sequence[str] | None = None,
        order: str | None = "IDENTIFIANT",
        *,
        asc: bool = True,
        extra: Mapping[str, Any] | None = None,
    ) -> dict[str, Any]:
        """One page of `recherche/list-objets-touristiques`: the envelope `{query, numFound, objetsTouristiques}`.

        The envelope is checked and normalised: `objetsTouristiques` is always a list (Apidae omits the
        key when the page is empty), every object has an integer `id`, and the echoed `query.apiKey` is
        masked. `order="IDENTIFIANT"` (the default) keeps paging stable while objects change. `extra` adds
        other query fields (`criteresQuery`, `searchQuery`, `modifieApres`, …).
        """
        query: dict[str, Any] = {"first": first, "count": count, "asc": asc}
        if selection_ids is not None:
            query["selectionIds"] = _int_list(selection_ids)
        if order:
            query["order"] = order
        if locales:
            query["locales"] = list(locales)
        if response_fields:
            query["responseFields"] = _with_id(response_fields)
        if extra:
            query.update(extra)
        envelope = self._query(SEARCH_PATH, query)
        return self._check_page(envelope, first, "objetsTouristiques", f"POST {SEARCH_PATH}", _check_object)

    def iter_objects(
        self,
        selection_ids: Iterable[int] | None,
        locales: Sequence[str] | None = None,
        response_fields: Sequence[str] | None = None,
        page_size: int = MAX_PAGE_SIZE,
        *,
        order: str | None = "IDENTIFIANT",
        extra: Mapping[str, Any] | None = None,
        concurrency: int = 1,
    ) -> Iterator[dict[str, Any]]:
        """Every object of the selections, page after page, each id once, in the server's order.

        Pages advance by the number of objects actually received (not by `page_size`), so a server that
        caps `count` below what was asked does not make us skip objects. An object seen twice (the result
        shifted between two pages) is yielded once. Any broken page raises: a partial catalogue must never
        look like a complete one.

        `concurrency` > 1 asks for up to that many pages at once once the first page has told `numFound`
        and the server's real page size: over the Internet a page costs a round trip plus Apidae's own
        search time, and 250 sequential pages (50,000 objects) add up to minutes. Pages are still yielded
        in order, and at most `2 × concurrency` are held in memory. If a page comes back short or
        `numFound` moves (objects added or removed while we page), the rest is read sequentially, exactly
        as with `concurrency=1`.

        Offset paging skips objects when some leave the result mid-way (everything after them slides
        down a page boundary), and a sync would then unpublish the skipped ones. So when `numFound`
        shrinks, paging steps back by as many positions as objects left; duplicates are dropped.
        """
        if page_size < 1:
            raise ValueError("page_size must be >= 1")
        selection_ids = None if selection_ids is None else _int_list(selection_ids)
        seen: set[int] = set()

        def fetch(first: int, count: int) -> dict[str, Any]:
            return self.search_objects(selection_ids, first, count, locales, response_fields, order, extra=extra)

        def fresh(objects: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
            for obj in objects:
                if obj["id"] in seen:
                    self._log(logging.WARNING, "Apidae returned object %s twice while paging; kept once", obj["id"])
                    continue
                seen.add(obj["id"])
                yield obj

        first = 0
        known = None  # numFound as last seen
        concurrency = min(concurrency, MAX_CONCURRENCY)
        if concurrency > 1:
            page = fetch(0, page_size)
            objects: list[dict[str, Any]] = page["objetsTouristiques"]
            yield from fresh(objects)
            known, step = page["numFound"], len(objects)
            first = step
            if not objects or first >= known:
                return
            offsets = range(step, known, step)
            with contextlib.closing(self._ordered_parallel(fetch, ((o, step) for o in offsets), concurrency)) as pages:
                for offset, page in pages:
                    if page["numFound"] != known:
                        first = offset  # the result moved under us: re-read from here, one page at a time
                        break
                    objects = page["objetsTouristiques"]
                    yield from fresh(objects)
                    first = offset + len(objects)
                    if len(objects) < min(step, known - offset):
                        break
                else:
                    return
        while True:
            page = fetch(first, page_size)
            num_found = page["numFound"]
            objects = page["objetsTouristiques"]
            yield from fresh(objects)
            if known is not None and num_found < known:
                # Objects left the result while we paged: up to (known - num_found) objects we have not
                # seen may have slid below `first`. Step back that far (what we see twice is dropped).
                self._log(
                    logging.INFO,
                    "Apidae result shrank from %d to %d objects while paging; re-reading from %d",
                    known,
                    num_found,
                    max(0, first - (known - num_found)),
                )
                first, known = max(0, first - (known - num_found)), num_found
                continue
            known = num_found
            first += len(objects)
            if not objects or first >= num_found:
                return

    def iter_pages_by_id(
        self,
        object_ids: Sequence[int],
        selection_ids: Iterable[int] | None = None,
        locales: Sequence[str] | None = None,
        response_fields: Sequence[str] | None = None,
        *,
        page_size: int = MAX_PAGE_SIZE,
        concurrency: int = 1,
    ) -> Iterator[list[dict[str, Any]]]:
        """The objects with these ids (`identifiants`, `page_size` per request), one list per request, in order.

        Ids Apidae no longer knows (or that left `selection_ids`) are simply missing from the pages.
        With `concurrency` > 1, up to that many requests run at once (see `iter_objects`).
        """
        if page_size < 1:
            raise ValueError("page_size must be >= 1")
        concurrency = min(concurrency, MAX_CONCURRENCY)
        ids = _int_list(object_ids)
        chunks = [ids[i : i + page_size] for i in range(0, len(ids), page_size)]

        def fetch(chunk: list[int]) -> list[dict[str, Any]]:
            return list(
                self.iter_objects(
                    selection_ids, locales, response_fields, page_size, extra={"identifiants": chunk}
                )
            )

        with contextlib.closing(self._ordered_parallel(fetch, ((c,) for c in chunks), concurrency)) as pages:
            for _chunk, objects in pages:
                yield objects

    def _ordered_parallel(
        self, call: Callable[..., T], arguments: Iterable[tuple[Any, ...]], concurrency: int
    ) -> Iterator[tuple[Any, T]]:
        """(first argument, result) of `call(*args)` for each args, in order, at most `concurrency` running.

        A bounded window (2 × concurrency submitted, results handed out in order) keeps memory flat.
        The first exception is raised as is; requests not yet started are cancelled, running ones are
        waited for. With `concurrency` <= 1 the calls run one after the other in this thread.
        """
        if concurrency <= 1:
            for args in arguments:
                yield args[0], call(*args)
            return
        pending: deque[tuple[Any, Future[T]]] = deque()
        queue = iter(arguments)
        with ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="apidae") as pool:
            try:
                for args in itertools.islice(queue, 2 * concurrency):
                    pending.append((args[0], pool.submit(call, *args)))
                while pending:
                    key, future = pending.popleft()
                    result = future.result()
                    for args in itertools.islice(queue, 1):
                        pending.append((args[0], pool.submit(call, *args)))
                    yield key, result
            finally:
                for _key, future in pending:
                    future.cancel()

    def list_identifiers(self, selection_ids: Iterable[int] | None, page_size: int = MAX_PAGE_SIZE) -> set[int]:
        """Ids of every object in the selections (`recherche/list-identifiants`, paged).

        Cheap way to find objects that left a selection, to unpublish them.
        """
        if page_size < 1:
            raise ValueError("page_size must be >= 1")
        query: dict[str, Any] = {"order": "IDENTIFIANT", "asc": True}
        if selection_ids is not None:
            query["selectionIds"] = _int_list(selection_ids)
        ids: set[int] = set()
        first = 0
        while True:
            envelope = self._query(IDENTIFIERS_PATH, {**query, "first": first, "count": page_size})
            envelope = self._check_page(envelope, first, "objetTouristiqueIds", f"POST {IDENTIFIERS_PATH}", _check_id)
            page: list[int] = envelope["objetTouristiqueIds"]
            ids.update(page)
            first += len(page)
            if not page or first >= envelope["numFound"]:
                return ids

    def get_object(
        self,
        object_id: int,
        locales: Sequence[str] | None = None,
        response_fields: Sequence[str] | None = None,
    ) -> dict[str, Any]:
        """One object by id (`objet-touristique/get-by-id/{id}`). An unknown id raises ApidaeHTTPError (404)."""
        object_id = int(object_id)
        params: dict[str, str] = {"apiKey": self._api_key, "projetId": str(self.project_id)}
        if response_fields:
            params["responseFields"] = ",".join(_with_id(response_fields))
        if locales:
            params["locales"] = ",".join(locales)
        path = GET_BY_ID_PATH.format(object_id=object_id)
        target = f"GET {path}"
        obj = self._call("GET", urljoin(self.base_url, path), target, self._json_consumer(target), params=params)
        if not isinstance(obj, dict):
            raise ApidaeMalformedResponse(f"Apidae {target}: expected a JSON object, got {type(obj).__name__}")
        if "id" in obj and obj["id"] != object_id:
            raise ApidaeMalformedResponse(f"Apidae {target}: answered object {self._mask(obj['id'])!s}")
        return obj

    def reference_elements(
        self, ids: Iterable[int], locales: Sequence[str] | None = None, chunk_size: int = MAX_PAGE_SIZE
    ) -> list[dict[str, Any]]:
        """Reference elements (criteria, types, themes…) by id (`referentiel/elements-reference`).

        Ids are sent in chunks: the API has no documented limit, and a long URL-encoded query is a
        classic way to hit one.
        """
        id_list = sorted(set(_int_list(ids)))
        elements: list[dict[str, Any]] = []
        target = f"POST {REFERENCE_ELEMENTS_PATH}"
        for start in range(0, len(id_list), chunk_size):
            query: dict[str, Any] = {"elementReferenceIds": id_list[start : start + chunk_size]}
            if locales:
                query["locales"] = list(locales)
            answer = self._query(REFERENCE_ELEMENTS_PATH, query)
            if not isinstance(answer, list) or not all(isinstance(e, dict) and "id" in e for e in answer):
                raise ApidaeMalformedResponse(f"Apidae {target}: expected a list of reference elements")
            elements.extend(answer)
        return elements

    def download(self, url: str, dest_path: str | os.PathLike[str], chunk_size: int = 1 << 20) -> Path:
        """Stream `url` (an export ZIP's `urlRecuperation`) to `dest_path`, atomically.

        The body goes to a temporary file next to the destination, renamed only once complete: a broken
        download never leaves a truncated ZIP that a later run would read as a valid export. Retried like
        API calls (the whole download starts again).
        """
        _check_http_url(url, self._mask)
        dest = Path(dest_path)
        dest.parent.mkdir(parents=True, exist_ok=True)
        target = f"GET {urlsplit(url).path}"

        def consume(response: requests.Response) -> Path:
            fd, tmp_name = tempfile.mkstemp(dir=dest.parent, prefix=f".{dest.name}.", suffix=".part")
            try:
                with os.fdopen(fd, "wb") as fh:
                    for chunk in response.iter_content(chunk_size=chunk_size):
                        fh.write(chunk)
                os.replace(tmp_name, dest)
            except BaseException:
                Path(tmp_name).unlink(missing_ok=True)
                raise
            return dest

        return self._call("GET", url, target, consume, stream=True)

    def confirm_export(self, url: str) -> None:
        """Call an export's `urlConfirmation`, telling Apidae the export was applied."""
        _check_http_url(url, self._mask)
        self._call("GET", url, f"GET {urlsplit(url).path}", lambda response: None)

    # -- internals ------------------------------------------------------------------------------------

    def _query(self, path: str, query: Mapping[str, Any]) -> Any:
        """POST the `query` form field (JSON with apiKey/projetId inside) and decode the JSON answer."""
        if "apiKey" in query or "projetId" in query:
            raise ValueError("apiKey and projetId are set by the client")
        payload = {**query, "apiKey": self._api_key, "projetId": self.project_id}
        data = {"query": json.dumps(payload, ensure_ascii=False, separators=(",", ":"))}
        target = f"POST {path}"
        return self._call("POST", urljoin(self.base_url, path), target, self._json_consumer(target), data=data)

    def _json_consumer(self, target: str) -> Callable[[requests.Response], Any]:
        def consume(response: requests.Response) -> Any:
            try:
                return response.json()
            except ValueError as exc:
                # Not retried: a complete 2xx body that is not JSON is a server bug, not a hiccup
                # (a truncated body is caught earlier, as a connection error, and retried).
                raise ApidaeMalformedResponse(
                    self._mask(f"Apidae {target}: invalid JSON in the answer ({exc})")
                ) from None

        return consume

    def _call(
        self,
        method: str,
        url: str,
        target: str,
        consume: Callable[[requests.Response], T],
        **kwargs: Any,
    ) -> T:
        """Send one request with retries; `consume` turns a 2xx response into the result.

        `consume` runs inside the retry loop, so a body that breaks while it is read (streamed downloads)
        is retried too.
        """
        target = self._mask(target)
        attempts = self.retries + 1
        headers = {"Accept": "application/json", "User-Agent": USER_AGENT}
        failure: ApidaeError | None = None
        for attempt in range(attempts):
            retry_after: float | None = None
            started = time.monotonic()
            try:
                response = self._session.request(method, url, timeout=self.timeout, headers=headers, **kwargs)
                with response:
                    self._log(
                        logging.DEBUG,
                        "Apidae %s -> HTTP %s in %.2f s",
                        target,
                        response.status_code,
                        time.monotonic() - started,
                    )
                    if response.status_code < 400:
                        return consume(response)
                    http_failure = self._http_error(response, target)
                    retry_after = _retry_after(response)
                if not http_failure.retryable:
                    self._log(logging.ERROR, "%s", http_failure)
                    raise http_failure
                failure = http_failure
            except requests.Timeout as exc:
                failure = ApidaeTimeout(self._mask(f"Apidae {target}: no answer within {self.timeout} s ({exc})"))
            except _CONNECTION_ERRORS as exc:
                failure = ApidaeConnectionError(self._mask(f"Apidae {target}: connection failed ({exc})"))
            except requests.RequestException as exc:
                # Invalid URL, too many redirects…: retrying will not help.
                raise ApidaeError(self._mask(f"Apidae {target}: request failed ({exc})")) from None
            if attempt + 1 < attempts:
                delay = self._delay(attempt, retry_after)
                self._log(
                    logging.WARNING,
                    "%s; retry %d/%d in %.2f s",
                    failure,
                    attempt + 1,
                    self.retries,
                    delay,
                )
                time.sleep(delay)
        if failure is None:  # pragma: no cover - the loop runs at least once and either returns or fails
            raise ApidaeError(f"Apidae {target}: no attempt made")
        self._log(logging.ERROR, "%s; giving up after %d attempt(s)", failure, attempts)
        raise failure

    def _http_error(self, response: requests.Response, target: str) -> ApidaeHTTPError:
        """Map an HTTP error answer, preferring Apidae's JSON `{"errorType", "message"}` body."""
        error_type: str | None = None
        api_message: str | None = None
        try:
            body = response.json()
        except ValueError:
            body = None
        if isinstance(body, dict):
            error_type = str(body["errorType"]) if body.get("errorType") else None
            api_message = str(body["message"]) if body.get("message") else None
        # Mask before truncating: a cut through the key would leave a prefix that no longer matches it.
        detail = self._mask(api_message) if api_message else None
        if detail is None and body is None:
            snippet = " ".join(self._mask(response.text).split())[:200]
            detail = snippet or response.reason
        message = f"Apidae {target}: HTTP {response.status_code}"
        if error_type:
            message += f" {error_type}"
        if detail:
            message += f": {detail[:500]}"
        return ApidaeHTTPError(
            self._mask(message),
            status_code=response.status_code,
            error_type=self._mask(error_type) if error_type else None,
            api_message=self._mask(api_message) if api_message else None,
        )

    def _delay(self, attempt: int, retry_after: float | None) -> float:
        delay = self.backoff * (2**attempt)
        if retry_after is not None:
            delay = max(delay, retry_after)
        return min(delay, self.max_backoff)

    def _check_page(
        self,
        envelope: Any,
        first: int,
        key: str,
        target: str,
        check_item: Callable[[Any], bool],
    ) -> dict[str, Any]:
        """Validate a paged envelope and normalise it (see `search_objects`)."""
        if not isinstance(envelope, dict):
            raise ApidaeMalformedResponse(f"Apidae {target}: expected a JSON object, got {type(envelope).__name__}")
        num_found = envelope.get("numFound")
        if isinstance(num_found, bool) or not isinstance(num_found, int) or num_found < 0:
            raise ApidaeMalformedResponse(f"Apidae {target}: numFound missing or not a count")
        items = envelope.get(key)
        if items is None:
            if first < num_found:
                raise ApidaeMalformedResponse(
                    f"Apidae {target}: numFound={num_found} but no {key} in the page starting at {first}"
                )
            items = []
        if not isinstance(items, list):
            raise ApidaeMalformedResponse(f"Apidae {target}: {key} is not a list")
        if not items and first < num_found:
            raise ApidaeMalformedResponse(
                f"Apidae {target}: numFound={num_found} but an empty {key} in the page starting at {first}"
            )
        if not all(check_item(item) for item in items):
            raise ApidaeMalformedResponse(f"Apidae {target}: an entry of {key} has no integer id")
        envelope[key] = items
        echo = envelope.get("query")
        if isinstance(echo, dict) and "apiKey" in echo:
            envelope["query"] = {**echo, "apiKey": MASK}
        return envelope

    def _log(self, level: int, fmt: str, *args: object) -> None:
        """Log with the message formatted first, then masked: no handler ever sees the raw key."""
        if logger.isEnabledFor(level):
            logger.log(level, self._mask(fmt % args if args else fmt))


def _int_list(values: Iterable[int]) -> list[int]:
    try:
        return [int(v) for v in values]
    except (TypeError, ValueError):
        raise ValueError("ids must be integers") from None


def _with_id(fields: Sequence[str]) -> list[str]:
    """Ask for `id` too (paging and dedup rely on it) unless an `@` alias (@all, @minimal…) covers it."""
    field_list = list(fields)
    if "id" not in field_list and not any(f.startswith("@") for f in field_list):
        field_list.insert(0, "id")
    return field_list


def _check_object(item: Any) -> bool:
    return isinstance(item, dict) and isinstance(item.get("id"), int) and not isinstance(item.get("id"), bool)


def _check_id(item: Any) -> bool:
    return isinstance(item, int) and not isinstance(item, bool)


def _retry_after(response: requests.Response) -> float | None:
    value = response.headers.get("Retry-After", "")
    return float(value) if value.strip().isdigit() else None


def _check_http_url(url: str, mask: Callable[[object], str]) -> None:
    if urlsplit(url).scheme not in ("http", "https"):
        raise ApidaeError(f"Not an http(s) URL: {mask(url)[:200]}")
