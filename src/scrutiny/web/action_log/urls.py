from __future__ import annotations

from django.urls import URLPattern, path

from scrutiny.web.action_log import views

urlpatterns: list[URLPattern] = [
    path("actions/review/", views.review, name="action-review"),
    path("actions/<int:pk>/", views.action, name="action"),
]
