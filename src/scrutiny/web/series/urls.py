from __future__ import annotations

from django.urls import URLPattern, path

from scrutiny.web.series import views

urlpatterns: list[URLPattern] = [
    path("boards/<slug:slug>/series/", views.board_series_list, name="board-series"),
    path("series/<int:pk>/", views.series, name="series"),
    path("series/<int:pk>/merge/", views.merge, name="series-merge"),
    path("series/<int:pk>/split/", views.split, name="series-split"),
]
