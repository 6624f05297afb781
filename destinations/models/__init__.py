"""Models of the destinations app, split by topic and re-exported here (as Wagtail core does)."""

from .brands import Brand
from .destinations import Destination
from .offers import (
    Offer,
    OfferImage,
    OfferKind,
    OfferSource,
    OfferTranslation,
    OpeningPeriod,
    ReferenceElement,
)
from .pages import (
    AudiencePage,
    ContentPage,
    DestinationHomePage,
    EntryLandingPage,
    InterestPage,
    PortalPage,
    RegionHomePage,
)
from .site_settings import TouristOfficeSettings
from .taxonomy import Audience, Commune, Interest, Sector

__all__ = [
    "Audience",
    "AudiencePage",
    "Brand",
    "Commune",
    "ContentPage",
    "Destination",
    "DestinationHomePage",
    "EntryLandingPage",
    "Interest",
    "InterestPage",
    "Offer",
    "OfferImage",
    "OfferKind",
    "OfferSource",
    "OfferTranslation",
    "OpeningPeriod",
    "ReferenceElement",
    "PortalPage",
    "RegionHomePage",
    "Sector",
    "TouristOfficeSettings",
]
