"""Load (or refresh) the demo destinations; safe to run again."""

from django.core.management.base import BaseCommand

from destinations.demo.loader import load_demo


class Command(BaseCommand):
    help = "Load the demo region, brands, taxonomy and destination portals (idempotent)."

    def handle(self, *args, **options):
        load_demo(progress=lambda message: self.stdout.write(f"  {message}"))
        self.stdout.write(self.style.SUCCESS("Demo loaded."))
