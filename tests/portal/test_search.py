"""Site search: this portal's pages, in the visitor's language, robust to odd parameters."""

from __future__ import annotations

import re

import pytest
from wagtail.models import Page

from destinations.models import InterestPage
from portal.seo import site_pages

pytestmark = pytest.mark.django_db


def result_pks(response) -> set[int]:
    results = response.context["results"]
    return {page.pk for page in results.paginator.object_list} if results else set()


def shared_word(demo) -> tuple[str, InterestPage, InterestPage]:
    """A word of a Luberon landing page title that an Écrins page title has too (e.g. "Culture")."""
    luberon = InterestPage.objects.child_of(demo.home("luberon", "fr")).select_related("interest")
    ecrins_home = demo.home("ecrins", "fr")
    for page in luberon:
        twin = InterestPage.objects.child_of(ecrins_home).filter(interest=page.interest).first()
        if twin is None:
            continue
        for word in re.findall(r"\w{5,}", page.title):
            if word.lower() in twin.title.lower():
                return word, page, twin
    pytest.skip("no Luberon landing page shares a title word with an Écrins one")


def test_finds_the_luberon_page_and_no_ecrins_page(demo, host_client):
    word, luberon_page, ecrins_page = shared_word(demo)
    response = host_client("luberon").get("/fr/search/", {"q": word})
    assert response.status_code == 200
    found = result_pks(response)
    assert luberon_page.pk in found
    assert ecrins_page.pk not in found
    luberon_tree = set(site_pages(demo.destination("luberon").site).values_list("pk", flat=True))
    assert found <= luberon_tree
    assert b"ecrins.localhost" not in response.content
    # …and the other way round on the Écrins portal.
    response = host_client("ecrins").get("/fr/search/", {"q": word})
    assert ecrins_page.pk in result_pks(response)
    assert luberon_page.pk not in result_pks(response)


def test_results_are_in_the_visitor_language(demo, host_client):
    home_en = demo.home("luberon", "en")
    page_en = InterestPage.objects.child_of(home_en).first()
    word = max(re.findall(r"\w{4,}", page_en.title), key=len)
    response = host_client("luberon").get("/en/search/", {"q": word})
    found = result_pks(response)
    assert page_en.pk in found
    locales = set(Page.objects.filter(pk__in=found).values_list("locale__language_code", flat=True))
    assert locales == {"en"}


def test_empty_query_shows_no_results(host_client, demo):
    for params in ({}, {"q": ""}, {"q": "   "}):
        response = host_client("luberon").get("/fr/search/", params)
        assert response.status_code == 200
        assert response.context["results"] is None
        assert b"search-results" not in response.content


def test_nothing_found(host_client, demo):
    response = host_client("luberon").get("/fr/search/", {"q": "xyzzyplughnothing"})
    assert response.status_code == 200
    assert result_pks(response) == set()
    assert b'role="status"' in response.content


@pytest.mark.parametrize("page_param", ["abc", "0", "-1", "99999", "1.5", ""])
def test_odd_page_numbers_do_not_fail(demo, host_client, page_param):
    word, _luberon_page, _twin = shared_word(demo)
    response = host_client("luberon").get("/fr/search/", {"q": word, "page": page_param})
    assert response.status_code == 200
    assert response.context["results"] is not None


def test_long_and_odd_queries(host_client, demo):
    for query in (
        "a" * 5000,
        "<script>alert(1)</script>",
        "'\" OR 1=1 --",
        '"',
        '"lavande',
        "lavande AND NOT",
        "()*:^~",
    ):
        response = host_client("luberon").get("/fr/search/", {"q": query})
        assert response.status_code == 200, query
        assert b"<script>alert(1)</script>" not in response.content


def test_search_is_not_indexable(host_client, demo):
    assert "Disallow: /*/search/" in host_client("luberon").get("/robots.txt").content.decode()
