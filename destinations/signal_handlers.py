"""Thin receivers: they call services so the rules stay in destinations/services."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from destinations.models import DestinationHomePage


@receiver(post_save, sender=DestinationHomePage)
def on_destination_home_saved(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        from destinations.services.provisioning import sync_home_translation

        sync_home_translation(instance)
