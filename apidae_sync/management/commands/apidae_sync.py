"""`manage.py apidae_sync [--destination SLUG] [--selection ID ...] [--full]`: sync offers from the Apidae API.

Schedule it with cron (or a systemd timer), e.g. incremental every night and a full run once a week:

    # m  h  dom mon dow  command
    15   3  *   *   1-6  cd /srv/portal && .venv/bin/python manage.py apidae_sync --no-progress >> var/log/apidae-sync.log 2>&1
    15   3  *   *   0    cd /srv/portal && .venv/bin/python manage.py apidae_sync --full --no-progress >> var/log/apidae-sync.log 2>&1

Runs never overlap (a second one is refused and exits non-zero), so a slow run and the next cron tick,
an admin "Start a sync" or an export import cannot collide. Exit status 0 only on success.
"""

from __future__ import annotations

import argparse

from django.core.management.base import BaseCommand, CommandError, DjangoHelpFormatter
from django.db import DatabaseError

from destinations.models import Destination

CRON_HELP = """
Sync the offer catalogue from the Apidae API (apidae_sync.sync.run_api_sync): list the selections'
objects with their modification dates, fetch the new and modified ones into a staging table, then apply
everything in one transaction. Objects that left every selection are unpublished, never deleted. A
failed run leaves the catalogue exactly as it was and exits with a non-zero status.

Configuration (environment or settings): APIDAE_API_URL, APIDAE_API_KEY, APIDAE_PROJECT_ID,
APIDAE_TIMEOUT (s), APIDAE_RETRIES, APIDAE_BACKOFF (s), APIDAE_LOCALES.

Cron example (incremental nightly, full on Sundays):
  15 3 * * 1-6  cd /srv/portal && .venv/bin/python manage.py apidae_sync --no-progress >> var/log/apidae-sync.log 2>&1
  15 3 * * 0    cd /srv/portal && .venv/bin/python manage.py apidae_sync --full --no-progress >> var/log/apidae-sync.log 2>&1
"""


class RawHelpFormatter(DjangoHelpFormatter, argparse.RawDescriptionHelpFormatter):
    """Django's option ordering, but the description (cron lines) printed as written."""


class ProgressBar:
    """tqdm on stderr, one bar per phase (listing, fetching, applying…)."""

    def __init__(self, stream, enabled: bool) -> None:
        self.stream = stream
        self.enabled = enabled
        self.bar = None
        self.phase = None

    def __call__(self, phase: str, current: int, total: int | None) -> None:
        if not self.enabled:
            return
        from tqdm import tqdm

        if phase != self.phase:
            self.close()
            self.phase = phase
            self.bar = tqdm(total=total, desc=phase, unit="obj", file=self.stream, leave=True, dynamic_ncols=True)
        if self.bar.total != total and total is not None:
            self.bar.total = total
        self.bar.n = current
        self.bar.refresh()

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None


class Command(BaseCommand):
    help = CRON_HELP

    def create_parser(self, prog_name, subcommand, **kwargs):
        kwargs.setdefault("formatter_class", RawHelpFormatter)
        return super().create_parser(prog_name, subcommand, **kwargs)

    def add_arguments(self, parser):
        parser.add_argument("--destination", metavar="SLUG", help="Only this destination's Apidae selections.")
        parser.add_argument(
            "--selection",
            metavar="ID",
            type=int,
            nargs="+",
            action="extend",
            help="Only these Apidae selection ids; with --destination, they are first recorded on the destination.",
        )
        parser.add_argument("--full", action="store_true", help="Fetch and rewrite every object, modified or not.")
        parser.add_argument("--no-progress", action="store_true", help="No progress bar (cron, logs).")

    def handle(self, *args, **options):
        from apidae_sync.models import SyncRun
        from apidae_sync.sync import run_api_sync

        slug = options["destination"]
        if slug and not Destination.objects.filter(slug=slug).exists():
            raise CommandError(f"Unknown destination {slug!r}")
        selections = options["selection"]
        if selections and any(s <= 0 for s in selections):
            raise CommandError("Selection ids are positive whole numbers")
        bar = ProgressBar(self.stderr._out, enabled=not options["no_progress"])
        try:
            run = run_api_sync(destination_slug=slug, selection_ids=selections, full=options["full"], progress=bar)
        except DatabaseError as exc:  # e.g. SQLite busy for too long while another run applies
            raise CommandError(f"Database unavailable for the sync run: {exc}") from None
        finally:
            bar.close()
        return report(self, run, SyncRun)


def report(command: BaseCommand, run, sync_run_model) -> None:
    """Print the summary line; raise CommandError (exit status 1) when the run failed."""
    summary = run.summary()
    if run.status != sync_run_model.Status.SUCCEEDED:
        raise CommandError(f"Sync run #{run.pk} failed: {run.error}\n{summary}")
    duration = run.duration_display()
    command.stdout.write(f"Sync run #{run.pk} succeeded in {duration}: {summary}")
    if run.error:  # e.g. an export applied but not confirmed
        command.stderr.write(f"Warning: {run.error}")
