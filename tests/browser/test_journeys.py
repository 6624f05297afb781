"""A visitor's path through a destination portal, with the mouse and with the keyboard, in real Chromium."""

from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path("/usr/bin/chromium").exists(), reason="/usr/bin/chromium is missing (make browser-deps)"),
]

WIDTHS = [pytest.param(1280, id="desktop-1280"), pytest.param(375, id="mobile-375")]


def path_of(page) -> str:
    return urlsplit(page.url).path


def open_language_switcher(page):
    """The language navigation (nav[aria-label] holding hreflang links), opening its <details> menu if closed."""
    switcher = page.locator("nav[aria-label]").filter(has=page.locator("a[hreflang]"))
    expect(switcher).to_have_count(1)
    if not switcher.locator("a[hreflang]").first.is_visible():
        menu = switcher.locator("xpath=ancestor::details[1]")
        assert menu.count() == 1, "the language switcher is hidden and not inside a <details> menu"
        menu.locator(":scope > summary").click()
    expect(switcher.locator("a[hreflang]").first).to_be_visible()
    return switcher


@pytest.mark.browser
@pytest.mark.parametrize("width", WIDTHS)
def test_visitor_journey(portal_server, new_page, width):
    page = new_page(width)

    # A French visitor types the bare host name: the portal sends them to its French home.
    page.goto(portal_server.url("luberon"))
    assert path_of(page) == "/fr/"
    expect(page.locator("html")).to_have_attribute("lang", "fr")

    # From the home to the family landing page, by the link's accessible name.
    page.get_by_role("link", name="En famille", exact=True).first.click()
    page.wait_for_url("**/fr/en-famille/")
    assert path_of(page) == "/fr/en-famille/"
    expect(page.get_by_role("heading", level=1)).to_have_text("En famille")

    # Switch to English through the language switcher (inside the closed menu on small screens).
    switcher = open_language_switcher(page)
    english = switcher.get_by_role("link", name="EN", exact=True)
    expect(english).to_have_attribute("hreflang", "en")
    english.click()
    page.wait_for_url("**/en/family/")
    assert path_of(page) == "/en/family/"
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("heading", level=1)).to_have_text("Family")


@pytest.mark.browser
@pytest.mark.parametrize("width", WIDTHS)
def test_keyboard(portal_server, new_page, width):
    page = new_page(width)
    page.goto(portal_server.url("luberon", "/fr/"))

    # The first Tab from the top of the page lands on the skip link...
    page.keyboard.press("Tab")
    skip_link = page.locator("a[href='#main']").first
    expect(skip_link).to_be_focused()
    expect(skip_link).to_be_visible()
    assert skip_link.evaluate("(a) => a === document.querySelector('body a[href]')"), "the skip link is not the first link"

    # ...and Enter moves the focus to the main landmark.
    page.keyboard.press("Enter")
    main = page.locator("main#main")
    expect(main).to_be_focused()
    assert urlsplit(page.url).fragment == "main"
