from wagtail import hooks
from wagtail.permissions import register_permission_policy

from .models import ExportNotification, SyncRun
from .viewsets import ApidaeAdminGroup, ReadOnlyPolicy

# Wagtail 8: custom policies are registered before any viewset asks for one.
register_permission_policy(SyncRun, ReadOnlyPolicy(SyncRun))
register_permission_policy(ExportNotification, ReadOnlyPolicy(ExportNotification))


@hooks.register("register_admin_viewset")
def register_apidae_viewsets():
    return ApidaeAdminGroup()
