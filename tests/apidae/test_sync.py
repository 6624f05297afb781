"""API sync runs: the real ApidaeClient against the fake Apidae server on 127.0.0.1, real database writes."""

from __future__ import annotations

import datetime as dt
import io
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.test import Client
from django.utils import timezone

from apidae_sync import sync as sync_module
from apidae_sync.models import LOCK_KEY, StagedObject, SyncRun
from apidae_sync.sync import run_api_sync
from destinations.models import Destination, Offer, OfferTranslation
from destinations.services import catalogue

from .fake_apidae import SAMPLES_SELECTION_ID, SEARCH_PATH, SYNTHETIC_SELECTION_ID, FakeApidae

pytestmark = pytest.mark.django_db
User = get_user_model()

API_KEY = "sync-T3st-Key+secret/value=9f8e7d"
EVENT_ID = 4828422  # "Ex Anima - Zingaro": 20 periods, 9-language name
HOTEL_ID = 898922  # 11 illustrations


@pytest.fixture
def fake() -> Iterator[FakeApidae]:
    with FakeApidae(api_key=API_KEY) as server:
        yield server


@pytest.fixture
def apidae(fake, settings) -> FakeApidae:
    settings.APIDAE_API_URL = fake.url
    settings.APIDAE_API_KEY = API_KEY
    settings.APIDAE_PROJECT_ID = fake.project_id
    settings.APIDAE_TIMEOUT = 5  # generous: pages of 200 full objects on a loaded CI machine
    settings.APIDAE_RETRIES = 1
    settings.APIDAE_BACKOFF = 0.01
    return fake


@pytest.fixture
def luberon(demo):
    destination = Destination.objects.get(slug="luberon")
    destination.apidae_selection_ids = [SAMPLES_SELECTION_ID]
    destination.save(update_fields=["apidae_selection_ids"])
    return destination


def snapshot() -> tuple:
    """What the public sees: offers (id, published, name) and every text."""
    offers = sorted(Offer.objects.values_list("source_id", "is_published", "name", "source_modified_at"))
    texts = sorted(
        OfferTranslation.objects.values_list(
            "offer__source_id", "language_code", "name", "short_description", "description", "is_published"
        )
    )
    links = sorted(Offer.destinations.through.objects.values_list("offer__source_id", "destination__slug"))
    return offers, texts, links


def fetches(fake: FakeApidae) -> list:
    """Full-object searches (by identifiants), as opposed to the cheap listing."""
    return [r for r in fake.requests if r.path == SEARCH_PATH and r.query and r.query.get("identifiants")]


# -- happy path --------------------------------------------------------------------------------------


def test_full_sync_creates_offers_from_the_samples(apidae, luberon):
    run = run_api_sync()

    assert run.status == SyncRun.Status.SUCCEEDED, run.error
    assert run.kind == SyncRun.Kind.API
    assert run.created == len(apidae.sample_ids) == Offer.objects.count()
    assert run.failed == 0 and run.unpublished == 0
    assert run.finished_at and run.duration is not None
    assert run.lock_key is None
    assert run.selection_ids == [SAMPLES_SELECTION_ID]

    event = Offer.objects.get(source="apidae", source_id=str(EVENT_ID))
    assert event.kind == "event"
    assert event.periods.count() >= 20
    assert {"fr", "en", "de", "it"} <= set(event.translations.values_list("language_code", flat=True))
    assert list(event.destinations.all()) == [luberon]
    assert event.source_document.payload["id"] == EVENT_ID
    assert event.source_modified_at is not None
    hotel = Offer.objects.get(source_id=str(HOTEL_ID))
    assert hotel.images.count() >= 5
    assert all(o.is_published for o in Offer.objects.all())
    assert not StagedObject.objects.exists()


