"""Sync runs (API syncs and export imports), the staging table they fill, and Apidae export notifications.

- `SyncRun` is what the Région sees in the admin: what ran, when, how long, what changed, why it failed.
  Its `lock_key` column (unique, NULL when not running) is also the catalogue lock: only one run can hold
  the value `"catalogue"` at a time, on PostgreSQL as on SQLite (see `apidae_sync.sync.acquire_lock`).
- `StagedObject` holds the raw objects of a run while they are being fetched, so that 50,000 objects never
  sit in memory and the catalogue is only touched once everything arrived (one transaction).
- `ExportNotification` is one POST of Apidae's export webhook, kept verbatim.
"""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

LOCK_KEY = "catalogue"


class SyncRun(models.Model):
    class Kind(models.TextChoices):
        API = "api", _("API sync")
        EXPORT = "export", _("Export (notification)")
        MANUAL_EXPORT = "manual-export", _("Export (manual import)")

    class Status(models.TextChoices):
        QUEUED = "queued", _("Queued")
        RUNNING = "running", _("Running")
        SUCCEEDED = "succeeded", _("Succeeded")
        FAILED = "failed", _("Failed")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.API, db_index=True)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.QUEUED, db_index=True)
    full = models.BooleanField(_("full run"), default=False)
    destination_slugs = models.JSONField(_("destinations"), default=list, blank=True)
    selection_ids = models.JSONField(_("Apidae selections"), default=list, blank=True)
    source_label = models.CharField(_("source"), max_length=255, blank=True, help_text=_("Export file or URL (masked)."))

    created_at = models.DateTimeField(_("queued at"), auto_now_add=True)
    started_at = models.DateTimeField(_("started"), null=True, blank=True, db_index=True)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)
    heartbeat_at = models.DateTimeField(_("last sign of life"), null=True, blank=True)

    created = models.PositiveIntegerField(_("created"), default=0)
    updated = models.PositiveIntegerField(_("updated"), default=0)
    unchanged = models.PositiveIntegerField(_("unchanged"), default=0)
    unpublished = models.PositiveIntegerField(_("unpublished"), default=0)
    failed = models.PositiveIntegerField(_("failed"), default=0)

    phase = models.CharField(_("phase"), max_length=40, blank=True)
    progress_current = models.PositiveIntegerField(_("progress"), default=0)
    progress_total = models.PositiveIntegerField(_("of"), null=True, blank=True)

    error = models.TextField(_("error"), blank=True, help_text=_("Masked: never contains the API key."))
    notes = models.TextField(_("notes"), blank=True, help_text=_("What the mapper skipped, first lines only."))
    triggered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("started by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    lock_key = models.CharField(max_length=20, null=True, blank=True, unique=True, editable=False)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("sync run")
        verbose_name_plural = _("sync runs")

    def __str__(self) -> str:
        when = timezone.localtime(self.started_at or self.created_at) if (self.started_at or self.created_at) else None
        return f"{self.get_kind_display()} #{self.pk} {when:%Y-%m-%d %H:%M}" if when else f"{self.get_kind_display()}"

    @property
    def duration(self) -> dt.timedelta | None:
        if not self.started_at:
            return None
        end = self.finished_at or timezone.now()
        return end - self.started_at

    def duration_display(self) -> str:
        duration = self.duration
        if duration is None:
            return "—"
        seconds = int(duration.total_seconds())
        return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}" if seconds >= 3600 else f"{seconds // 60}:{seconds % 60:02d}"

    duration_display.short_description = _("duration")

    def progress_display(self) -> str:
        if self.status != self.Status.RUNNING:
            return ""
        total = f"/{self.progress_total}" if self.progress_total is not None else ""
        return f"{self.phase} {self.progress_current}{total}".strip()

    progress_display.short_description = _("progress")

    def counts_display(self) -> str:
        return (
            f"+{self.created} ~{self.updated} ={self.unchanged} −{self.unpublished}"
            + (f" ✗{self.failed}" if self.failed else "")
        )

    counts_display.short_description = _("created ~updated =unchanged −unpublished")

    def error_summary(self) -> str:
        first = (self.error or "").strip().splitlines()[0] if self.error and self.error.strip() else ""
        return first[:140] + ("…" if len(first) > 140 else "")

    error_summary.short_description = _("error")

    def summary(self) -> str:
        return (
            f"created {self.created}, updated {self.updated}, unchanged {self.unchanged}, "
            f"unpublished {self.unpublished}, failed {self.failed}"
        )


class StagedObject(models.Model):
    """One raw source object fetched by a run, waiting for the run's single apply transaction."""

    run = models.ForeignKey(SyncRun, on_delete=models.CASCADE, related_name="staged_objects")
    source_id = models.CharField(max_length=40)
    selection_ids = models.JSONField(default=list, blank=True)
    payload = models.JSONField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["run", "source_id"], name="unique_staged_object")]

    def __str__(self) -> str:
        return f"run {self.run_id}: {self.source_id}"


class ExportNotification(models.Model):
    """One notification POSTed by Apidae after an export (fields as Apidae names them, kept verbatim in `raw`)."""

    project_id = models.BigIntegerField(_("projetId"), null=True, blank=True)
    status = models.CharField(_("statut"), max_length=20, blank=True)
    reinitialisation = models.BooleanField(_("full reset (reinitialisation)"), default=False)
    ponctuel = models.BooleanField(_("one-off export (ponctuel)"), default=False)
    url_recuperation = models.URLField(_("download URL"), max_length=1000, blank=True)
    url_confirmation = models.URLField(_("confirmation URL"), max_length=1000, blank=True)
    received_at = models.DateTimeField(_("received"), auto_now_add=True)
    processed_at = models.DateTimeField(_("processed"), null=True, blank=True)
    run = models.ForeignKey(
        SyncRun, verbose_name=_("run"), null=True, blank=True, on_delete=models.SET_NULL, related_name="notifications"
    )
    raw = models.JSONField(_("raw POST"), default=dict, blank=True)

    class Meta:
        ordering = ["-received_at", "-pk"]
        verbose_name = _("export notification")
        verbose_name_plural = _("export notifications")

    def __str__(self) -> str:
        return f"Export {self.project_id} {self.status} {self.received_at:%Y-%m-%d %H:%M}" if self.received_at else "Export"
