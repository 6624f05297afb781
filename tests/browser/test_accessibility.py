"""axe-core audits of every kind of public page in each theme, plus per-theme screenshots, console and CSP checks."""

from pathlib import Path
from urllib.parse import urljoin

import pytest

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path("/usr/bin/chromium").exists(), reason="/usr/bin/chromium is missing (make browser-deps)"),
]

# Demo destinations (destinations/demo/data/*.py) by theme.
THEMES = {"provence": "luberon", "alpes": "ecrins", "azur": "mercantour"}
SCREENSHOTS = Path(__file__).resolve().parent / "screenshots"

# Collects Content-Security-Policy violations from the first byte (an init script is not subject to the CSP).
CSP_LISTENER = """
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(
    `${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`.trim()
));
"""


def first_href(page, selector: str) -> str | None:
    links = page.locator(selector)
    return links.first.get_attribute("href") if links.count() else None


def landing_page_url(page) -> str:
    """An interest or audience landing page linked from the destination home."""
    href = first_href(page, ".entry-grid a[href], .audience-grid a[href]")
    assert href, f"no landing page linked from {page.url}"
    return urljoin(page.url, href)


def content_page_url(page) -> str:
    """A content page from the home's "Plan your stay" cards or the main menu; the search page if there is none yet."""
    href = first_href(page, "section[aria-labelledby='practical'] a[href], nav.main-nav a[href]")
    return urljoin(page.url, href or "search/?q=a")


@pytest.mark.browser
@pytest.mark.parametrize("kind", ["home", "landing", "content"])
@pytest.mark.parametrize("theme", list(THEMES))
def test_axe_destination_pages(portal_server, new_page, assert_no_axe_violations, theme, kind):
    page = new_page(bypass_csp=True)
    page.goto(portal_server.url(THEMES[theme], "/fr/"))
    if kind == "landing":
        page.goto(landing_page_url(page))
    elif kind == "content":
        page.goto(content_page_url(page))
    assert_no_axe_violations(page)


@pytest.mark.browser
def test_axe_region_page(portal_server, new_page, assert_no_axe_violations):
    page = new_page(bypass_csp=True)
    response = page.goto(portal_server.url(None, "/"))
    assert response.ok
    assert_no_axe_violations(page)


@pytest.mark.browser
def test_axe_not_found_page(portal_server, new_page, assert_no_axe_violations):
    page = new_page(bypass_csp=True)
    response = page.goto(portal_server.url("luberon", "/fr/cette-page-n-existe-pas/"))
    assert response.status == 404
    assert page.locator("body.theme-provence").count() == 1, "the 404 page is not the themed template"
    assert_no_axe_violations(page)


@pytest.mark.browser
@pytest.mark.parametrize("width", [375, 1280])
@pytest.mark.parametrize("theme", list(THEMES))
def test_home_screenshot_console_and_csp(portal_server, new_page, theme, width):
    page = new_page(width)  # real CSP enforced
    page.add_init_script(CSP_LISTENER)
    errors = []
    page.on("console", lambda message: errors.append(f"console {message.type}: {message.text}") if message.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(f"uncaught: {error}"))
    response = page.goto(portal_server.url(THEMES[theme], "/fr/"), wait_until="networkidle")
    assert response.ok

    # Scroll through the page so lazy-loaded card images are in the full-page picture, then back to the top.
    page.evaluate(
        """async () => {
            for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight) {
                window.scrollTo(0, y);
                await new Promise((resolve) => setTimeout(resolve, 50));
            }
            window.scrollTo(0, 0);
        }"""
    )
    page.wait_for_load_state("networkidle")
    page.wait_for_function("Array.from(document.images).every((image) => image.complete)")
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{theme}-home-{width}.png"), full_page=True)

    csp_violations = page.evaluate("window.__cspViolations")
    assert not csp_violations, f"CSP violations on {page.url}:\n" + "\n".join(csp_violations)
    assert not errors, f"console errors on {page.url}:\n" + "\n".join(errors)