def test_second_identical_run_changes_nothing(apidae, luberon):
    first = run_api_sync()
    assert first.status == SyncRun.Status.SUCCEEDED
    before = snapshot()
    synced = dict(Offer.objects.values_list("source_id", "synced_at"))
    apidae.reset()

    second = run_api_sync()

    assert second.status == SyncRun.Status.SUCCEEDED, second.error
    assert (second.created, second.updated, second.unpublished, second.failed) == (0, 0, 0, 0)
    assert second.unchanged == len(apidae.sample_ids)
    assert snapshot() == before
    assert dict(Offer.objects.values_list("source_id", "synced_at")) == synced
    # Unchanged objects are never fetched in full; only one without any modification date (the
    # synthetic trek sample) has to be, and then the fingerprint finds it unchanged.
    undated = [i for i in apidae.sample_ids if "dateModification" not in apidae.objects[i].get("gestion", {})]
    assert undated == [123123]
    assert [r.query["identifiants"] for r in fetches(apidae)] == [undated]
    listing = [r for r in apidae.requests if r.path == SEARCH_PATH and not r.query.get("identifiants")]
    assert listing and all(r.query["responseFields"] == ["id", "gestion.dateModification"] for r in listing)


def test_full_flag_refetches_but_still_writes_nothing_unchanged(apidae, luberon):
    run_api_sync()
    synced = dict(Offer.objects.values_list("source_id", "synced_at"))
    apidae.reset()

    run = run_api_sync(full=True)

    assert run.status == SyncRun.Status.SUCCEEDED
    assert run.full
    assert len(fetches(apidae)) == 1  # everything fetched again (one page of 200)
    # full=True rewrites every offer (a mapping change must reach the catalogue).
    assert run.updated == len(apidae.sample_ids)
    assert all(Offer.objects.get(source_id=k).synced_at >= v for k, v in synced.items())


def test_modified_object_is_updated(apidae, luberon):
    run_api_sync()
    apidae.objects[EVENT_ID]["gestion"]["dateModification"] = "2026-01-05T10:00:00.000+0000"
    apidae.objects[EVENT_ID]["nom"]["libelleFr"] = "Ex Anima - Zingaro (nouvelle tournée)"
    apidae.reset()

    run = run_api_sync()

    assert run.status == SyncRun.Status.SUCCEEDED, run.error
    assert (run.created, run.updated, run.unchanged) == (0, 1, len(apidae.sample_ids) - 1)
    event = Offer.objects.get(source_id=str(EVENT_ID))
    assert event.name == "Ex Anima - Zingaro (nouvelle tournée)"
    assert event.source_modified_at == dt.datetime(2026, 1, 5, 10, tzinfo=dt.UTC)
    assert [r.query["identifiants"] for r in fetches(apidae)] == [sorted([EVENT_ID, 123123])]


def test_object_removed_from_selection_is_unpublished_not_deleted(apidae, luberon):
    run_api_sync()
    total = len(apidae.sample_ids)
    apidae.selections[SAMPLES_SELECTION_ID].remove(HOTEL_ID)

    run = run_api_sync()

    assert run.status == SyncRun.Status.SUCCEEDED
    assert run.unpublished == 1
    hotel = Offer.objects.get(source_id=str(HOTEL_ID))
    assert not hotel.is_published
    assert hotel.unpublished_reason
    assert not hotel.translations.filter(is_published=True).exists()
    assert Offer.objects.count() == total
    assert Offer.objects.filter(is_published=True).count() == total - 1

    # Back in the selection: published again.
    apidae.selections[SAMPLES_SELECTION_ID].append(HOTEL_ID)
    again = run_api_sync()
    assert again.updated == 1
    assert Offer.objects.get(source_id=str(HOTEL_ID)).is_published


def test_destination_run_keeps_other_destinations_selections(apidae, luberon):
    """A run limited to one destination must not unpublish what another destination's selection holds."""
    ecrins = Destination.objects.get(slug="ecrins")
    apidae.add_synthetic(3)
    ecrins.apidae_selection_ids = [SYNTHETIC_SELECTION_ID]
    ecrins.save(update_fields=["apidae_selection_ids"])
    assert run_api_sync().created == len(apidae.sample_ids) + 3

    run = run_api_sync(destination_slug="luberon")

    assert run.status == SyncRun.Status.SUCCEEDED
    assert run.unpublished == 0
    assert Offer.objects.filter(is_published=True, destinations=ecrins).count() == 3


def test_selection_option_records_ids_on_the_destination(apidae, demo):
    run = run_api_sync(destination_slug="mercantour", selection_ids=[SAMPLES_SELECTION_ID])

    assert run.status == SyncRun.Status.SUCCEEDED, run.error
    assert Destination.objects.get(slug="mercantour").apidae_selection_ids == [SAMPLES_SELECTION_ID]
    assert Offer.objects.filter(destinations__slug="mercantour").count() == len(apidae.sample_ids)


