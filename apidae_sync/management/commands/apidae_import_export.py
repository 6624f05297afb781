"""`manage.py apidae_import_export PATH_OR_URL`: import an Apidae export (ZIP file, unzipped folder or ZIP URL).

Apidae normally announces exports to POST /apidae/export-notification/ and the import runs as a
background task; this command is for a one-off import by hand, or to replay a saved export:

    .venv/bin/python manage.py apidae_import_export /srv/exports/export-2026-01-05.zip
    .venv/bin/python manage.py apidae_import_export https://export.apidae-tourisme.com/exports/XXXX.zip --reinitialisation

Exit status 0 only on success. A failed import leaves the catalogue exactly as it was.
"""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError

from .apidae_sync import ProgressBar, RawHelpFormatter, report

HELP = """
Import an Apidae export (a ZIP file, its unzipped folder, or the http(s) URL of a ZIP) into the offer
catalogue: objets_modifies/*.json are upserted, objets_supprimes.json unpublished, selections.json assigns
destinations, elements_reference.json and communes.json resolve compact references. With
--reinitialisation (a full export), offers absent from the export are unpublished too. All or nothing.

Examples:
  manage.py apidae_import_export /srv/exports/export.zip
  manage.py apidae_import_export /srv/exports/export_folder/ --reinitialisation
"""


class Command(BaseCommand):
    help = HELP

    def create_parser(self, prog_name, subcommand, **kwargs):
        kwargs.setdefault("formatter_class", RawHelpFormatter)
        return super().create_parser(prog_name, subcommand, **kwargs)

    def add_arguments(self, parser):
        parser.add_argument("path_or_url", metavar="PATH_OR_URL", help="Export ZIP, unzipped folder, or ZIP URL.")
        parser.add_argument(
            "--reinitialisation",
            action="store_true",
            help="The export is the whole project: unpublish offers absent from it.",
        )
        parser.add_argument("--no-progress", action="store_true", help="No progress bar.")

    def handle(self, *args, **options):
        from apidae_sync.export import import_export
        from apidae_sync.models import SyncRun

        bar = ProgressBar(self.stderr._out, enabled=not options["no_progress"])
        try:
            run = import_export(options["path_or_url"], progress=bar, reinitialisation=options["reinitialisation"])
        except DatabaseError as exc:  # e.g. SQLite busy for too long while another run applies
            raise CommandError(f"Database unavailable for the import: {exc}") from None
        finally:
            bar.close()
        return report(self, run, SyncRun)
