"""Admin views of the Apidae adapter: sync runs (list, filters, inspect, "Start a sync") and export notifications.

Runs are records, not content: nobody edits or deletes them from the admin (`ReadOnlyPolicy`). Only
superusers and users given `apidae_sync` permissions (the Région) see them; tourist-office editors do not.
"""

from __future__ import annotations

from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.admin.widgets.button import HeaderButton
from wagtail.permission_policies import ModelPermissionPolicy

from .models import ExportNotification, SyncRun
from .views import StartSyncView, can_start_sync


class ReadOnlyPolicy(ModelPermissionPolicy):
    """Model permissions as usual, but no one (superusers included) may change or delete a record."""

    def user_has_permission(self, user, action):
        if action in ("change", "delete"):
            return False
        return super().user_has_permission(user, action)

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action)


class SyncRunIndexView(generic.IndexView):
    @property
    def header_buttons(self):
        if self.add_url_name and can_start_sync(self.request.user):
            from django.urls import reverse

            return [HeaderButton(_("Start a sync"), url=reverse(self.add_url_name), icon_name="resubmit")]
        return []

    def get_edit_url(self, instance):
        return self.get_inspect_url(instance)


class RecordViewSet(ModelViewSet):
    """Run records are not referenced content: keep them out of Wagtail's reference index (no task per save)."""

    add_to_reference_index = False


class SyncRunViewSet(RecordViewSet):
    model = SyncRun
    icon = "resubmit"
    menu_label = _("Sync runs")
    url_prefix = "apidae/runs"
    name = "apidae_sync_runs"
    index_view_class = SyncRunIndexView
    list_display = [
        "__str__",
        "started_at",
        "kind",
        "status",
        "counts_display",
        "duration_display",
        "progress_display",
        "error_summary",
    ]
    list_filter = ["status", "kind"]
    ordering = ["-created_at", "-pk"]
    inspect_view_enabled = True
    inspect_view_fields = [
        "kind",
        "status",
        "full",
        "destination_slugs",
        "selection_ids",
        "source_label",
        "created_at",
        "started_at",
        "finished_at",
        "phase",
        "progress_current",
        "progress_total",
        "created",
        "updated",
        "unchanged",
        "unpublished",
        "failed",
        "error",
        "notes",
        "triggered_by",
    ]
    form_fields = ["full"]  # the edit view exists in the URL conf but the policy refuses it to everyone
    copy_view_enabled = False

    def get_urlpatterns(self):
        patterns = [p for p in super().get_urlpatterns() if getattr(p, "name", None) != "add"]
        start = StartSyncView.as_view(index_url_name=self.get_url_name("index"))
        return [*patterns, path("start/", start, name="add")]


class ExportNotificationViewSet(RecordViewSet):
    model = ExportNotification
    icon = "download"
    menu_label = _("Export notifications")
    url_prefix = "apidae/export-notifications"
    name = "apidae_export_notifications"
    list_display = ["__str__", "received_at", "status", "reinitialisation", "ponctuel", "processed_at", "run"]
    list_filter = ["status", "reinitialisation"]
    ordering = ["-received_at", "-pk"]
    inspect_view_enabled = True
    form_fields = ["status"]
    copy_view_enabled = False

    def get_urlpatterns(self):
        return [p for p in super().get_urlpatterns() if getattr(p, "name", None) != "add"]


class ApidaeAdminGroup(ModelViewSetGroup):
    menu_label = _("Apidae")
    menu_icon = "resubmit"
    menu_order = 260
    items = (SyncRunViewSet, ExportNotificationViewSet)
