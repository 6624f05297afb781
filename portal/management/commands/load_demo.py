"""Load (or refresh) the demo: region, brands, taxonomy, three destination portals and their offers."""

from django.core.management.base import BaseCommand, CommandError

from destinations.demo.loader import load_demo


class Command(BaseCommand):
    help = (
        "Load the demo region, brands, taxonomy and destination portals, then their offers through the "
        "Apidae export import (shared samples plus generated objects). Idempotent."
    )

    def add_arguments(self, parser):
        parser.add_argument("--no-offers", action="store_true", help="Pages only, no offer catalogue.")
        parser.add_argument("--offers-per-destination", type=int, default=32)

    def handle(self, *args, **options):
        def say(message: str) -> None:
            self.stdout.write(f"  {message}")

        load_demo(progress=say)
        if not options["no_offers"]:
            from apidae_sync.demo import load_demo_offers

            run = load_demo_offers(per_destination=options["offers_per_destination"], progress=say)
            if run.status != run.Status.SUCCEEDED:
                raise CommandError(f"Demo offers failed: {run.error}")
        self.stdout.write(self.style.SUCCESS("Demo loaded."))
