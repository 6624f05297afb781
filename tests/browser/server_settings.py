"""Settings of the server the browser tests drive: the dev settings with DEBUG off.

DEBUG off so that a missing page renders the themed 404 template (not Django's technical page) and the
server behaves like production; `runserver --insecure` still serves the static files. Loaded by the
server subprocess only (tests/browser is put on its PYTHONPATH), never by pytest itself.
"""

from portal.settings.dev import *  # noqa: F403

DEBUG = False
