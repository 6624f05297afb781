"""Apidae export imports: folder, ZIP, URL; the notification endpoint and its background task."""

from __future__ import annotations

import io
import json
import shutil
import zipfile
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.test import Client

from apidae_sync.export import import_export
from apidae_sync.models import LOCK_KEY, ExportNotification, StagedObject, SyncRun
from destinations.models import Destination, Offer

from . import test_sync
from .fake_apidae import EXPORT_SAMPLE_DIR, samples_dir
from .test_sync import API_KEY, snapshot

# The fake Apidae server fixtures of the sync tests.
fake = test_sync.fake
apidae = test_sync.apidae

pytestmark = pytest.mark.django_db

EXPORT_DIR = samples_dir() / EXPORT_SAMPLE_DIR
EXPORT_IDS = {"4826137", "4826186", "4826282", "4828422", "4833997"}
NOTIFY_URL = "/apidae/export-notification/"


def zip_folder(folder: Path, target: Path) -> Path:
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for file in sorted(folder.rglob("*")):
            if file.is_file():
                archive.write(file, file.relative_to(folder).as_posix())
    return target


@pytest.fixture
def export_zip(tmp_path) -> Path:
    return zip_folder(EXPORT_DIR, tmp_path / "export.zip")


@pytest.fixture
def destinations(demo):
    luberon = Destination.objects.get(slug="luberon")
    luberon.apidae_selection_ids = [49063]
    luberon.save(update_fields=["apidae_selection_ids"])
    ecrins = Destination.objects.get(slug="ecrins")
    ecrins.apidae_selection_ids = [49073]
    ecrins.save(update_fields=["apidae_selection_ids"])
    return luberon, ecrins


def published_ids() -> set[str]:
    return set(Offer.objects.filter(is_published=True).values_list("source_id", flat=True))


# -- import from folder / ZIP ------------------------------------------------------------------------


def test_import_from_folder_creates_offers_and_assigns_destinations(destinations):
    luberon, ecrins = destinations
    run = import_export(EXPORT_DIR)

    assert run.status == SyncRun.Status.SUCCEEDED, run.error
    assert run.kind == SyncRun.Kind.MANUAL_EXPORT
    assert run.created == 5 and run.failed == 0
    assert published_ids() == EXPORT_IDS
    assert set(luberon.offers.values_list("source_id", flat=True)) == {"4826137", "4826282"}
    assert set(ecrins.offers.values_list("source_id", flat=True)) == {"4826186", "4828422", "4833997"}
    zingaro = Offer.objects.get(source_id="4828422")
    assert zingaro.kind == "event"
    assert zingaro.periods.count() >= 20
    assert {"fr", "en"} <= set(zingaro.translations.values_list("language_code", flat=True))
    # Compact element references were resolved with elements_reference.json where it had them.
    assert zingaro.criteria.exists()
    assert run.selection_ids == [49063, 49073]
    assert not StagedObject.objects.exists()


def test_import_from_zip_then_again_is_unchanged(destinations, export_zip):
    first = import_export(export_zip)
    assert first.status == SyncRun.Status.SUCCEEDED, first.error
    assert first.created == 5
    synced = dict(Offer.objects.values_list("source_id", "synced_at"))

    second = import_export(export_zip)
    assert (second.created, second.updated, second.unchanged) == (0, 0, 5)
    assert dict(Offer.objects.values_list("source_id", "synced_at")) == synced


def test_deleted_ids_are_unpublished_and_reinitialisation_unpublishes_the_absent(destinations, export_zip):
    deleted = Offer.objects.create(source="apidae", source_id="123", name="Supprimé dans Apidae", slug="supprime")
    absent = Offer.objects.create(source="apidae", source_id="999", name="Absent de l'export", slug="absent")

    run = import_export(export_zip)
    assert run.unpublished == 1
    deleted.refresh_from_db()
    assert not deleted.is_published and deleted.unpublished_reason == "deleted in Apidae"
    assert Offer.objects.get(pk=absent.pk).is_published  # a differential export says nothing about it

    run = import_export(export_zip, reinitialisation=True)
    assert run.unpublished == 1
    assert not Offer.objects.get(pk=absent.pk).is_published
    assert Offer.objects.filter(pk__in=[deleted.pk, absent.pk]).count() == 2  # never deleted
    assert published_ids() == EXPORT_IDS


