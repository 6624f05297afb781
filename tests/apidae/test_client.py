"""ApidaeClient against the fake Apidae server, over real HTTP on 127.0.0.1 (no database needed)."""

from __future__ import annotations

import json
import logging
import socket
import threading
import zipfile
from collections.abc import Iterator

import pytest

from apidae_sync.client import MASK, SEARCH_PATH, ApidaeClient, _Masker
from apidae_sync.exceptions import (
    ApidaeConfigurationError,
    ApidaeConnectionError,
    ApidaeError,
    ApidaeHTTPError,
    ApidaeMalformedResponse,
    ApidaeTimeout,
)

from .fake_apidae import (
    EMPTY_SELECTION_ID,
    GET_BY_ID_PREFIX,
    IDENTIFIERS_PATH,
    SAMPLES_SELECTION_ID,
    SYNTHETIC_SELECTION_ID,
    FakeApidae,
)

# Long and distinctive, so that finding it in a message cannot be a coincidence.
API_KEY = "s3cr3t-Apidae-key+with/odd=chars"
FAST = {"timeout": (0.5, 0.5), "retries": 3, "backoff": 0.01}


@pytest.fixture
def fake() -> Iterator[FakeApidae]:
    with FakeApidae(api_key=API_KEY) as server:
        yield server


@pytest.fixture
def client(fake: FakeApidae) -> Iterator[ApidaeClient]:
    with ApidaeClient(fake.url, fake.api_key, fake.project_id, **FAST) as apidae:
        yield apidae


def searches(fake: FakeApidae) -> list:
    return [r for r in fake.requests if r.path == "/" + SEARCH_PATH]


def assert_key_absent(text: str) -> None:
    assert API_KEY not in text
    assert "s3cr3t" not in text  # no encoded or partial form either


# -- paging -----------------------------------------------------------------------------------------


def test_iter_objects_pages_through_every_sample_exactly_once(fake, client):
    objects = list(client.iter_objects([SAMPLES_SELECTION_ID], locales=["fr", "en"], page_size=3))

    ids = [o["id"] for o in objects]
    assert ids == sorted(fake.sample_ids)  # all of them, once each, in IDENTIFIANT order
    assert len(ids) == 11
    pages = searches(fake)
    assert [r.query["first"] for r in pages] == [0, 3, 6, 9]
    for request in pages:
        # The key travels inside the POSTed `query` JSON, never in the URL.
        assert request.method == "POST"
        assert request.raw_path == "/" + SEARCH_PATH
        assert request.query["apiKey"] == API_KEY
        assert request.query["projetId"] == fake.project_id
        assert request.query["selectionIds"] == [SAMPLES_SELECTION_ID]
        assert request.query["order"] == "IDENTIFIANT"
        assert request.query["count"] == 3


def test_iter_objects_over_synthetic_objects_and_a_server_capping_count(fake, client):
    fake.add_synthetic(250)

    ids = [o["id"] for o in client.iter_objects([SYNTHETIC_SELECTION_ID], page_size=500)]

    # The fake caps count at 200 like Apidae: the client advances by what it received, skipping nothing.
    assert len(ids) == len(set(ids)) == 250
    assert [r.query["first"] for r in searches(fake)] == [0, 200]


# -- concurrent paging ------------------------------------------------------------------------------

LISTING = ["gestion.dateModification"]


def listed_ids(client: ApidaeClient, **kwargs) -> list[int]:
    return [o["id"] for o in client.iter_objects([SYNTHETIC_SELECTION_ID], response_fields=LISTING, **kwargs)]


def test_concurrent_paging_gives_the_same_objects_in_the_same_order(fake, client):
    fake.add_synthetic(1_050)
    serial = listed_ids(client)
    fake.reset()

    parallel = listed_ids(client, concurrency=4)

    assert parallel == serial == sorted(fake.selections[SYNTHETIC_SELECTION_ID])
    assert sorted(r.query["first"] for r in searches(fake)) == [0, 200, 400, 600, 800, 1000]
    # The listing asks for one dotted field: the fake (like Apidae) sends nothing else of `gestion`.
    first = next(client.iter_objects([SYNTHETIC_SELECTION_ID], response_fields=LISTING, page_size=1))
    assert set(first) <= {"id", "type", "gestion"} and set(first["gestion"]) == {"dateModification"}


def test_concurrent_paging_overlaps_requests(fake, client):
    fake.add_synthetic(1_000)
    first_page = client.iter_objects([SYNTHETIC_SELECTION_ID], response_fields=LISTING, concurrency=4)
    next(first_page)  # the first page has been read: numFound and the page size are known
    fake.reset()
    fake.slow_next(4, delay=0.3)  # the next four answers take a while: they must be awaited together

    rest = [o["id"] for o in first_page]

    assert len(rest) == 999
    assert fake.max_in_flight >= 2, "pages were requested one after the other"


