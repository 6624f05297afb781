"""Admin views that wrap provisioning services."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from wagtail.admin.views import generic
from wagtail_localize.views.submit_translations import SubmitPageTranslationView

from destinations.services.provisioning import DestinationSpec, ProvisioningError, create_destination


class DestinationCreateView(generic.CreateView):
    """One step: the Région fills one form; the service provisions Site, home page, collection, groups."""

    def save_instance(self):
        data = self.form.cleaned_data
        destination = create_destination(
            DestinationSpec(
                name=data["name"],
                slug=data["slug"],
                brand_slug=data["brand"].slug,
                theme=data["theme"],
                hostname=data["hostname"],
                port=data["port"],
                languages=tuple(data["languages"]),
            )
        )
        return destination

    def form_valid(self, form):
        try:
            return super().form_valid(form)
        except ProvisioningError as error:
            for message in error.messages:
                form.add_error(None, message)
            return self.form_invalid(form)


class DestinationSubmitPageTranslationView(SubmitPageTranslationView):
    """wagtail-localize checks only the global `submit_translation` permission; a tourist office may
    translate the pages it can edit, never another destination's."""

    def get_object(self):
        page = super().get_object()
        if not page.permissions_for_user(self.request.user).can_edit():
            raise PermissionDenied
        return page
