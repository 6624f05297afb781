"""Browser suite fixtures: a real Django server on a throw-away SQLite database, and headless Chromium.

Each pytest process (each xdist worker) that collects a browser test starts its own server on a free
port, with its own database and media folder under tmp_path_factory, so `-n 2 --dist loadfile` works.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

BROWSER_DIR = Path(__file__).resolve().parent
PROJECT_DIR = BROWSER_DIR.parent.parent
CHROMIUM = Path("/usr/bin/chromium")
AXE_JS = PROJECT_DIR / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOTS_DIR = BROWSER_DIR / "screenshots"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
BLOCKING_IMPACTS = {"serious", "critical"}
SKIP_REASON = f"{CHROMIUM} is missing (`make browser-deps` installs Debian's Chromium)"


@dataclass(frozen=True)
class PortalServer:
    port: int
    log: Path

    def url(self, slug: str | None = None, path: str = "/") -> str:
        """URL on a destination's site (<slug>.localhost) or, without a slug, on the region site (127.0.0.1)."""
        host = f"{slug}.localhost" if slug else "127.0.0.1"
        return f"http://{host}:{self.port}{path}"

    def log_tail(self, lines: int = 40) -> str:
        try:
            return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no server log)"


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _manage(args: list[str], env: dict[str, str], log: Path) -> None:
    started = time.monotonic()
    with log.open("a") as out:
        out.write(f"\n$ manage.py {' '.join(args)}\n")
        out.flush()
        result = subprocess.run(
            [sys.executable, "manage.py", *args], cwd=PROJECT_DIR, env=env, stdout=out, stderr=subprocess.STDOUT, timeout=300
        )
        out.write(f"(exit {result.returncode} after {time.monotonic() - started:.1f}s)\n")
    if result.returncode:
        tail = "\n".join(log.read_text(errors="replace").splitlines()[-40:])
        pytest.fail(f"manage.py {' '.join(args)} failed ({result.returncode}):\n{tail}", pytrace=False)


def _sqlite_copy(source: Path, target: Path) -> None:
    """A consistent copy of a SQLite database (WAL included) through SQLite's backup API."""
    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()


