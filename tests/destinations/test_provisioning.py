"""Provisioning a destination: the service, the management command, and permissions following translations."""

from __future__ import annotations

from io import StringIO

import pytest
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from django.test import TestCase
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    GroupSitePermission,
    Page,
    Site,
    WorkflowPage,
)

from destinations.models import Destination, DestinationHomePage
from destinations.services.provisioning import (
    EDITOR_PAGE_PERMISSIONS,
    MODERATOR_PAGE_PERMISSIONS,
    DestinationSpec,
    ProvisioningError,
    create_destination,
)
from tests.factories import BrandFactory, LocaleFactory, translate


def counts() -> dict[str, int]:
    return {
        "destinations": Destination.objects.count(),
        "sites": Site.objects.count(),
        "pages": Page.objects.count(),
        "collections": Collection.objects.count(),
        "groups": Group.objects.count(),
        "page permissions": GroupPagePermission.objects.count(),
        "collection permissions": GroupCollectionPermission.objects.count(),
        "site permissions": GroupSitePermission.objects.count(),
    }


def page_permission_codenames(group, page) -> set[str]:
    return set(
        GroupPagePermission.objects.filter(group=group, page=page).values_list("permission__codename", flat=True)
    )


class CreateDestinationServiceTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.brand = BrandFactory(slug="provence-test", name="Provence test")
        cls.destination = create_destination(
            DestinationSpec(
                name="Verdon",
                slug="verdon",
                brand_slug="provence-test",
                theme="provence",
                hostname="verdon.test.localhost",
                hero_tagline="Gorges et lacs",
            )
        )

    def test_site_and_french_home(self):
        destination = Destination.objects.select_related("site__root_page").get(slug="verdon")
        self.assertEqual((destination.site.hostname, destination.site.port), ("verdon.test.localhost", 80))
        self.assertEqual(destination.brand, self.brand)
        self.assertEqual(destination.theme, "provence")
        home = destination.home_page
        self.assertIsInstance(home, DestinationHomePage)
        self.assertEqual(home.locale.language_code, "fr")
        self.assertEqual(home.depth, 2)
        self.assertTrue(home.live)
        self.assertEqual(home.hero_tagline, "Gorges et lacs")
        self.assertEqual(destination.languages, ["fr", "en", "de", "it"])

    def test_collection_and_groups(self):
        destination = self.destination
        self.assertEqual(destination.collection.name, "Verdon")
        self.assertEqual(destination.collection.get_parent(), Collection.get_first_root_node())
        self.assertIsNotNone(destination.editors_group)
        self.assertIsNotNone(destination.moderators_group)
        self.assertNotEqual(destination.editors_group, destination.moderators_group)

    def test_group_permissions_stop_at_the_destination(self):
        destination = self.destination
        home = destination.site.root_page
        editors, moderators = destination.editors_group, destination.moderators_group
        self.assertEqual(page_permission_codenames(editors, home), {f"{p}_page" for p in EDITOR_PAGE_PERMISSIONS})
        self.assertEqual(page_permission_codenames(moderators, home), {f"{p}_page" for p in MODERATOR_PAGE_PERMISSIONS})
        self.assertNotIn("publish_page", page_permission_codenames(editors, home))
        for group in (editors, moderators):
            # Page, collection and site permissions only ever point at this destination's objects.
            self.assertEqual(
                set(GroupPagePermission.objects.filter(group=group).values_list("page", flat=True)), {home.pk}
            )
            collection_permissions = GroupCollectionPermission.objects.filter(group=group)
            self.assertEqual(
                set(collection_permissions.values_list("collection", flat=True)), {destination.collection_id}
            )
            self.assertTrue(
                {"add_image", "change_image", "choose_image", "add_document"}
                <= set(collection_permissions.values_list("permission__codename", flat=True))
            )
            site_permissions = GroupSitePermission.objects.filter(group=group)
            self.assertEqual(
                list(site_permissions.values_list("site", "permission__codename")),
                [(destination.site_id, "change_touristofficesettings")],
            )
            self.assertTrue(group.permissions.filter(codename="access_admin").exists())

    def test_moderation_workflow_on_the_home(self):
        workflow_page = WorkflowPage.objects.get(page=self.destination.site.root_page)
        task = workflow_page.workflow.tasks.get().specific
        self.assertEqual(list(task.groups.all()), [self.destination.moderators_group])

    def test_new_home_translation_gets_the_office_permissions(self):
        home = self.destination.site.root_page
        english = translate(home.specific, "en", title="Verdon", slug="verdon-en")
        self.assertEqual(english.translation_key, home.translation_key)
        self.assertEqual(english.depth, 2)
        editors, moderators = self.destination.editors_group, self.destination.moderators_group
        self.assertEqual(page_permission_codenames(editors, english), {f"{p}_page" for p in EDITOR_PAGE_PERMISSIONS})
        self.assertEqual(
            page_permission_codenames(moderators, english), {f"{p}_page" for p in MODERATOR_PAGE_PERMISSIONS}
        )
        self.assertEqual(WorkflowPage.objects.get(page=english).workflow, WorkflowPage.objects.get(page=home).workflow)

    def test_unrelated_depth_two_page_gets_no_office_permissions(self):
        other = Page.get_first_root_node().add_child(
            instance=DestinationHomePage(title="Elsewhere", slug="elsewhere-verdon-test", locale=LocaleFactory())
        )
        self.assertFalse(GroupPagePermission.objects.filter(page=other).exists())


