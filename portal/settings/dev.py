"""Local development: DEBUG on, plain HTTP, any *.localhost host, SQLite unless DATABASE_URL says otherwise."""

import os

os.environ.setdefault("SECRET_KEY", "dev-only-insecure-key-change-me-0123456789-abcdefghijklmnop")

from .base import *  # noqa: E402,F403

DEBUG = True
SECRET_KEY = os.environ["SECRET_KEY"]
ALLOWED_HOSTS = ["localhost", ".localhost", "127.0.0.1", "[::1]", *ALLOWED_HOSTS]  # noqa: F405
SECURE_SSL_REDIRECT = False
SECURE_HSTS_SECONDS = 0
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}  # noqa: F405
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "0"))
WAGTAILADMIN_BASE_URL = "http://127.0.0.1:8000"
SERVE_MEDIA = True
# The development server runs no task worker: search indexing and other tasks run inline.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