def test_broken_export_changes_nothing(destinations, tmp_path):
    import_export(EXPORT_DIR)
    Offer.objects.filter(source_id="4826137").update(name="Nom local")
    before = snapshot()
    broken = tmp_path / "broken"
    shutil.copytree(EXPORT_DIR, broken)
    first_file = broken / "objets_modifies" / "objets_modifies-1.json"
    objects = json.loads(first_file.read_text(encoding="utf-8"))
    objects[0]["gestion"]["dateModification"] = "2026-03-01T10:00:00.000+0000"
    first_file.write_text(json.dumps(objects), encoding="utf-8")
    (broken / "objets_modifies" / "objets_modifies-2.json").write_text('[{"id": 4833997, "nom": ', encoding="utf-8")
    (broken / "objets_supprimes.json").write_text("[4826282]", encoding="utf-8")

    run = import_export(zip_folder(broken, tmp_path / "broken.zip"))

    assert run.status == SyncRun.Status.FAILED
    assert "objets_modifies-2.json" in run.error
    assert snapshot() == before
    assert not StagedObject.objects.exists()


def test_not_an_export_fails(destinations, tmp_path):
    junk = tmp_path / "junk.zip"
    junk.write_bytes(b"not a zip")
    run = import_export(junk)
    assert run.status == SyncRun.Status.FAILED and "Not an Apidae export" in run.error
    assert import_export(tmp_path / "missing.zip").status == SyncRun.Status.FAILED


def test_import_refused_while_a_run_holds_the_lock(destinations):
    SyncRun.objects.create(status=SyncRun.Status.RUNNING, lock_key=LOCK_KEY)
    run = import_export(EXPORT_DIR)
    assert run.status == SyncRun.Status.FAILED and "in progress" in run.error
    assert not Offer.objects.exists()


def test_import_from_url_downloads_through_the_client(apidae, destinations):
    run = import_export(apidae.export_url)
    assert run.status == SyncRun.Status.SUCCEEDED, run.error
    assert run.created == 5
    assert any(r.path.endswith(".zip") for r in apidae.requests)


# -- commands ----------------------------------------------------------------------------------------


def test_import_command_from_folder_and_zip(destinations, export_zip):
    out = io.StringIO()
    call_command("apidae_import_export", str(EXPORT_DIR), "--no-progress", stdout=out, stderr=io.StringIO())
    assert "created 5, updated 0, unchanged 0, unpublished 0, failed 0" in out.getvalue()

    out, err = io.StringIO(), io.StringIO()
    call_command("apidae_import_export", str(export_zip), stdout=out, stderr=err)
    assert "created 0, updated 0, unchanged 5, unpublished 0, failed 0" in out.getvalue()
    assert "applying" in err.getvalue()


def test_import_command_exit_status_on_failure(destinations, tmp_path):
    with pytest.raises(CommandError) as failure:
        call_command("apidae_import_export", str(tmp_path / "nowhere.zip"), stdout=io.StringIO(), stderr=io.StringIO())
    assert failure.value.returncode == 1
    assert "No such file" in str(failure.value)


# -- notification endpoint ---------------------------------------------------------------------------


def notification(fake, **overrides) -> dict:
    data = {
        "projetId": str(fake.project_id),
        "statut": "SUCCESS",
        "ponctuel": "false",
        "reinitialisation": "false",
        "urlRecuperation": fake.export_url,
        "urlConfirmation": fake.confirm_url,
    }
    data.update(overrides)
    return data