def test_no_selection_configured_fails_cleanly(apidae, demo):
    Destination.objects.update(apidae_selection_ids=[])
    run = run_api_sync()
    assert run.status == SyncRun.Status.FAILED
    assert "selection" in run.error
    assert run.lock_key is None


# -- atomicity under faults --------------------------------------------------------------------------


@pytest.fixture
def big_catalogue(apidae, luberon):
    """Samples + 450 synthetic objects synced once; then the fake changes everything (3 pages to fetch)."""
    apidae.add_synthetic(450, selection_id=SAMPLES_SELECTION_ID)
    first = run_api_sync()
    assert first.status == SyncRun.Status.SUCCEEDED, first.error
    for object_id in apidae.selections[SAMPLES_SELECTION_ID]:
        obj = apidae.objects[object_id]
        obj.setdefault("gestion", {})["dateModification"] = "2026-02-01T09:00:00.000+0000"
        obj["nom"]["libelleFr"] = obj["nom"].get("libelleFr", "") + " (modifié)"
    apidae.selections[SAMPLES_SELECTION_ID].remove(HOTEL_ID)  # would be unpublished
    apidae.reset()
    return apidae


def inject_after_first_fetch(action):
    """A progress callback that injects a fault once the first full page is staged (midway)."""
    state = {"done": False}

    def progress(phase, current, total):
        if phase == "fetching" and not state["done"]:
            state["done"] = True
            assert StagedObject.objects.exists()  # really midway: objects staged
            action()

    return progress


@pytest.mark.parametrize(
    "fault",
    ["http_500", "timeout", "malformed_json", "envelope_without_objects"],
)
def test_failure_midway_leaves_the_catalogue_exactly_as_before(big_catalogue, fault, settings):
    fake = big_catalogue
    settings.APIDAE_CONCURRENCY = 1  # pages one after the other: the fault lands after a page is staged
    if fault == "timeout":
        settings.APIDAE_TIMEOUT = 1
    before = snapshot()
    inject = {
        "http_500": lambda: fake.fail_next(2, 500, path=SEARCH_PATH),  # first try + 1 retry
        "timeout": lambda: fake.slow_next(2, delay=3, path=SEARCH_PATH),
        "malformed_json": lambda: fake.malformed_next(1, path=SEARCH_PATH),
        "envelope_without_objects": lambda: fake.drop_objects_next(1),
    }[fault]

    run = run_api_sync(progress=inject_after_first_fetch(inject))

    assert run.status == SyncRun.Status.FAILED
    assert run.error
    assert API_KEY not in run.error and "s3cr3t" not in run.error and "T3st-Key" not in run.error
    assert (run.created, run.updated, run.unpublished) == (0, 0, 0)
    assert snapshot() == before
    assert run.lock_key is None and run.finished_at
    assert not StagedObject.objects.exists()
    expected = {
        "http_500": "HTTP 500",
        "timeout": "ApidaeTimeout",
        "malformed_json": "invalid JSON",
        "envelope_without_objects": "numFound",
    }[fault]
    assert expected in run.error

    # The next run, without fault, applies everything.
    retry = run_api_sync()
    assert retry.status == SyncRun.Status.SUCCEEDED, retry.error
    assert retry.updated == len(fake.selections[SAMPLES_SELECTION_ID]) and retry.unpublished == 1


@pytest.mark.parametrize("fault", ["http_500", "malformed_json"])
def test_failure_of_one_concurrent_page_leaves_the_catalogue_exactly_as_before(big_catalogue, fault, settings):
    fake = big_catalogue
    settings.APIDAE_CONCURRENCY = 4
    before = snapshot()

    def progress(phase, current, total):
        if phase == "listing" and total is not None:  # listing done: the 3 pages to fetch go out together
            fake.pass_next(1, path=SEARCH_PATH)  # one of them succeeds…
            if fault == "http_500":
                fake.fail_next(10, 500, path=SEARCH_PATH)  # …the others fail, retries included
            else:
                fake.malformed_next(1, path=SEARCH_PATH)

    run = run_api_sync(progress=progress)

    assert run.status == SyncRun.Status.FAILED, run.error
    assert ("HTTP 500" if fault == "http_500" else "invalid JSON") in run.error
    assert snapshot() == before
    assert run.lock_key is None and not StagedObject.objects.exists()
    assert [r for r in fake.requests if r.query and r.query.get("identifiants") and r.status == 200]  # one went through
    fake.reset()
    retry = run_api_sync()
    assert retry.status == SyncRun.Status.SUCCEEDED, retry.error
    assert retry.updated == len(fake.selections[SAMPLES_SELECTION_ID])


