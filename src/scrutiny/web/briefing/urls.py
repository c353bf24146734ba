from __future__ import annotations

from django.urls import URLPattern, path

from scrutiny.web.briefing import views

urlpatterns: list[URLPattern] = [
    path("boards/<slug:slug>/briefing/", views.page, name="board-briefing"),
    path("boards/<slug:slug>/briefing.pdf", views.pdf, name="board-briefing-pdf"),
]
