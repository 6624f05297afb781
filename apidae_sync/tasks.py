"""Background tasks (django-tasks): a sync run started from the admin, an export announced by Apidae.

Production runs them in `manage.py db_worker` (django-tasks-db); tests use the ImmediateBackend. The
tasks take ids (JSON-serialisable) and return the run id; failures are recorded on the `SyncRun`, so a
task "succeeds" even when the run it drove failed.
"""

from __future__ import annotations

from django_tasks import task

from .models import ExportNotification, SyncRun


@task()
def run_sync_task(run_id: int, destination_slug: str | None = None, selection_ids: list[int] | None = None, full: bool = False) -> int:
    from .sync import run_api_sync

    run = SyncRun.objects.get(pk=run_id)
    return run_api_sync(
        destination_slug=destination_slug, selection_ids=selection_ids or None, full=full, run=run
    ).pk


@task()
def import_export_task(notification_id: int) -> int | None:
    from .export import import_export

    notification = ExportNotification.objects.get(pk=notification_id)
    if notification.processed_at is not None:  # delivered twice: already done
        return notification.run_id
    return import_export(notification.url_recuperation, notification=notification).pk