def test_failure_while_applying_rolls_everything_back(big_catalogue, monkeypatch):
    """An error after some batches were written (here: in the mapper, at the 300th object) undoes them all."""
    before = snapshot()
    monkeypatch.setattr(catalogue, "BATCH_SIZE", 100)
    real_map = sync_module.map_object
    calls = {"n": 0}

    def flaky_map(obj, **kwargs):
        calls["n"] += 1
        if calls["n"] == 300:
            raise RuntimeError(f"boom with key {API_KEY}")
        return real_map(obj, **kwargs)

    monkeypatch.setattr(sync_module, "map_object", flaky_map)

    run = run_api_sync()

    assert calls["n"] == 300  # two batches of 100 were already written when it broke
    assert run.status == SyncRun.Status.FAILED
    assert "RuntimeError" in run.error and API_KEY not in run.error
    assert snapshot() == before


def test_http_error_message_is_masked(apidae, luberon):
    apidae.fail_next(2, 503)  # the fake echoes the request, key included, in its error body
    run = run_api_sync()
    assert run.status == SyncRun.Status.FAILED
    assert "HTTP 503" in run.error
    assert API_KEY not in run.error
    assert Offer.objects.count() == 0


# -- lock ----------------------------------------------------------------------------------------------


def test_overlapping_runs_are_refused(apidae, luberon):
    inner = {}

    def progress(phase, current, total):
        if phase == "fetching" and "run" not in inner:
            inner["run"] = run_api_sync()  # a second run while the first holds the lock

    outer = run_api_sync(progress=progress)

    assert outer.status == SyncRun.Status.SUCCEEDED, outer.error
    refused = inner["run"]
    assert refused.status == SyncRun.Status.FAILED
    assert f"#{outer.pk}" in refused.error and "in progress" in refused.error
    assert refused.created == 0
    assert SyncRun.objects.filter(lock_key=LOCK_KEY).count() == 0


def test_a_live_lock_refuses_and_a_stale_lock_expires(apidae, luberon, settings):
    holder = SyncRun.objects.create(
        status=SyncRun.Status.RUNNING, lock_key=LOCK_KEY, started_at=timezone.now(), heartbeat_at=timezone.now()
    )
    refused = run_api_sync()
    assert refused.status == SyncRun.Status.FAILED and "in progress" in refused.error
    assert Offer.objects.count() == 0

    SyncRun.objects.filter(pk=holder.pk).update(heartbeat_at=timezone.now() - dt.timedelta(hours=4))
    run = run_api_sync()
    assert run.status == SyncRun.Status.SUCCEEDED, run.error
    holder.refresh_from_db()
    assert holder.status == SyncRun.Status.FAILED and holder.lock_key is None
    assert "stale" in holder.error


# -- command -------------------------------------------------------------------------------------------


def test_command_prints_summary_and_records_selection(apidae, demo):
    out, err = io.StringIO(), io.StringIO()
    call_command("apidae_sync", "--destination", "ecrins", "--selection", str(SAMPLES_SELECTION_ID), stdout=out, stderr=err)

    n = len(apidae.sample_ids)
    assert f"created {n}, updated 0, unchanged 0, unpublished 0, failed 0" in out.getvalue()
    assert "applying" in err.getvalue()  # the tqdm bar went to stderr
    assert Destination.objects.get(slug="ecrins").apidae_selection_ids == [SAMPLES_SELECTION_ID]

    out = io.StringIO()
    call_command("apidae_sync", "--no-progress", stdout=out, stderr=io.StringIO())
    assert f"created 0, updated 0, unchanged {n}, unpublished 0, failed 0" in out.getvalue()


