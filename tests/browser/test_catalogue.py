"""The offer catalogue in real Chromium: a visitor's journey, axe-core audits, broken photos and the map.

Demo offers come from `manage.py load_demo` (apidae_sync/demo.py): 32 generated offers per destination,
names ending "(démo)", one to three photos each served from /media/demo-offers/, opening periods.
"""

from __future__ import annotations

import re
import time
from pathlib import Path
from urllib.parse import parse_qs, urljoin, urlsplit

import pytest
from playwright.sync_api import expect

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path("/usr/bin/chromium").exists(), reason="/usr/bin/chromium is missing (make browser-deps)"),
]

WIDTHS = [pytest.param(1280, id="desktop-1280"), pytest.param(375, id="mobile-375")]
# Demo destinations (destinations/demo/data/*.py) by theme, as in test_accessibility.py.
THEMES = {"provence": "luberon", "alpes": "ecrins", "azur": "mercantour"}

FRENCH_MONTHS = r"janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
ENGLISH_MONTHS = r"January|February|March|April|May|June|July|August|September|October|November|December"
OFFER_PATH = {"fr": re.compile(r"^/fr/offres/(\d+)-[\w-]+/$"), "en": re.compile(r"^/en/offers/(\d+)-[\w-]+/$")}
TILE_URL = re.compile(r"^https?://([a-z0-9-]+\.)*tile\.openstreetmap\.org/")

# Collects Content-Security-Policy violations from the first byte (an init script is not subject to the CSP).
CSP_LISTENER = """
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(
    `${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`.trim()
));
"""

# Scrolls through the page so that lazy images start loading, then back to the top.
SCROLL_THROUGH = """async () => {
    for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight / 2) {
        window.scrollTo(0, y);
        await new Promise((resolve) => setTimeout(resolve, 40));
    }
    window.scrollTo(0, 0);
}"""


def path_of(page) -> str:
    return urlsplit(page.url).path


def watch_errors(page, *, ignore_failed_urls: re.Pattern | None = None) -> list[str]:
    """Uncaught JS errors and console errors of a page, as a list filled while the test runs.

    Console "Failed to load resource" messages whose URL matches `ignore_failed_urls` are expected (tiles or
    photos the test makes unreachable) and left out.
    """
    errors: list[str] = []

    def on_console(message) -> None:
        if message.type != "error":
            return
        url = (message.location or {}).get("url", "")
        if ignore_failed_urls and "Failed to load resource" in message.text and ignore_failed_urls.search(url or ""):
            return
        errors.append(f"console error: {message.text} ({url})")

    page.on("console", on_console)
    page.on("pageerror", lambda error: errors.append(f"uncaught: {error}"))
    return errors


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


def open_filters(page):
    """The facet form, opening its <details> panel when it is collapsed (small screens)."""
    panel = page.locator("details[data-filters-panel]")
    expect(panel).to_have_count(1)
    if not panel.evaluate("(details) => details.open"):
        panel.locator(":scope > summary").click()
    expect(panel).to_have_attribute("open", "")
    return panel.locator("form")


def result_count(page) -> int:
    text = page.locator("#result-count").inner_text()
    match = re.search(r"\d+", text)
    assert match, f"no number in the result count {text!r} on {page.url}"
    return int(match.group())


def commune_options(form) -> list[dict]:
    """Every commune checkbox of the facet form: value, id, label (without its count) and count."""
    return form.locator("input[name='commune']").evaluate_all(
        """(inputs) => inputs.map((input) => {
            const label = document.querySelector(`label[for="${input.id}"]`);
            const count = label.querySelector('.facet__count');
            const name = Array.from(label.childNodes).filter((n) => n !== count).map((n) => n.textContent).join('').trim();
            return {value: input.value, id: input.id, name, count: parseInt((count ? count.textContent : '').replace(/\\D/g, ''), 10)};
        })"""
    )


