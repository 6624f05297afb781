"""Public (non-admin) URLs of the Apidae adapter, mounted at /apidae/ outside the language prefixes."""

from django.urls import path

from . import views

urlpatterns = [
    path("export-notification/", views.export_notification, name="apidae_export_notification"),
]
