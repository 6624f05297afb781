"""Provision a destination in one step (Site, home page, collection, groups, permissions, theme)."""

from django.core.management.base import BaseCommand, CommandError

from destinations.services.provisioning import DestinationSpec, ProvisioningError, create_destination
from themes.registry import THEMES


class Command(BaseCommand):
    help = "Create a destination portal: its Site, French home page, media collection, editor and moderator groups."

    def add_arguments(self, parser):
        parser.add_argument("slug")
        parser.add_argument("--name", required=True)
        parser.add_argument("--brand", required=True, help="Brand slug: provence, alpes, cote-azur…")
        parser.add_argument("--theme", required=True, choices=sorted(THEMES))
        parser.add_argument("--hostname", required=True, help="e.g. camargue.example.org")
        parser.add_argument("--port", type=int, default=80)
        parser.add_argument("--languages", default="fr,en,de,it")

    def handle(self, *args, **options):
        spec = DestinationSpec(
            name=options["name"],
            slug=options["slug"],
            brand_slug=options["brand"],
            theme=options["theme"],
            hostname=options["hostname"],
            port=options["port"],
            languages=tuple(code.strip() for code in options["languages"].split(",") if code.strip()),
        )
        try:
            destination = create_destination(spec)
        except ProvisioningError as error:
            raise CommandError("; ".join(error.messages)) from error
        self.stdout.write(
            self.style.SUCCESS(
                f"Created {destination.name}: http://{destination.site.hostname}:{destination.site.port}/ "
                f"(groups “{destination.editors_group}”, “{destination.moderators_group}”)"
            )
        )
