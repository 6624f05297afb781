"""factory_boy factories for ad-hoc objects (the demo covers the realistic data set)."""

from __future__ import annotations

import factory
import wagtail_factories
from django.contrib.auth import get_user_model
from factory.django import DjangoModelFactory
from wagtail.models import Collection, Locale, Page, Site

from destinations.models import (
    Audience,
    AudiencePage,
    Brand,
    ContentPage,
    DestinationHomePage,
    Interest,
    InterestPage,
    RegionHomePage,
)

TEST_PASSWORD = "correct-horse-battery-staple"


class LocaleFactory(DjangoModelFactory):
    language_code = "fr"

    class Meta:
        model = Locale
        django_get_or_create = ("language_code",)


def default_locale() -> Locale:
    return Locale.get_default()


class BrandFactory(DjangoModelFactory):
    slug = factory.Sequence(lambda n: f"brand-{n}")
    name = factory.LazyAttribute(lambda o: o.slug.replace("-", " ").title())
    locale = factory.LazyFunction(default_locale)
    primary_colour = "#1f4e79"
    secondary_colour = "#f2b134"
    accent_colour = "#9a3412"

    class Meta:
        model = Brand
        django_get_or_create = ("slug", "locale")


class InterestFactory(DjangoModelFactory):
    slug = factory.Sequence(lambda n: f"interest-{n}")
    name = factory.LazyAttribute(lambda o: o.slug.replace("-", " ").title())
    locale = factory.LazyFunction(default_locale)

    class Meta:
        model = Interest
        django_get_or_create = ("slug", "locale")


class AudienceFactory(InterestFactory):
    slug = factory.Sequence(lambda n: f"audience-{n}")

    class Meta:
        model = Audience
        django_get_or_create = ("slug", "locale")


class _PortalPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Test page {n}")
    locale = factory.LazyFunction(default_locale)

    class Meta:
        abstract = True


class RegionHomePageFactory(_PortalPageFactory):
    parent = factory.LazyFunction(Page.get_first_root_node)

    class Meta:
        model = RegionHomePage


class DestinationHomePageFactory(_PortalPageFactory):
    parent = factory.LazyFunction(Page.get_first_root_node)
    hero_title = factory.LazyAttribute(lambda o: f"{o.title}, hero")

    class Meta:
        model = DestinationHomePage


class InterestPageFactory(_PortalPageFactory):
    interest = factory.SubFactory(InterestFactory)

    class Meta:
        model = InterestPage


class AudiencePageFactory(_PortalPageFactory):
    audience = factory.SubFactory(AudienceFactory)

    class Meta:
        model = AudiencePage


class ContentPageFactory(_PortalPageFactory):
    intro = "<p>Test introduction.</p>"

    class Meta:
        model = ContentPage


class ImageFactory(wagtail_factories.ImageFactory):
    """An image in the root collection unless told otherwise (wagtail-factories would add a second root)."""

    collection = factory.LazyFunction(Collection.get_first_root_node)


class SiteFactory(wagtail_factories.SiteFactory):
    hostname = factory.Sequence(lambda n: f"site-{n}.localhost")
    port = 80

    class Meta:
        model = Site
        django_get_or_create = ("hostname", "port")


class UserFactory(DjangoModelFactory):
    username = factory.Sequence(lambda n: f"user-{n}")
    email = factory.LazyAttribute(lambda o: f"{o.username}@example.org")
    password = factory.PostGenerationMethodCall("set_password", TEST_PASSWORD)

    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    @factory.post_generation
    def save_password(obj, create, extracted, **kwargs):  # noqa: N805 - factory_boy hook signature
        if create:
            obj.save()


def publish(page: Page) -> Page:
    """Publish the page's current state (what an editor's "Publish" does)."""
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def translate(page: Page, language_code: str, *, live: bool = True, **fields) -> Page:
    """A translation of `page` made the way wagtail-localize's machinery does (copy_for_translation)."""
    locale = LocaleFactory(language_code=language_code)
    translation = page.copy_for_translation(locale).specific
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save()
    if live:
        publish(translation)
    return translation
