"""HTTP entry points: Apidae's export notification webhook, and the admin's "Start a sync" form."""

from __future__ import annotations

import json
import logging
from urllib.parse import urlsplit

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.http.request import validate_host
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from django.views.generic import FormView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from destinations.models import Destination

from .client import DEFAULT_API_URL
from .models import LOCK_KEY, ExportNotification, SyncRun
from .sync import setting

logger = logging.getLogger(__name__)

#: Hosts Apidae serves exports from (production and test environments); a leading dot includes subdomains.
APIDAE_HOSTS = [".apidae-tourisme.com", ".apidae-tourisme.cooking"]
TRUE_VALUES = {"true", "1", "yes", "on", "oui"}


def allowed_export_hosts() -> list[str]:
    """APIDAE_EXPORT_ALLOWED_HOSTS (list or comma-separated), else Apidae's domains; plus APIDAE_API_URL's host."""
    configured = setting("APIDAE_EXPORT_ALLOWED_HOSTS", None)
    if isinstance(configured, str):
        hosts = [h.strip().lower() for h in configured.split(",") if h.strip()]
    elif configured:
        hosts = [str(h).strip().lower() for h in configured]
    else:
        hosts = list(APIDAE_HOSTS)
    api_host = urlsplit(str(setting("APIDAE_API_URL", DEFAULT_API_URL))).hostname
    if api_host:
        hosts.append(api_host.lower())
    return hosts


def _check_url(value: str, field: str, required: bool) -> str | None:
    if not value:
        return f"{field} is missing" if required else None
    try:
        parts = urlsplit(value)
        host = parts.hostname
    except ValueError:
        return f"{field} is not a URL"
    if parts.scheme not in ("http", "https") or not host:
        return f"{field} is not an http(s) URL"
    if not validate_host(host.lower(), allowed_export_hosts()):
        return f"{field} host {host} is not an Apidae host"
    return None


def _flag(value: str | None) -> bool:
    return str(value or "").strip().lower() in TRUE_VALUES


def _enqueue_import(notification_id: int) -> None:
    """Queue the import; whatever happens in it (inline with the ImmediateBackend), the webhook already answered."""
    from .tasks import import_export_task

    try:
        import_export_task.enqueue(notification_id)
    except Exception:  # noqa: BLE001 - the notification is stored; the run (if any) says what failed
        logger.exception("Could not run the import of export notification #%s", notification_id)


@csrf_exempt  # Apidae POSTs server to server: no browser, no CSRF token; projetId and URL hosts are checked
@require_POST
def export_notification(request: HttpRequest) -> HttpResponse:
    """`POST /apidae/export-notification/`: store the notification, answer 200 at once, import in the background."""
    if request.content_type == "application/json":
        try:
            data = json.loads(request.body or b"{}")
        except ValueError:
            return JsonResponse({"error": "invalid JSON"}, status=400)
        if not isinstance(data, dict):
            return JsonResponse({"error": "expected form fields or a JSON object"}, status=400)
        data = {str(k): "" if v is None else str(v).lower() if isinstance(v, bool) else str(v) for k, v in data.items()}
    else:
        data = request.POST.dict()

    expected = str(setting("APIDAE_PROJECT_ID", "") or "").strip()
    project = str(data.get("projetId", "")).strip()
    if not expected:
        logger.error("Apidae export notification refused: APIDAE_PROJECT_ID is not configured")
        return JsonResponse({"error": "export notifications are not configured"}, status=400)
    if project != expected:
        logger.warning("Apidae export notification refused: projetId %r", project[:40])
        return JsonResponse({"error": "unknown projetId"}, status=400)
    status = str(data.get("statut", "")).strip().upper()[:20]
    success = status == "SUCCESS"
    url_recuperation = str(data.get("urlRecuperation", "")).strip()
    url_confirmation = str(data.get("urlConfirmation", "")).strip()
    for problem in (
        _check_url(url_recuperation, "urlRecuperation", required=success),
        _check_url(url_confirmation, "urlConfirmation", required=False),
    ):
        if problem:
            logger.warning("Apidae export notification refused: %s", problem)
            return JsonResponse({"error": problem}, status=400)
    if len(url_recuperation) > 1000 or len(url_confirmation) > 1000:
        return JsonResponse({"error": "URL too long"}, status=400)

    notification = ExportNotification.objects.create(
        project_id=int(project) if project.isdigit() else None,
        status=status,
        reinitialisation=_flag(data.get("reinitialisation")),
        ponctuel=_flag(data.get("ponctuel")),
        url_recuperation=url_recuperation,
        url_confirmation=url_confirmation,
        raw={k: str(v)[:2000] for k, v in list(data.items())[:50]},
    )
    transaction.on_commit(lambda: _enqueue_import(notification.pk))
    return JsonResponse({"status": "accepted", "notification": notification.pk})