def test_concurrent_paging_learns_the_servers_page_size(fake, client):
    fake.add_synthetic(450)

    ids = listed_ids(client, page_size=500, concurrency=3)

    assert len(ids) == len(set(ids)) == 450
    pages = sorted((r.query["first"], r.query["count"]) for r in searches(fake))
    assert pages == [(0, 500), (200, 200), (400, 200)]  # Apidae capped count at 200


@pytest.mark.parametrize("concurrency", [1, 4])
def test_objects_leaving_the_result_mid_paging_do_not_hide_others(fake, client, concurrency):
    fake.add_synthetic(1_000)
    before = sorted(fake.selections[SYNTHETIC_SELECTION_ID])
    pages = client.iter_objects([SYNTHETIC_SELECTION_ID], response_fields=LISTING, concurrency=concurrency)
    seen = [next(pages)["id"] for _ in range(200)]  # the whole first page
    gone = before[10:15]  # five objects already read leave: everything after them slides down
    for object_id in gone:
        fake.selections[SYNTHETIC_SELECTION_ID].remove(object_id)

    seen += [o["id"] for o in pages]

    assert len(seen) == len(set(seen))
    assert set(seen) == set(before), "objects that slid below the next page's offset were skipped"


def test_concurrent_paging_failure_raises_and_leaves_no_thread_behind(fake):
    fake.add_synthetic(2_000)
    with ApidaeClient(fake.url, fake.api_key, fake.project_id, timeout=(0.5, 2), retries=0) as client:
        pages = client.iter_objects([SYNTHETIC_SELECTION_ID], response_fields=LISTING, concurrency=4)
        next(pages)
        threads = {t.name for t in threading.enumerate()}
        fake.fail_next(1, status=500)
        with pytest.raises(ApidaeHTTPError) as failure:
            list(pages)
        assert failure.value.status_code == 500
    assert not {t.name for t in threading.enumerate() if t.name.startswith("apidae")} - threads


def test_pages_by_id_keep_the_order_of_the_ids_asked(fake, client):
    fake.add_synthetic(700)
    wanted = sorted(fake.selections[SYNTHETIC_SELECTION_ID])[::-1][:650] + [123456789]  # plus an unknown id

    pages = list(client.iter_pages_by_id(wanted, [SYNTHETIC_SELECTION_ID], ["fr"], ["nom"], concurrency=3))

    assert [len(p) for p in pages] == [200, 200, 200, 50]
    assert {o["id"] for p in pages for o in p} == set(wanted[:650])
    assert sorted(len(r.query["identifiants"]) for r in searches(fake)) == [51, 200, 200, 200]


def test_search_objects_respects_locales_and_masks_the_echoed_key(client):
    envelope = client.search_objects([69627], first=0, count=10, locales=["fr"], response_fields=["nom"])

    assert envelope["numFound"] == 1
    (event,) = envelope["objetsTouristiques"]
    assert event["id"] == 323154 and event["type"] == "FETE_ET_MANIFESTATION"
    assert event["nom"] == {"libelleFr": "Cols Réservés 2019 : Montée de Chabre (Laragne)"}
    assert envelope["query"]["apiKey"] == MASK
    assert_key_absent(json.dumps(envelope))


@pytest.mark.parametrize("selection", [EMPTY_SELECTION_ID, 424242])
def test_empty_result_without_objetstouristiques_is_normal(fake, client, selection):
    envelope = client.search_objects([selection])
    assert envelope["numFound"] == 0
    assert envelope["objetsTouristiques"] == []
    assert list(client.iter_objects([selection])) == []
    assert client.list_identifiers([selection]) == set()
    # What Apidae really sent: no objetsTouristiques key at all (the fake mimics it).
    assert all(r.status == 200 for r in fake.requests)


def test_list_identifiers_pages_too(fake, client):
    ids = client.list_identifiers([SAMPLES_SELECTION_ID, 49063], page_size=4)

    assert ids == set(fake.sample_ids)
    pages = [r for r in fake.requests if r.path == IDENTIFIERS_PATH]
    assert [r.query["first"] for r in pages] == [0, 4, 8]


# -- single calls -----------------------------------------------------------------------------------


