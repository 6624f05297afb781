from django.apps import AppConfig


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = "Portal"

    def ready(self) -> None:
        from . import cache  # connects the page-cache invalidation receivers

        cache._connect_catalogue_signal()
