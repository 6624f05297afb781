from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DestinationsConfig(AppConfig):
    name = "destinations"
    verbose_name = _("Destinations")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from . import signal_handlers  # noqa: F401
