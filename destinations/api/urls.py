"""A URLconf holding the API alone, used only to tell middleware that API paths are not language-prefixed.

`LocaleMiddleware` turns a 404 on a path without a language prefix into a redirect to `/fr/<path>/` when
that resolves, and Wagtail's catch-all page route under `i18n_patterns` resolves almost anything: an API
404 would become a 302 to an HTML page. The API's 404 handler sets `request.urlconf` to this module (after
the view ran, so only the response middleware reads it), where no `i18n_patterns` are used.
"""

from django.urls import path

from .api import api

urlpatterns = [path("api/v1/", api.urls)]
