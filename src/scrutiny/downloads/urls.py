from __future__ import annotations

from django.urls import URLPattern, re_path

from scrutiny.downloads import views

FORMAT = r"(?P<fmt>jsonl|csv\.zip|sqlite)"

urlpatterns: list[URLPattern] = [
    re_path(rf"^downloads/all\.{FORMAT}$", views.everything, name="download-all"),
    re_path(
        rf"^downloads/boards/(?P<slug>[-a-zA-Z0-9_]+)\.{FORMAT}$",
        views.board,
        name="download-board",
    ),
]
