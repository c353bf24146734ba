"""/search/?q=...: included at "search/" by the site's addresses; no namespace, so "search"."""

from __future__ import annotations

from django.urls import URLPattern, path

from scrutiny.search import views

urlpatterns: list[URLPattern] = [
    path("", views.search_page, name="search"),
]