def test_command_fails_with_non_zero_status(apidae, luberon):
    apidae.fail_next(2, 500)
    with pytest.raises(CommandError) as failure:
        call_command("apidae_sync", "--no-progress", stdout=io.StringIO(), stderr=io.StringIO())
    assert "failed" in str(failure.value) and API_KEY not in str(failure.value)
    assert failure.value.returncode == 1

    with pytest.raises(CommandError, match="Unknown destination"):
        call_command("apidae_sync", "--destination", "atlantis", stdout=io.StringIO())


def test_command_help_documents_cron():
    manage = Path(__file__).resolve().parents[2] / "manage.py"
    result = subprocess.run(
        [sys.executable, str(manage), "apidae_sync", "--help"], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0
    assert "manage.py apidae_sync --full" in result.stdout
    assert "15 3 * * 0" in result.stdout


# -- admin ---------------------------------------------------------------------------------------------

RUNS_URL = "/admin/apidae/runs/"
START_URL = "/admin/apidae/runs/start/"


def admin_client(username: str) -> Client:
    client = Client(enforce_csrf_checks=True)
    client.force_login(User.objects.get(username=username))
    return client


def test_superuser_sees_runs_and_starts_a_sync(apidae, luberon, django_capture_on_commit_callbacks):
    finished = run_api_sync()
    client = admin_client("region-admin")

    listing = client.get(RUNS_URL)
    assert listing.status_code == 200
    assert f'href="{START_URL}"' in listing.content.decode()  # the "Start a sync" header button
    assert client.get(f"{RUNS_URL}?status=succeeded&kind=api").status_code == 200
    assert client.get(f"{RUNS_URL}inspect/{finished.pk}/").status_code == 200
    assert client.get(f"{RUNS_URL}edit/{finished.pk}/").status_code != 200  # runs are records, not editable

    form = client.get(START_URL)
    assert form.status_code == 200
    token = form.cookies["csrftoken"].value
    assert client.post(START_URL, {"destination": luberon.pk, "full": "on"}).status_code == 403  # no CSRF token
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = client.post(START_URL, {"destination": luberon.pk, "full": "on", "csrfmiddlewaretoken": token})

    assert response.status_code == 302 and response["Location"] == RUNS_URL
    assert callbacks[0].__name__ == "enqueue"  # queued after the commit of the new run row
    run = SyncRun.objects.exclude(pk=finished.pk).get()
    assert run.triggered_by.username == "region-admin"
    assert run.status == SyncRun.Status.SUCCEEDED, run.error  # ImmediateBackend: ran inline
    assert run.full and run.destination_slugs == ["luberon"]
    assert run.updated == len(apidae.sample_ids)
    assert f"#{run.pk}" in client.get(RUNS_URL).content.decode()  # the success message


def test_running_run_shows_progress_in_the_list(demo):
    SyncRun.objects.create(
        status=SyncRun.Status.RUNNING,
        lock_key=LOCK_KEY,
        started_at=timezone.now(),
        heartbeat_at=timezone.now(),
        phase="fetching",
        progress_current=400,
        progress_total=1200,
    )
    client = admin_client("region-admin")
    assert "fetching 400/1200" in client.get(RUNS_URL).content.decode()
    # Starting another one while it runs is refused with a message, nothing queued.
    token = client.get(START_URL).cookies["csrftoken"].value
    response = client.post(START_URL, {"csrfmiddlewaretoken": token})
    assert response.status_code == 302
    assert SyncRun.objects.count() == 1


def refused(response) -> bool:
    """Wagtail's admin answers a PermissionDenied with a redirect to the dashboard (or a 403)."""
    return response.status_code == 403 or (response.status_code == 302 and response["Location"] == "/admin/")


def test_tourist_office_editor_is_refused(demo):
    SyncRun.objects.create(status=SyncRun.Status.SUCCEEDED)
    client = admin_client("luberon-editor")
    assert client.get("/admin/").status_code == 200
    assert "/admin/apidae/runs/" not in client.get("/admin/").content.decode()  # no menu item
    assert refused(client.get(RUNS_URL))
    assert refused(client.get(f"{RUNS_URL}inspect/{SyncRun.objects.get().pk}/"))
    assert refused(client.get(START_URL))
    client = Client()
    client.force_login(User.objects.get(username="luberon-editor"))
    assert refused(client.post(START_URL, {}))
    assert SyncRun.objects.count() == 1
