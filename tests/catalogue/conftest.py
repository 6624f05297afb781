import pytest
from django.test import Client

from .factories import commune, make_destination

HOST_A = "catalogue-a.localhost"
HOST_B = "catalogue-b.localhost"


@pytest.fixture(autouse=True)
def _fresh_cache(clear_cache):
    """Empty page cache and Wagtail site-root cache around each test."""


@pytest.fixture(autouse=True)
def _set_aside_demo_vocabulary(db):
    """These tests build their own interests, audiences and offers; a session demo (loaded by other test
    modules on the same worker) is set aside inside this test's transaction, so slugs and matches
    cannot collide. The rollback at the end of the test puts it back."""
    from django.db.models import F, Value
    from django.db.models.functions import Concat

    from destinations.models import Audience, Interest, Offer

    for model in (Interest, Audience):
        model.objects.update(slug=Concat(F("slug"), Value("-demo")), apidae_reference_ids=[])
    Offer.objects.update(is_published=False)


@pytest.fixture
def dest(db):
    return make_destination("catalogue-a", hostname=HOST_A)


@pytest.fixture
def other_dest(db, dest):
    return make_destination("catalogue-b", hostname=HOST_B)


@pytest.fixture
def client_a():
    return Client(HTTP_HOST=HOST_A)


@pytest.fixture
def client_b():
    return Client(HTTP_HOST=HOST_B)


@pytest.fixture
def apt(db):
    return commune("84003", "Apt")


@pytest.fixture
def gordes(db):
    return commune("84050", "Gordes")