# -- admin -----------------------------------------------------------------------------------------------


def can_start_sync(user) -> bool:
    return bool(user.is_active and (user.is_superuser or user.has_perm("apidae_sync.add_syncrun")))


class StartSyncForm(forms.Form):
    destination = forms.ModelChoiceField(
        queryset=Destination.objects.all(),
        required=False,
        empty_label=gettext_lazy("All destinations"),
        label=gettext_lazy("Destination"),
    )
    selection_ids = forms.CharField(
        required=False,
        label=gettext_lazy("Apidae selection ids"),
        help_text=gettext_lazy("Optional, comma-separated. Recorded on the destination first."),
    )
    full = forms.BooleanField(
        required=False,
        label=gettext_lazy("Full sync"),
        help_text=gettext_lazy("Fetch and rewrite every object, even those not modified in Apidae."),
    )

    def clean_selection_ids(self) -> list[int]:
        raw = self.cleaned_data.get("selection_ids") or ""
        try:
            ids = sorted({int(part) for part in raw.replace(";", ",").split(",") if part.strip()})
        except ValueError:
            raise forms.ValidationError(_("Enter whole numbers separated by commas.")) from None
        if any(i <= 0 for i in ids):
            raise forms.ValidationError(_("Enter positive whole numbers."))
        return ids


class StartSyncView(WagtailAdminTemplateMixin, FormView):
    """Queue an API sync run (task) and go back to the runs list."""

    form_class = StartSyncForm
    template_name = "apidae_sync/start_sync.html"
    page_title = gettext_lazy("Start an Apidae sync")
    header_icon = "resubmit"
    index_url_name = "syncrun:index"

    def dispatch(self, request, *args, **kwargs):
        if not can_start_sync(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse(self.index_url_name), "label": _("Sync runs")},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["running"] = SyncRun.objects.filter(lock_key=LOCK_KEY).first()
        context["index_url"] = reverse(self.index_url_name)
        return context

    def form_valid(self, form):
        from .tasks import run_sync_task

        running = SyncRun.objects.filter(lock_key=LOCK_KEY).first()
        if running is not None:
            messages.error(self.request, _("A sync run is already in progress (#%(pk)s).") % {"pk": running.pk})
            return redirect(self.index_url_name)
        destination = form.cleaned_data["destination"]
        selection_ids = form.cleaned_data["selection_ids"]
        full = form.cleaned_data["full"]
        run = SyncRun.objects.create(
            kind=SyncRun.Kind.API,
            status=SyncRun.Status.QUEUED,
            full=full,
            destination_slugs=[destination.slug] if destination else [],
            selection_ids=selection_ids,
            triggered_by=self.request.user,
        )

        def enqueue() -> None:
            try:
                run_sync_task.enqueue(run.pk, destination.slug if destination else None, selection_ids, full)
            except Exception:  # noqa: BLE001 - recorded on the run
                logger.exception("Could not enqueue sync run #%s", run.pk)
                SyncRun.objects.filter(pk=run.pk, status=SyncRun.Status.QUEUED).update(
                    status=SyncRun.Status.FAILED, error="Could not be queued"
                )

        transaction.on_commit(enqueue)
        messages.success(self.request, _("Sync run #%(pk)s queued.") % {"pk": run.pk})
        return redirect(self.index_url_name)
