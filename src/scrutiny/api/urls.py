from __future__ import annotations

from django.urls import URLPattern, URLResolver, path

from scrutiny.api import views
from scrutiny.api.site import api

urlpatterns: list[URLPattern | URLResolver] = [
    path("api/v1/", api.urls),
    path("api/tokens/", views.token_list, name="api-tokens"),
    path("api/tokens/revoke/", views.revoke, name="api-token-revoke"),
    path("open-data/", views.open_data, name="open-data"),
]