class CreateDestinationErrorsTests(TestCase):
    """Every refusal is a clear message and leaves the database as it was."""

    @classmethod
    def setUpTestData(cls):
        BrandFactory(slug="alpes-test")
        create_destination(
            DestinationSpec(
                name="Queyras",
                slug="queyras",
                brand_slug="alpes-test",
                theme="alpes",
                hostname="queyras.test.localhost",
            )
        )

    def assert_refused(self, message: str, **overrides):
        values = {
            "name": "Dévoluy",
            "slug": "devoluy",
            "brand_slug": "alpes-test",
            "theme": "alpes",
            "hostname": "devoluy.test.localhost",
            **overrides,
        }
        before = counts()
        with self.assertRaises(ProvisioningError) as raised:
            create_destination(DestinationSpec(**values))
        self.assertIn(message, " ".join(raised.exception.messages))
        self.assertEqual(counts(), before)

    def test_duplicate_slug(self):
        self.assert_refused("queyras", slug="queyras")

    def test_duplicate_hostname(self):
        self.assert_refused("queyras.test.localhost", hostname="queyras.test.localhost")

    def test_unknown_brand(self):
        self.assert_refused("no-such-brand", brand_slug="no-such-brand")

    def test_unknown_theme(self):
        self.assert_refused("no-such-theme", theme="no-such-theme")

    def test_empty_slug(self):
        self.assert_refused("slug", slug="---")


@pytest.mark.django_db
class TestCreateDestinationCommand:
    """`manage.py create_destination`, on top of the demo (Provence brand, three destinations)."""

    def test_creates_camargue(self, demo):
        out = StringIO()
        before = counts()
        call_command(
            "create_destination",
            "camargue",
            "--name",
            "Camargue",
            "--brand",
            "provence",
            "--theme",
            "provence",
            "--hostname",
            "camargue.localhost",
            stdout=out,
        )
        destination = Destination.objects.select_related("site", "brand").get(slug="camargue")
        assert "Created Camargue" in out.getvalue()
        assert "camargue.localhost" in out.getvalue()
        assert destination.brand.slug == "provence"
        assert destination.brand.locale.language_code == "fr"
        assert (destination.site.hostname, destination.site.port) == ("camargue.localhost", 80)
        home = destination.home_page
        assert isinstance(home, DestinationHomePage) and home.live and home.locale.language_code == "fr"
        after = counts()
        assert after["destinations"] == before["destinations"] + 1
        assert after["sites"] == before["sites"] + 1
        assert after["collections"] == before["collections"] + 1
        assert after["groups"] == before["groups"] + 2
        for group in (destination.editors_group, destination.moderators_group):
            assert GroupPagePermission.objects.filter(group=group, page=home).exists()
            assert GroupCollectionPermission.objects.filter(group=group, collection=destination.collection).exists()
            assert GroupSitePermission.objects.filter(group=group, site=destination.site).exists()

    def test_new_portal_is_served_on_its_host(self, demo, host_client):
        call_command(
            "create_destination",
            "camargue",
            "--name",
            "Camargue",
            "--brand",
            "provence",
            "--theme",
            "provence",
            "--hostname",
            "camargue.localhost",
            stdout=StringIO(),
        )
        response = host_client("camargue").get("/fr/")
        assert response.status_code == 200
        assert b"theme-provence" in response.content
        assert b"Camargue" in response.content

    @pytest.mark.parametrize(
        ("args", "message"),
        [
            (["luberon", "--name", "Luberon bis", "--hostname", "luberon-bis.localhost"], "luberon"),
            (["camargue", "--name", "Camargue", "--hostname", "luberon.localhost"], "luberon.localhost"),
            (["camargue", "--name", "Camargue", "--hostname", "camargue.localhost", "--brand", "nowhere"], "nowhere"),
        ],
        ids=["duplicate-slug", "duplicate-hostname", "unknown-brand"],
    )
    def test_refusals_are_command_errors_and_create_nothing(self, demo, args, message):
        options = {"--brand": "provence", "--theme": "provence"}
        for flag, value in options.items():
            if flag not in args:
                args = [*args, flag, value]
        before = counts()
        with pytest.raises(CommandError) as raised:
            call_command("create_destination", *args, stdout=StringIO(), stderr=StringIO())
        assert message in str(raised.value)
        assert counts() == before

    def test_unknown_theme_is_refused_by_the_parser(self, demo):
        before = counts()
        with pytest.raises(CommandError) as raised:
            call_command(
                "create_destination",
                "camargue",
                "--name",
                "Camargue",
                "--brand",
                "provence",
                "--theme",
                "bretagne",
                "--hostname",
                "camargue.localhost",
                stdout=StringIO(),
                stderr=StringIO(),
            )
        assert "bretagne" in str(raised.value)
        assert "provence" in str(raised.value)  # the message lists the valid choices
        assert counts() == before
