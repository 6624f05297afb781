import pytest
from django.test import Client

from .factories import commune, make_destination

HOST_A = "catalogue-a.localhost"
HOST_B = "catalogue-b.localhost"


@pytest.fixture(autouse=True)
def _fresh_cache(clear_cache):
    """Empty page cache and Wagtail site-root cache around each test."""


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
