from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.views.static import serve
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from destinations.api.api import api as api_v1
from destinations.views import DestinationSubmitPageTranslationView
from portal import views

urlpatterns = [
    # Before the admin's own route: localize's page translation form, restricted to pages the user can edit.
    path(
        "admin/localize/submit/page/<int:page_id>/",
        DestinationSubmitPageTranslationView.as_view(),
        name="destination_submit_page_translation",
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("apidae/", include("apidae_sync.urls")),
    path("api/v1/", api_v1.urls),
    path("sitemap.xml", views.sitemap, name="sitemap"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("theme.css", views.theme_css, name="theme_css"),
    path("healthz", views.healthz, name="healthz"),
]

if settings.DEBUG or getattr(settings, "SERVE_MEDIA", False):
    urlpatterns += [re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT})]

urlpatterns += i18n_patterns(
    path("search/", views.search, name="search"),
    path("", include("destinations.catalogue.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

handler404 = "portal.views.page_not_found"
handler500 = "portal.views.server_error"