def test_get_object(fake, client):
    obj = client.get_object(898922, locales=["fr"], response_fields=["nom", "informationsHotellerie"])

    assert obj["id"] == 898922
    assert obj["type"] == "HOTELLERIE"
    assert "libelleFr" in obj["nom"] and "libelleEn" not in obj["nom"]
    assert "informationsHotellerie" in obj and "illustrations" not in obj
    (request,) = fake.requests
    assert request.method == "GET"
    assert request.path == f"{GET_BY_ID_PREFIX}898922"
    assert request.params["apiKey"] == API_KEY
    assert request.params["projetId"] == str(fake.project_id)
    assert request.params["locales"] == "fr"
    assert request.params["responseFields"] == "id,nom,informationsHotellerie"


def test_get_object_unknown_id_is_a_404_not_retried(fake, client):
    with pytest.raises(ApidaeHTTPError) as info:
        client.get_object(1)
    assert info.value.status_code == 404
    assert info.value.error_type == "OBJET_NON_TROUVE"
    assert len(fake.requests) == 1


def test_reference_elements(fake, client):
    elements = client.reference_elements([201, 205, 99_999_999], locales=["fr"])

    assert {e["id"]: e["libelleFr"] for e in elements} == {201: "Téléphone", 205: "Site web (URL)"}
    assert fake.requests[0].query["elementReferenceIds"] == [201, 205, 99_999_999]


def test_download_and_confirm_export(fake, client, tmp_path):
    fake.fail_next(1, status=503)  # a transient failure: the download starts again
    dest = client.download(fake.export_url, tmp_path / "exports" / "export.zip")

    with zipfile.ZipFile(dest) as archive:
        names = set(archive.namelist())
    assert {"objets_modifies/objets_modifies-1.json", "selections.json", "objets_supprimes.json"} <= names
    assert [p.name for p in dest.parent.iterdir()] == ["export.zip"]  # no leftover .part file

    client.confirm_export(fake.confirm_url)
    assert fake.confirmed_exports == ["export_zip_events_savoie"]


def test_download_refuses_non_http_urls(client, tmp_path):
    with pytest.raises(ApidaeError):
        client.download("file:///etc/passwd", tmp_path / "x")


# -- retries and failures -----------------------------------------------------------------------------


def test_retry_succeeds_after_two_500s(fake, client, caplog):
    fake.fail_next(2, status=500)
    with caplog.at_level(logging.WARNING, logger="apidae_sync"):
        envelope = client.search_objects([SAMPLES_SELECTION_ID], count=5)

    assert len(envelope["objetsTouristiques"]) == 5
    assert [r.status for r in fake.requests] == [500, 500, 200]
    assert sum("retry" in r.getMessage() for r in caplog.records) == 2


def test_429_is_retried(fake, client):
    fake.fail_next(1, status=429)
    client.search_objects([SAMPLES_SELECTION_ID], count=1)
    assert [r.status for r in fake.requests] == [429, 200]


def test_gives_up_after_retries_without_leaking_the_key(fake, client, caplog):
    fake.fail_next(10, status=500)  # the fake's error message echoes the request, key included
    caplog.set_level(logging.DEBUG)  # every logger, urllib3's included

    with pytest.raises(ApidaeHTTPError) as info:
        client.search_objects([SAMPLES_SELECTION_ID])

    exc = info.value
    assert exc.status_code == 500
    assert exc.error_type == "ERREUR_INTERNE"
    assert len(fake.requests) == 4  # 1 + 3 retries
    assert MASK in str(exc)  # the echoed key was there, and was masked
    assert_key_absent(str(exc))
    assert_key_absent(repr(vars(exc)))
    assert exc.__cause__ is None and exc.__context__ is None  # no requests exception (with its URL) chained
    assert caplog.records
    assert_key_absent(caplog.text)
    assert_key_absent("\n".join(r.getMessage() for r in caplog.records))


def test_get_by_id_failure_masks_the_key_from_the_url(fake, client, caplog):
    """get-by-id carries the key in its URL: Apidae's echo of that URL must come out masked."""
    fake.fail_next(10, status=502)

    with caplog.at_level(logging.DEBUG, logger="apidae_sync"), pytest.raises(ApidaeHTTPError) as info:
        client.get_object(323154)

    assert "apiKey=***" in str(info.value)
    assert_key_absent(str(info.value))
    own = [r.getMessage() for r in caplog.records if r.name.startswith("apidae_sync")]
    assert own
    assert_key_absent("\n".join(own))


def test_timeout_raises_apidaetimeout_after_retries(fake, caplog):
    fake.slow_next(10, delay=3)
    apidae = ApidaeClient(fake.url, API_KEY, fake.project_id, timeout=(0.5, 0.3), retries=2, backoff=0.01)
    with apidae, caplog.at_level(logging.DEBUG), pytest.raises(ApidaeTimeout) as info:
        apidae.search_objects([SAMPLES_SELECTION_ID])

    assert len(fake.requests) == 3
    assert_key_absent(str(info.value))
    assert_key_absent(caplog.text)


