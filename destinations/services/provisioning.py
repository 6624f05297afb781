"""Provisioning a destination and keeping its tourist office's permissions in line with its pages.

A destination is one Site, one home page (plus its translations, which are separate pages under the
tree root), one media collection, and two groups (editors, moderators) whose rights stop at its border.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth.models import Group, Permission
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    GroupSitePermission,
    Locale,
    Page,
    Site,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from destinations.models import Brand, Destination, DestinationHomePage
from themes.registry import THEMES

EDITOR_PAGE_PERMISSIONS = ["add", "change", "lock", "unlock"]
MODERATOR_PAGE_PERMISSIONS = ["add", "change", "lock", "unlock", "publish", "bulk_delete"]
MEDIA_PERMISSIONS = [
    ("wagtailimages", f"{action}_image") for action in ("add", "change", "choose", "delete")
] + [("wagtaildocs", f"{action}_document") for action in ("add", "change", "choose", "delete")]
GLOBAL_PERMISSIONS = [("wagtailadmin", "access_admin"), ("wagtail_localize", "submit_translation")]
SETTINGS_PERMISSION = ("destinations", "change_touristofficesettings")


@dataclass(frozen=True)
class DestinationSpec:
    name: str
    slug: str
    brand_slug: str
    theme: str
    hostname: str
    port: int = 80
    languages: tuple[str, ...] = ("fr", "en", "de", "it")
    hero_tagline: str = ""


class ProvisioningError(ValidationError):
    pass


def _permission(app_label: str, codename: str) -> Permission:
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


@transaction.atomic
def create_destination(spec: DestinationSpec) -> Destination:
    """Create a destination in one step: Site, French home page, collection, groups, permissions, theme."""
    slug = slugify(spec.slug)
    if not slug:
        raise ProvisioningError(_("The slug is empty."))
    if Destination.objects.filter(slug=slug).exists():
        raise ProvisioningError(_("A destination with the slug “%(slug)s” already exists.") % {"slug": slug})
    if Site.objects.filter(hostname=spec.hostname, port=spec.port).exists():
        raise ProvisioningError(_("The host name %(host)s is already used by another site.") % {"host": spec.hostname})
    if spec.theme not in THEMES:
        raise ProvisioningError(_("Unknown theme “%(theme)s”.") % {"theme": spec.theme})
    brand = Brand.objects.filter(slug=spec.brand_slug, locale=Locale.get_default()).first()
    if brand is None:
        raise ProvisioningError(_("Unknown brand “%(brand)s”.") % {"brand": spec.brand_slug})

    root = Page.get_first_root_node()
    fr = Locale.get_default()
    home = DestinationHomePage(
        title=spec.name, slug=slug, locale=fr, hero_title=spec.name, hero_tagline=spec.hero_tagline
    )
    root.add_child(instance=home)
    home.save_revision().publish()

    site = Site.objects.create(hostname=spec.hostname, port=spec.port, site_name=spec.name, root_page=home)
    collection = Collection.get_first_root_node().add_child(name=spec.name)
    editors = Group.objects.create(name=_("%(name)s editors") % {"name": spec.name})
    moderators = Group.objects.create(name=_("%(name)s moderators") % {"name": spec.name})
    destination = Destination.objects.create(
        site=site,
        name=spec.name,
        slug=slug,
        brand=brand,
        theme=spec.theme,
        languages=list(spec.languages),
        collection=collection,
        editors_group=editors,
        moderators_group=moderators,
    )
    grant_destination_permissions(destination)
    _attach_moderation_workflow(destination)
    return destination


def destination_home_pages(destination: Destination) -> list[Page]:
    """The home page in every language: translations are separate pages under the tree root."""
    root_page = destination.site.root_page
    return list(Page.objects.filter(translation_key=root_page.translation_key, depth=root_page.depth))


def grant_destination_permissions(destination: Destination) -> None:
    """Idempotent: give the office's groups their rights on every home translation, media and settings."""
    groups = [(destination.editors_group, EDITOR_PAGE_PERMISSIONS), (destination.moderators_group, MODERATOR_PAGE_PERMISSIONS)]
    homes = destination_home_pages(destination)
    for group, page_permissions in groups:
        if group is None:
            continue
        for app_label, codename in GLOBAL_PERMISSIONS:
            group.permissions.add(_permission(app_label, codename))
        for page in homes:
            for permission_type in page_permissions:
                GroupPagePermission.objects.get_or_create(
                    group=group, page=page, permission=_permission("wagtailcore", f"{permission_type}_page")
                )
        if destination.collection_id:
            for app_label, codename in MEDIA_PERMISSIONS:
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=destination.collection, permission=_permission(app_label, codename)
                )
        GroupSitePermission.objects.get_or_create(
            group=group, site=destination.site, permission=_permission(*SETTINGS_PERMISSION)
        )


def _attach_moderation_workflow(destination: Destination) -> None:
    """Editors submit, the office's own moderators approve: a workflow per destination subtree."""
    if destination.moderators_group is None:
        return
    task = GroupApprovalTask.objects.create(name=_("%(name)s approval") % {"name": destination.name})
    task.groups.set([destination.moderators_group])
    workflow = Workflow.objects.create(name=_("%(name)s moderation") % {"name": destination.name})
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    for page in destination_home_pages(destination):
        WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": workflow})


def sync_home_translation(page: Page) -> None:
    """A new translation of a destination home gets the office's permissions and workflow."""
    for destination in Destination.objects.select_related("site__root_page", "editors_group", "moderators_group"):
        root_page = destination.site.root_page
        if root_page.translation_key == page.translation_key and root_page.pk != page.pk:
            grant_destination_permissions(destination)
            workflow_page = WorkflowPage.objects.filter(page=root_page).first()
            if workflow_page:
                WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": workflow_page.workflow})
            return
