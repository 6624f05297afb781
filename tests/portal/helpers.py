"""Small HTML/XML readers shared by the portal tests."""

from __future__ import annotations

from urllib.parse import urlsplit

from bs4 import BeautifulSoup


def soup(response) -> BeautifulSoup:
    return BeautifulSoup(response.content, "html.parser")


def body_classes(response) -> list[str]:
    return soup(response).body.get("class", [])


def html_lang(response) -> str:
    return soup(response).html.get("lang")


def hreflangs(response) -> dict[str, str]:
    """{hreflang: href} of the <link rel="alternate"> tags in the head."""
    head = soup(response).head
    return {link["hreflang"]: link["href"] for link in head.find_all("link", rel="alternate", hreflang=True)}


def meta(response, *, name: str | None = None, prop: str | None = None) -> str | None:
    attrs = {"name": name} if name else {"property": prop}
    tag = soup(response).head.find("meta", attrs=attrs)
    return tag["content"] if tag else None


def canonical(response) -> str | None:
    tag = soup(response).head.find("link", rel="canonical")
    return tag["href"] if tag else None


def path_of(url: str) -> str:
    return urlsplit(url).path


def host_of_url(url: str) -> str:
    return urlsplit(url).netloc