def _demo_snapshot(tmp_path_factory, env: dict[str, str], log: Path) -> tuple[Path, Path]:
    """A migrated database holding the demo content, and its media folder: built once per pytest run.

    xdist workers share the run's base temporary directory; the first one to take the lock builds the
    snapshot (migrate + load_demo), the others wait for it and copy it, which halves the setup under -n 2.
    """
    shared = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        shared = shared.parent  # the run's base directory, common to gw0, gw1, ...
    database, media = shared / "browser-demo.sqlite3", shared / "browser-demo-media"
    with (shared / "browser-demo.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
        if not database.exists():
            building = shared / f"browser-demo-building-{os.getpid()}"
            building.mkdir()
            build_env = {**env, "DATABASE_URL": f"sqlite:///{building / 'db.sqlite3'}", "MEDIA_ROOT": str(media)}
            _manage(["migrate", "--noinput", "-v0"], build_env, log)
            _manage(["load_demo"], build_env, log)
            _sqlite_copy(building / "db.sqlite3", shared / "browser-demo.partial")
            (shared / "browser-demo.partial").rename(database)
    return database, media


def _use_port(database: Path, port: int) -> None:
    """Point every Wagtail Site of a copied snapshot at this server's port (what DEMO_PORT does in load_demo)."""
    connection = sqlite3.connect(database)
    try:
        with connection:
            connection.execute("UPDATE wagtailcore_site SET port = ?", (port,))
    finally:
        connection.close()


def _wait_until_healthy(server: PortalServer, process: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"the test server exited ({process.returncode}):\n{server.log_tail()}", pytrace=False)
        try:
            with urllib.request.urlopen(server.url(path="/healthz"), timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(0.2)
    pytest.fail(f"the test server did not answer /healthz within {timeout}s:\n{server.log_tail()}", pytrace=False)


@pytest.fixture(scope="session")
def portal_server(tmp_path_factory) -> Iterator[PortalServer]:
    """`runserver` on a free port over this process's own SQLite database and media folder, holding the demo."""
    if not CHROMIUM.exists():
        pytest.skip(SKIP_REASON)
    workdir = tmp_path_factory.mktemp("browser-server")
    port = _free_port()
    database = workdir / "browser.sqlite3"
    env = {key: value for key, value in os.environ.items() if key != "DATABASE_URL"}
    env.update(
        DATABASE_URL=f"sqlite:///{database}",
        DEMO_PORT=str(port),
        DJANGO_SETTINGS_MODULE="server_settings",
        PYTHONPATH=os.pathsep.join(filter(None, [str(BROWSER_DIR), str(PROJECT_DIR), env.get("PYTHONPATH")])),
        PAGE_CACHE_SECONDS="0",
        MEDIA_ROOT=str(workdir / "media"),
        PYTHONUNBUFFERED="1",
    )
    server = PortalServer(port=port, log=workdir / "server.log")
    snapshot, snapshot_media = _demo_snapshot(tmp_path_factory, env, server.log)
    _sqlite_copy(snapshot, database)
    _use_port(database, port)
    shutil.copytree(snapshot_media, workdir / "media")  # renditions are written per server
    with server.log.open("a") as out:
        process = subprocess.Popen(
            [sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload", "--insecure", "--skip-checks"],
            cwd=PROJECT_DIR, env=env, stdout=out, stderr=subprocess.STDOUT,
        )
    try:
        _wait_until_healthy(server, process)
        yield server
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


@pytest.fixture(scope="session")
def browser(portal_server):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def new_page(browser):
    """Factory: a fresh page in its own browser context; every context is closed after the test.

    The visitor is French (Accept-Language fr-FR) unless `locale` says otherwise. `bypass_csp` is only for
    injecting axe-core: the portal's CSP (script-src 'self') rightly blocks Playwright's inline script tag.
    """
    contexts = []

    def make(width: int = 1280, height: int = 900, *, locale: str = "fr-FR", bypass_csp: bool = False):
        context = browser.new_context(viewport={"width": width, "height": height}, locale=locale, bypass_csp=bypass_csp)
        # Generous: on a 2-core CI box shared with other jobs a first page load can take seconds; a
        # broken page still fails (its element never shows), only later.
        context.set_default_timeout(30_000)
        context.set_default_navigation_timeout(45_000)
        contexts.append(context)
        return context.new_page()

    yield make
    for context in contexts:
        context.close()


def _describe(url: str, violations: list[dict]) -> str:
    lines = [f"axe-core: {len(violations)} serious/critical violation(s) on {url}"]
    for v in violations:
        more = f" (+{len(v['targets']) - 8} more)" if len(v["targets"]) > 8 else ""
        lines.append(f"  - {v['id']} [{v['impact']}] {v['help']}: {', '.join(v['targets'][:8])}{more}")
    return "\n".join(lines)


@pytest.fixture(scope="session")
def assert_no_axe_violations():
    """Callable(page): runs axe-core (WCAG 2.0/2.1 A+AA, 2.2 AA) and fails on any serious or critical violation."""
    if not AXE_JS.exists():
        pytest.fail(f"{AXE_JS} is missing: run `npm ci` (make browser-deps)", pytrace=False)

    def check(page) -> None:
        page.add_script_tag(path=str(AXE_JS))
        violations = page.evaluate(
            """async (tags) => {
                const result = await axe.run(document, {runOnly: {type: 'tag', values: tags}});
                return result.violations.map((v) => ({
                    id: v.id, impact: v.impact, help: v.help,
                    targets: v.nodes.map((node) => node.target.join(' ')),
                }));
            }""",
            AXE_TAGS,
        )
        blocking = [v for v in violations if v["impact"] in BLOCKING_IMPACTS]
        assert not blocking, _describe(page.url, blocking)

    return check
