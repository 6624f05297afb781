"""The page tree is locked: Root → RegionHomePage | DestinationHomePage → landing and content pages."""

from __future__ import annotations

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from destinations.models import (
    AudiencePage,
    ContentPage,
    DestinationHomePage,
    InterestPage,
    RegionHomePage,
)
from tests.factories import (
    AudiencePageFactory,
    ContentPageFactory,
    DestinationHomePageFactory,
    InterestPageFactory,
    SiteFactory,
    UserFactory,
    publish,
)

PORTAL_PAGE_TYPES = {RegionHomePage, DestinationHomePage, InterestPage, AudiencePage, ContentPage}


class PageTypeRulesTests(WagtailPageTestCase):
    def test_portal_homes_only_under_the_tree_root(self):
        self.assertCanCreateAt(Page, RegionHomePage)
        self.assertCanCreateAt(Page, DestinationHomePage)
        for parent in PORTAL_PAGE_TYPES:
            self.assertCanNotCreateAt(parent, RegionHomePage)
            self.assertCanNotCreateAt(parent, DestinationHomePage)
        self.assertAllowedParentPageTypes(RegionHomePage, {Page})
        self.assertAllowedParentPageTypes(DestinationHomePage, {Page})

    def test_entry_landing_pages_only_under_a_destination_home(self):
        for model in (InterestPage, AudiencePage):
            self.assertCanCreateAt(DestinationHomePage, model)
            for parent in (Page, RegionHomePage, InterestPage, AudiencePage, ContentPage):
                self.assertCanNotCreateAt(parent, model)
            self.assertAllowedParentPageTypes(model, {DestinationHomePage})
            self.assertAllowedSubpageTypes(model, {ContentPage})

    def test_content_pages_anywhere_inside_a_portal_but_not_at_the_root(self):
        for parent in PORTAL_PAGE_TYPES:
            self.assertCanCreateAt(parent, ContentPage)
        self.assertCanNotCreateAt(Page, ContentPage)
        self.assertAllowedParentPageTypes(ContentPage, PORTAL_PAGE_TYPES)
        self.assertAllowedSubpageTypes(ContentPage, {ContentPage})

    def test_allowed_subpage_types_of_the_homes(self):
        self.assertAllowedSubpageTypes(DestinationHomePage, {InterestPage, AudiencePage, ContentPage})
        self.assertAllowedSubpageTypes(RegionHomePage, {ContentPage})


class PageTreeInstancesTests(WagtailPageTestCase):
    """The rules hold for real pages too: the admin creates, routes and renders each page type."""

    @classmethod
    def setUpTestData(cls):
        cls.home = publish(DestinationHomePageFactory(title="Tree test home", slug="tree-test-home"))
        cls.interest_page = publish(InterestPageFactory(parent=cls.home, title="Nature", slug="nature"))
        cls.audience_page = publish(AudiencePageFactory(parent=cls.home, title="Family", slug="family"))
        cls.content_page = publish(ContentPageFactory(parent=cls.interest_page, title="Walks", slug="walks"))
        cls.admin = UserFactory(is_superuser=True, is_staff=True)
        cls.site = SiteFactory(hostname="tree-test.localhost", port=80, root_page=cls.home, site_name="Tree test")

    def test_pages_sit_where_the_rules_say(self):
        self.assertEqual(self.home.get_parent().specific_class, Page)
        self.assertEqual(self.home.depth, 2)
        self.assertEqual({type(p.specific) for p in self.home.get_children()}, {InterestPage, AudiencePage})
        self.assertFalse(InterestPage.can_create_at(self.interest_page))
        self.assertTrue(ContentPage.can_create_at(self.audience_page))
        self.assertFalse(DestinationHomePage.can_create_at(self.home))

    def test_admin_creates_a_content_page_under_a_destination_home(self):
        self.client.force_login(self.admin)
        self.assertCanCreate(
            self.home,
            ContentPage,
            nested_form_data(
                {
                    "title": "Practical information",
                    "slug": "practical-information",
                    "intro": rich_text("<p>Parking and markets.</p>"),
                    "body": streamfield([("paragraph", rich_text("<p>Open every day.</p>"))]),
                }
            ),
        )
        created = ContentPage.objects.child_of(self.home).get(slug="practical-information")
        self.assertTrue(created.live)

    def test_admin_refuses_a_landing_page_under_a_content_page(self):
        self.client.force_login(self.admin)
        url = f"/admin/pages/add/destinations/interestpage/{self.content_page.pk}/"
        response = self.client.get(url)
        # Wagtail answers a forbidden page type with its permission-denied redirect to the dashboard.
        self.assertRedirects(response, "/admin/", fetch_redirect_response=False)
        response = self.client.post(url, nested_form_data({"title": "Nope", "slug": "nope"}))
        self.assertNotEqual(response.status_code, 200)
        self.assertFalse(InterestPage.objects.filter(slug="nope").exists())

    def test_pages_route_and_render(self):
        # assertPageIsRoutable/assertPageIsRenderable build absolute URLs the test client routes to the
        # default site, and know nothing of i18n_patterns' prefix: route through the client by host instead.
        for page in (self.home, self.interest_page, self.audience_page, self.content_page):
            response = self.client.get(page.relative_url(self.site), HTTP_HOST=self.site.hostname)
            self.assertEqual(response.status_code, 200, page.url_path)
            self.assertContains(response, f"<title>{page.title} ·")
        self.assertEqual(self.content_page.relative_url(self.site), "/fr/nature/walks/")