def wait_for_images(page, selector: str) -> None:
    """Scroll every image matching `selector` into view and wait until each has finished (loaded or failed)."""
    images = page.locator(selector)
    for index in range(images.count()):
        images.nth(index).scroll_into_view_if_needed()
    page.wait_for_function(
        "(selector) => Array.from(document.querySelectorAll(selector)).every((image) => image.complete)", arg=selector
    )


def image_boxes(page, selector: str) -> list[dict]:
    return page.locator(selector).evaluate_all(
        """(images) => images.map((image) => {
            const box = image.getBoundingClientRect();
            const frame = image.closest('.photo__frame, .offer-card__media') || image.parentElement;
            const outer = frame.getBoundingClientRect();
            return {src: image.currentSrc || image.src, naturalWidth: image.naturalWidth,
                    width: box.width, height: box.height, frameWidth: outer.width, frameHeight: outer.height};
        })"""
    )


def wait_for_map_markers(page, timeout: float = 10.0) -> None:
    """Wait until the offers map shows markers and has settled.

    Leaflet.markercluster replaces its cluster icons at the end of the fitBounds zoom: auditing or counting
    before then sees detached nodes. Settled = markers present, no zoom animation, same marker pane twice.
    """
    page.wait_for_selector(".offer-map .leaflet-marker-icon", state="attached")
    deadline = time.monotonic() + timeout
    previous = None
    while time.monotonic() < deadline:
        current = page.evaluate(
            """() => {
                const map = document.querySelector('.offer-map');
                const pane = map && map.querySelector('.leaflet-marker-pane');
                const busy = map && (map.querySelector('.leaflet-zoom-anim, .leaflet-cluster-anim') || map.classList.contains('leaflet-zoom-anim'));
                return busy || !pane ? null : pane.innerHTML;
            }"""
        )
        if current and current == previous:
            return
        previous = current
        page.wait_for_timeout(300)
    raise AssertionError(f"the map on {page.url} did not settle within {timeout}s")


# --- the visitor's journey ---------------------------------------------------------------------------