def test_notification_imports_the_export_and_confirms_it(apidae, destinations, django_capture_on_commit_callbacks):
    client = Client(enforce_csrf_checks=True)  # Apidae has no CSRF token: the endpoint is exempt
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = client.post(NOTIFY_URL, notification(apidae))

    assert response.status_code == 200
    assert response.json()["status"] == "accepted"
    assert callbacks  # the import was queued after the notification's commit
    stored = ExportNotification.objects.get()
    assert stored.status == "SUCCESS" and not stored.reinitialisation
    assert stored.raw["urlRecuperation"] == apidae.export_url
    assert stored.processed_at is not None
    run = stored.run
    assert run.kind == SyncRun.Kind.EXPORT
    assert run.status == SyncRun.Status.SUCCEEDED, run.error
    assert run.created == 5
    assert published_ids() == EXPORT_IDS
    assert apidae.confirmed_exports == [EXPORT_SAMPLE_DIR]


def test_notification_answer_does_not_depend_on_the_import(apidae, destinations, django_capture_on_commit_callbacks):
    apidae.fail_next(2, 500)  # the download fails (after a retry)
    with django_capture_on_commit_callbacks(execute=True):
        response = Client().post(NOTIFY_URL, notification(apidae))

    assert response.status_code == 200
    run = ExportNotification.objects.get().run
    assert run.status == SyncRun.Status.FAILED and "HTTP 500" in run.error
    assert API_KEY not in run.error
    assert apidae.confirmed_exports == []  # a failed import is not confirmed
    assert not Offer.objects.exists()


def test_notification_with_reinitialisation_unpublishes_absent_offers(apidae, destinations, django_capture_on_commit_callbacks):
    Offer.objects.create(source="apidae", source_id="999", name="Absent", slug="absent")
    with django_capture_on_commit_callbacks(execute=True):
        Client().post(NOTIFY_URL, notification(apidae, reinitialisation="true"))
    assert ExportNotification.objects.get().reinitialisation
    assert not Offer.objects.get(source_id="999").is_published


def test_error_status_is_recorded_without_import(apidae, destinations, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = Client().post(NOTIFY_URL, notification(apidae, statut="ERROR", urlRecuperation=""))
    assert response.status_code == 200
    run = ExportNotification.objects.get().run
    assert run.status == SyncRun.Status.FAILED and "ERROR" in run.error
    assert apidae.confirmed_exports == []


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"projetId": "1"}, "projetId"),
        ({"projetId": ""}, "projetId"),
        ({"urlRecuperation": "https://evil.example.org/export.zip"}, "urlRecuperation"),
        ({"urlConfirmation": "http://169.254.169.254/latest/meta-data"}, "urlConfirmation"),
        ({"urlRecuperation": "file:///etc/passwd"}, "urlRecuperation"),
        ({"urlRecuperation": ""}, "urlRecuperation"),
    ],
)
def test_notification_rejects_foreign_projects_and_hosts(apidae, destinations, overrides, message):
    response = Client().post(NOTIFY_URL, notification(apidae, **overrides))
    assert response.status_code == 400
    assert message in response.json()["error"]
    assert not ExportNotification.objects.exists()


def test_notification_accepts_apidae_hosts_and_configured_ones(apidae, destinations, settings, django_capture_on_commit_callbacks):
    settings.APIDAE_EXPORT_ALLOWED_HOSTS = ["exports.example.net"]
    data = notification(
        apidae,
        urlRecuperation="https://export.apidae-tourisme.com/exports/4242.zip",
        urlConfirmation="https://exports.example.net/confirm/4242",
    )
    # Configured hosts replace the default list: api.apidae-tourisme.com is not allowed any more.
    assert Client().post(NOTIFY_URL, data).status_code == 400
    settings.APIDAE_EXPORT_ALLOWED_HOSTS = [".apidae-tourisme.com", "exports.example.net"]
    with django_capture_on_commit_callbacks(execute=False):
        assert Client().post(NOTIFY_URL, data).status_code == 200


def test_notification_endpoint_only_accepts_post(apidae):
    assert Client().get(NOTIFY_URL).status_code == 405
