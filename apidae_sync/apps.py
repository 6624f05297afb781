from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ApidaeSyncConfig(AppConfig):
    name = "apidae_sync"
    verbose_name = _("Apidae sync")
    default_auto_field = "django.db.models.BigAutoField"