@pytest.mark.browser
@pytest.mark.parametrize("width", WIDTHS)
def test_catalogue_journey(portal_server, new_page, width):
    page = new_page(width)
    errors = watch_errors(page, ignore_failed_urls=TILE_URL)

    # A French visitor on the Luberon portal picks "En famille".
    page.goto(portal_server.url("luberon"))
    assert path_of(page) == "/fr/"
    page.get_by_role("link", name="En famille", exact=True).first.click()
    page.wait_for_url("**/fr/en-famille/")

    # The family landing page lists its picks and links to the filtered listing ("see all"), or links to it directly.
    to_listing = page.locator("a.button[href*='/fr/offres/?'], .offer-grid__more a[href*='/fr/offres/']")
    if not to_listing.count():
        to_listing = page.locator("main a[href*='/fr/offres/?']")
    assert to_listing.count(), f"the family landing page {page.url} links to no filtered offer listing"
    to_listing.first.click()
    page.wait_for_url(re.compile(r"/fr/offres/\?"))
    assert path_of(page) == "/fr/offres/"
    assert "audience" in parse_qs(urlsplit(page.url).query), f"the landing page's listing link is not filtered: {page.url}"
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    before = result_count(page)
    cards = page.locator(".offer-grid .offer-card")
    assert before > 0 and cards.count() > 0, f"the family listing {page.url} is empty"

    # Filter by a commune through the facet form (the <details> panel is collapsed on small screens).
    form = open_filters(page)
    communes = commune_options(form)
    assert communes, f"no commune facet on {page.url}"
    # A commune that narrows the selection, preferring one whose offers have photos (all demo offers do).
    narrowing = [c for c in communes if 0 < c["count"] < before] or [c for c in communes if c["count"] > 0]
    commune = narrowing[0]
    form.locator(f"#{commune['id']}").check()
    form.get_by_role("button", name="Afficher les résultats").click()
    page.wait_for_url(re.compile(rf"[?&]commune={commune['value']}"))
    after = result_count(page)
    assert after == commune["count"], f"{commune['name']}: the facet promised {commune['count']} offers, the listing shows {after}"
    if commune["count"] < before:
        assert after < before, f"filtering by {commune['name']} did not change the count ({before})"
    expect(page.locator(f"input[name='commune'][value='{commune['value']}']")).to_be_checked()
    cards = page.locator(".offer-grid .offer-card")
    assert 0 < cards.count() <= after
    places = cards.locator(".offer-card__place").all_inner_texts()
    assert len(places) == cards.count(), "some cards do not show their commune"
    assert all(place.strip() == commune["name"] for place in places), f"cards outside {commune['name']}: {places}"

    # Open an offer that has photos.
    with_photo = cards.filter(has=page.locator("img.offer-card__image"))
    assert with_photo.count(), f"no card with a photo in {commune['name']}"
    card = with_photo.first
    name = card.locator(".card__title").inner_text().strip()
    card.locator("a.card__link").click()
    page.wait_for_url(re.compile(r"/fr/offres/\d+-"))
    match = OFFER_PATH["fr"].match(path_of(page))
    assert match, f"unexpected offer URL {page.url}"
    offer_id = match.group(1)
    expect(page.get_by_role("heading", level=1)).to_have_text(name)
    expect(page.locator(".offer__kind")).to_contain_text(commune["name"])

    # Its photos load (served locally) and each carries its credit.
    photos = page.locator(".offer__photos img")
    assert photos.count() > 0, f"no photo on {page.url}"
    wait_for_images(page, ".offer__photos img")
    for photo in image_boxes(page, ".offer__photos img"):
        assert photo["naturalWidth"] > 0, f"photo {photo['src']} did not load on {page.url}"
        assert photo["width"] > 0 and photo["height"] > 0, f"photo {photo['src']} has an empty box"
    figures = page.locator(".offer__photos figure")
    for index in range(figures.count()):
        credit = figures.nth(index).locator(".photo__credit")
        expect(credit).to_have_count(1)
        expect(credit).to_have_text(re.compile(r"^Photo\s*:\s*\S"))
    for index in range(photos.count()):
        assert (photos.nth(index).get_attribute("alt") or "").strip(), "a photo has no text alternative"

    # Its opening periods, in words.
    periods = page.locator(".offer__facts .fact__list li")
    assert periods.count() > 0, f"no opening period on {page.url}"
    for text in periods.all_inner_texts():
        assert re.search(FRENCH_MONTHS, text, re.IGNORECASE), f"period not worded in French: {text!r}"
        assert not re.search(r"\d{4}-\d{2}-\d{2}", text), f"period shown as an ISO date: {text!r}"

    # Switch to English: the same offer, in English, under /en/offers/.
    switcher = open_language_switcher(page)
    english = switcher.get_by_role("link", name="EN", exact=True)
    expect(english).to_have_attribute("hreflang", "en")
    english.click()
    page.wait_for_url(re.compile(r"/en/offers/\d+-"))
    expect(page.locator("html")).to_have_attribute("lang", "en")
    match = OFFER_PATH["en"].match(path_of(page))
    assert match and match.group(1) == offer_id, f"English switch led to {page.url}, not offer {offer_id}"
    heading = page.get_by_role("heading", level=1)
    expect(heading).to_have_text(re.compile(r"\(demo\)$"))
    assert heading.get_attribute("lang") in (None, "en"), "the English page shows the French fallback title"
    expect(page.locator(".offer__photos img").first).to_be_visible()
    for text in page.locator(".offer__facts .fact__list li").all_inner_texts():
        assert re.search(ENGLISH_MONTHS, text), f"period not worded in English: {text!r}"

    assert not errors, "errors during the journey:\n" + "\n".join(errors)


# --- axe-core -----------------------------------------------------------------------------------------