def test_one_slow_answer_is_retried(fake, client):
    fake.slow_next(1, delay=2)
    assert client.search_objects([69627])["numFound"] == 1
    assert len(fake.requests) == 2


def test_connection_refused_raises_after_retries():
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with (
        ApidaeClient(f"http://127.0.0.1:{port}/", API_KEY, 1, **FAST) as apidae,
        pytest.raises(ApidaeConnectionError) as info,
    ):
        apidae.get_object(1)
    assert_key_absent(str(info.value))


def test_malformed_json_is_not_retried(fake, client):
    fake.malformed_next(1)
    with pytest.raises(ApidaeMalformedResponse):
        client.search_objects([SAMPLES_SELECTION_ID])
    assert len(fake.requests) == 1


def test_missing_objetstouristiques_with_numfound_is_malformed(fake, client):
    fake.drop_objects_next(1)
    with pytest.raises(ApidaeMalformedResponse, match="numFound=11"):
        client.search_objects([SAMPLES_SELECTION_ID])


def test_missing_objects_in_a_later_page_stops_iteration(fake, client):
    pages = client.iter_objects([SAMPLES_SELECTION_ID], page_size=5)
    first_page = [next(pages) for _ in range(5)]
    fake.drop_objects_next(1)

    with pytest.raises(ApidaeMalformedResponse):
        next(pages)
    assert len(first_page) == 5


def test_missing_identifiers_with_numfound_is_malformed(fake, client):
    fake.drop_objects_next(1)
    with pytest.raises(ApidaeMalformedResponse):
        client.list_identifiers([SAMPLES_SELECTION_ID])


@pytest.mark.parametrize(
    ("key", "project_offset", "status", "error_type"),
    [("wrong-key-0123456789", 0, 401, "ACCES_NON_AUTORISE"), (API_KEY, 1, 403, "PROJET_NON_AUTORISE")],
)
def test_4xx_is_not_retried(fake, key, project_offset, status, error_type):
    apidae = ApidaeClient(fake.url, key, fake.project_id + project_offset, **FAST)
    with apidae, pytest.raises(ApidaeHTTPError) as info:
        apidae.search_objects([SAMPLES_SELECTION_ID])
    assert info.value.status_code == status
    assert info.value.error_type == error_type
    assert len(fake.requests) == 1
    assert key not in str(info.value)


def test_injected_400_is_not_retried(fake, client):
    fake.fail_next(3, status=400)
    with pytest.raises(ApidaeHTTPError):
        client.search_objects([SAMPLES_SELECTION_ID])
    assert len(fake.requests) == 1


# -- configuration and masking ------------------------------------------------------------------------


def test_from_env():
    apidae = ApidaeClient.from_env({"APIDAE_API_KEY": API_KEY, "APIDAE_PROJECT_ID": "3367"})
    assert apidae.base_url == "https://api.apidae-tourisme.com/"
    assert apidae.project_id == 3367
    assert_key_absent(repr(apidae))
    with pytest.raises(ApidaeConfigurationError):
        ApidaeClient.from_env({"APIDAE_PROJECT_ID": "3367"})
    with pytest.raises(ApidaeConfigurationError):
        ApidaeClient.from_env({"APIDAE_API_KEY": API_KEY, "APIDAE_PROJECT_ID": "abc"})


def test_from_settings_prefers_django_settings(settings, monkeypatch):
    monkeypatch.setenv("APIDAE_API_KEY", "from-env-key-000")
    monkeypatch.setenv("APIDAE_PROJECT_ID", "1")
    settings.APIDAE_API_URL = "http://apidae.example/"
    settings.APIDAE_PROJECT_ID = 77
    apidae = ApidaeClient.from_settings(retries=0)
    assert (apidae.base_url, apidae.project_id, apidae.retries) == ("http://apidae.example/", 77, 0)


@pytest.mark.parametrize(
    "text",
    [
        f"GET /x?apiKey={API_KEY}&projetId=1",
        "GET /x?query=%7B%22apiKey%22%3A+%22" + API_KEY.replace("+", "%2B").replace("/", "%2F").replace("=", "%3D"),
        json.dumps({"apiKey": API_KEY}),
        "apiKey=another-key-42 and 'apikey': 'x'",
    ],
)
def test_masker(text):
    masked = _Masker(API_KEY)(text)
    assert_key_absent(masked)
    assert "another-key-42" not in masked
