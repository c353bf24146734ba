"""Addresses of the site: the pages, sign-in, the admin, and search when its app is present."""

from __future__ import annotations

from importlib.util import find_spec

from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.templatetags.static import static
from django.urls import URLPattern, URLResolver, include, path
from django.views.generic import RedirectView

from scrutiny.accounts.views import SignInView


class GovukAsset(RedirectView):
    """GOV.UK Frontend's compiled CSS asks for its fonts and images at /assets/...; they are
    static files, served (and cached) under /static/govuk/assets/."""

    permanent = True

    def get_redirect_url(self, *args: object, **kwargs: object) -> str:
        return static(f"govuk/assets/{kwargs['path']}")


urlpatterns: list[URLPattern | URLResolver] = [
    path("", include("scrutiny.web.urls")),
    path("", include("scrutiny.authoring.urls")),
    # Sign-in, with failed attempts limited (scrutiny.accounts.limits).
    path("accounts/login/", SignInView.as_view(), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("assets/<path:path>", GovukAsset.as_view()),
    path("admin/", admin.site.urls),
    # Open data: the API, bulk downloads, feeds and email alerts.
    path("", include("scrutiny.api.urls")),
    path("", include("scrutiny.downloads.urls")),
    path("", include("scrutiny.web.feeds.urls")),
    path("", include("scrutiny.alerts.urls")),
]

# Search is its own app, built alongside; the rest of the site works without it.
if find_spec("scrutiny.search") is not None and find_spec("scrutiny.search.urls") is not None:
    urlpatterns.append(path("search/", include("scrutiny.search.urls")))
