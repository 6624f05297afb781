from django.apps import AppConfig


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = "Portal"

    def ready(self) -> None:
        from . import cache  # noqa: F401  (connects the page-cache invalidation receivers)
