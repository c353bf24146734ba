"""The register's pages beyond /actions/ itself, and each board's downloads."""

from __future__ import annotations

from django.urls import URLPattern, path

from scrutiny.web.register import views

urlpatterns: list[URLPattern] = [
    path("actions/owners/", views.owners, name="action-owners"),
    path("actions/owners/<slug:slug>/", views.owner, name="action-owner"),
    path("boards/<slug:slug>/actions.csv", views.board_csv, name="board-actions-csv"),
    path("boards/<slug:slug>/actions.xlsx", views.board_xlsx, name="board-actions-xlsx"),
    path("boards/<slug:slug>/calendar.ics", views.board_ics, name="board-calendar"),
]