def catalogue_url(page, server, slug: str, kind: str) -> str:
    """The URL of one kind of catalogue page on a destination, found from its listing."""
    page.goto(server.url(slug, "/fr/offres/"))
    if kind == "listing":
        return page.url
    if kind == "filtered":
        value = page.locator("input[name='commune']").first.get_attribute("value")
        assert value, f"no commune facet on {page.url}"
        return server.url(slug, f"/fr/offres/?commune={value}")
    if kind == "detail":
        href = page.locator(".offer-grid a.card__link").first.get_attribute("href")
        assert href, f"no offer card on {page.url}"
        return urljoin(page.url, href)
    if kind == "map":
        return server.url(slug, "/fr/offres/carte/")
    if kind == "events":
        return server.url(slug, "/fr/agenda/")
    if kind == "search":
        word = page.locator(".offer-grid .offer-card__place").first.inner_text().strip().split()[0]
        return server.url(slug, f"/fr/search/?q={word}")
    raise AssertionError(kind)


@pytest.mark.browser
@pytest.mark.parametrize("kind", ["listing", "filtered", "detail", "map", "events", "search"])
@pytest.mark.parametrize("theme", list(THEMES))
def test_axe_catalogue_pages(portal_server, new_page, assert_no_axe_violations, theme, kind):
    page = new_page(bypass_csp=True)
    page.route(TILE_URL, lambda route: route.abort())
    response = page.goto(catalogue_url(page, portal_server, THEMES[theme], kind))
    assert response.ok, f"{page.url} answered {response.status}"
    assert page.locator(f"body.theme-{theme}").count() == 1, f"{page.url} is not in the {theme} theme"
    if kind == "filtered":
        assert parse_qs(urlsplit(page.url).query).get("commune"), page.url
        expect(page.locator(".offer-grid .offer-card").first).to_be_visible()
    elif kind == "map":
        wait_for_map_markers(page)  # audit the map with its markers, once they have settled
    elif kind == "events":
        expect(page.locator(".event-item").first).to_be_visible()
    elif kind == "search":
        expect(page.locator(".search-offers .offer-card").first).to_be_visible()
    page.evaluate(SCROLL_THROUGH)
    assert_no_axe_violations(page)


# --- broken photos ------------------------------------------------------------------------------------


def offer_with_remote_photo(page, server, slug: str) -> str | None:
    """The URL of an offer of the destination whose photo points outside this server (a real Apidae sample), if any."""
    # Fetched from the page (same origin): Playwright's own HTTP client cannot resolve <slug>.localhost.
    payload = page.evaluate(
        """async (url) => {
            const response = await fetch(url, {headers: {Accept: 'application/json'}});
            return {status: response.status, body: response.ok ? await response.json() : null};
        }""",
        server.url(slug, f"/api/v1/offers?destination={slug}&limit=100"),
    )
    assert payload["body"], f"the offers API answered {payload['status']}"
    for offer in payload["body"]["results"]:
        image = offer.get("image") or {}
        url = image.get("url") or ""
        if url.startswith(("http://", "https://")) and f":{server.port}/" not in url:
            return offer["url"]
    return None


