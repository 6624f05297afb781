"""Security headers on the public portals, and Django's deployment check on the production settings."""

from __future__ import annotations

import os
import re
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

from tests.portal.helpers import soup

BASE_DIR = Path(__file__).resolve().parents[2]


def csp_directives(header: str) -> dict[str, list[str]]:
    directives = {}
    for part in header.split(";"):
        words = part.split()
        if words:
            directives[words[0]] = words[1:]
    return directives


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/fr/", "/en/", "/fr/search/?q=lavande", "/fr/does-not-exist/"])
def test_security_headers_on_public_pages(demo, host_client, path):
    response = host_client("luberon").get(path)
    assert response.status_code in (200, 404)
    csp = csp_directives(response["Content-Security-Policy"])
    assert csp["script-src"] == ["'self'"]
    assert csp["default-src"] == ["'self'"]
    assert csp["object-src"] == ["'none'"]
    assert "frame-ancestors" in csp
    for directive, sources in csp.items():
        assert "'unsafe-inline'" not in sources, directive
        assert "'unsafe-eval'" not in sources, directive
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] in ("DENY", "SAMEORIGIN")
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"


@pytest.mark.django_db
def test_public_pages_need_no_inline_script(demo, host_client):
    """With script-src 'self', an inline script or handler would be blocked: the portal has none."""
    for slug in demo.slugs:
        response = host_client(slug).get("/fr/")
        page = soup(response)
        assert all(script.get("src") for script in page.find_all("script")), slug
        assert not page.find_all(attrs={"onclick": True}) and not page.find_all(attrs={"onload": True})
        assert "javascript:" not in response.content.decode()


@pytest.mark.django_db
def test_public_pages_need_no_inline_style(demo, host_client):
    """style-src 'self' blocks style attributes and <style> blocks too: the portal uses none."""
    for host in ("127.0.0.1", "luberon.localhost", "ecrins.localhost", "mercantour.localhost"):
        response = host_client(host).get("/fr/")
        csp = csp_directives(response["Content-Security-Policy"])
        assert "'unsafe-inline'" not in csp.get("style-src", [])
        page = soup(response)
        styled = [str(tag)[:120] for tag in page.find_all(style=True)]
        assert styled == [], styled
        assert page.find_all("style") == []


@pytest.mark.django_db
def test_admin_is_outside_the_strict_policy(demo, client):
    """Wagtail's admin needs inline scripts: the CSP excludes /admin/ (so the rule above stays strict)."""
    response = client.get("/admin/login/")
    assert response.status_code == 200
    assert "Content-Security-Policy" not in response
    assert response["X-Frame-Options"] in ("DENY", "SAMEORIGIN")


def deploy_check(**extra_env: str) -> subprocess.CompletedProcess:
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": os.environ.get("HOME", "/tmp"),  # noqa: S108
        "LANG": "C.UTF-8",
        "DJANGO_SETTINGS_MODULE": "portal.settings.base",
        "SECRET_KEY": secrets.token_urlsafe(64),
        "ALLOWED_HOSTS": "example.org",
        **extra_env,
    }
    assert "DATABASE_URL" not in env
    return subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_check_deploy_passes_on_production_settings():
    result = deploy_check()
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_check_deploy_fails_when_production_is_misconfigured():
    """The same check catches an unsafe environment (so the test above is not vacuous)."""
    result = deploy_check(DEBUG="true", SECRET_KEY="short", SECURE_SSL_REDIRECT="false")
    assert result.returncode != 0
    output = result.stdout + result.stderr
    for check_id in ("security.W018", "security.W009", "security.W008"):
        assert check_id in output
    assert not re.search(r"SECRET_KEY\s*=\s*short", output)