@pytest.mark.browser
@pytest.mark.parametrize("width", WIDTHS)
def test_broken_photos_keep_the_layout(portal_server, new_page, width):
    slug = "luberon"
    # Reference: a demo offer with several photos, loaded normally.
    reference = new_page(width)
    reference.goto(portal_server.url(slug, "/fr/offres/"))
    hrefs = reference.locator(".offer-grid a.card__link").evaluate_all("(links) => links.map((a) => a.href)")
    detail_url = None
    for href in hrefs:
        reference.goto(href)
        if reference.locator(".offer__photos img").count() > 1:
            detail_url = href
            break
    assert detail_url, "no demo offer with more than one photo on the first listing page"
    wait_for_images(reference, ".offer__photos img")
    expected = image_boxes(reference, ".offer__photos img")
    assert all(photo["naturalWidth"] > 0 for photo in expected), "the reference photos did not load"

    remote = offer_with_remote_photo(reference, portal_server, slug)
    page = new_page(width)
    if remote:
        # A real Apidae sample on this destination: its photos are unreachable from the test machine.
        page.route(re.compile(r"^https?://(?!(127\.0\.0\.1|[a-z-]+\.localhost)[:/])"), lambda route: route.abort())
        broken_url, expected = remote, None
    else:
        # No sample lands on a demo destination: make every demo photo request fail instead.
        page.route(re.compile(r"/media/"), lambda route: route.abort("failed"))
        broken_url = detail_url
    errors = watch_errors(page, ignore_failed_urls=re.compile(r"/media/|^https?://(?!127\.0\.0\.1|[a-z-]+\.localhost)"))
    response = page.goto(broken_url)
    assert response.ok
    wait_for_images(page, ".offer__photos img")
    broken = image_boxes(page, ".offer__photos img")
    assert broken, f"no photo on {page.url}"
    assert all(photo["naturalWidth"] == 0 for photo in broken), "a photo loaded although its request was made to fail"
    for photo in broken:
        assert photo["width"] > 50 and photo["height"] > 20, f"a broken photo collapsed: {photo}"
        # The picture still fills its fixed-ratio frame (3:2, 16:9 for the main photo in catalogue.css).
        assert abs(photo["frameWidth"] - photo["width"]) <= 1 and abs(photo["frameHeight"] - photo["height"]) <= 1, photo
        assert 1.3 <= photo["frameWidth"] / photo["frameHeight"] <= 1.9, f"a broken photo's frame lost its ratio: {photo}"
    if expected:
        for ok, ko in zip(expected, broken, strict=True):
            for key in ("width", "height", "frameWidth", "frameHeight"):
                assert abs(ok[key] - ko[key]) <= 1, f"{key} of {ok['src']} changed when the photo broke: {ok[key]} -> {ko[key]}"
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    expect(page.locator(".offer__facts")).to_be_visible()

    # The listing's cards keep their picture boxes too.
    page.goto(portal_server.url(slug, "/fr/offres/"))
    wait_for_images(page, ".offer-grid img")
    for card in image_boxes(page, ".offer-grid img.offer-card__image"):
        assert card["naturalWidth"] == 0
        assert card["frameWidth"] > 50 and card["frameHeight"] > 20, f"a card lost its picture box: {card}"
    assert not errors, "errors with broken photos:\n" + "\n".join(errors)


# --- the map ------------------------------------------------------------------------------------------


@pytest.mark.browser
@pytest.mark.parametrize("width", WIDTHS)
def test_map_shows_markers_without_tiles(portal_server, new_page, width):
    page = new_page(width)  # the real CSP is enforced
    page.add_init_script(CSP_LISTENER)
    page.route(TILE_URL, lambda route: route.abort("internetdisconnected"))
    errors = watch_errors(page, ignore_failed_urls=TILE_URL)
    response = page.goto(portal_server.url("luberon", "/fr/offres/carte/"))
    assert response.ok
    total = result_count(page)
    assert total > 0

    wait_for_map_markers(page)
    markers = page.locator(".offer-map .leaflet-marker-icon")
    assert markers.count() > 0
    status = page.locator("[data-offer-map-status]").inner_text().strip()
    error_label = page.locator("[data-offer-map]").get_attribute("data-label-error")
    assert status != error_label, "the map reports that it could not load"
    # Single markers carry the offer's name; cluster icons show how many offers they hold.
    shown = 0
    for index in range(markers.count()):
        marker = markers.nth(index)
        if "marker-cluster" in (marker.get_attribute("class") or ""):
            shown += int(re.sub(r"\D", "", marker.inner_text()) or 0)
        else:
            assert (marker.get_attribute("alt") or marker.get_attribute("title") or "").strip(), "a marker has no name"
            shown += 1
    assert shown == total or (status and shown > 0), f"the map shows {shown} offers, the page counts {total}"

    csp_violations = page.evaluate("window.__cspViolations")
    assert not csp_violations, f"CSP violations on {page.url}:\n" + "\n".join(csp_violations)
    assert not errors, f"errors on {page.url}:\n" + "\n".join(errors)
