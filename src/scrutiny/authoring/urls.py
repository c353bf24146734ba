"""The secretariat's pages, under /run/; the published notes and papers, under /meetings/ and
/papers/ for everyone."""

from __future__ import annotations

from django.urls import URLPattern, path

from scrutiny.authoring import papers, publish, views

urlpatterns: list[URLPattern] = [
    path("run/", views.index, name="run"),
    path("run/boards/new/", views.new_board, name="run-new-board"),
    path("run/boards/<slug:slug>/", views.board, name="run-board"),
    path("run/boards/<slug:slug>/roles/", views.roles, name="run-roles"),
    path("run/meetings/<int:pk>/", views.meeting, name="run-meeting"),
    path("run/meetings/<int:pk>/items/<int:item_pk>/", views.item, name="run-item"),
    path("run/meetings/<int:pk>/points/<int:point_pk>/", views.point, name="run-point"),
    path("run/meetings/<int:pk>/actions/<int:action_pk>/", views.action, name="run-action"),
    path("run/meetings/<int:pk>/audit/", views.audit_trail, name="run-audit"),
    path("run/meetings/<int:pk>/deleted/", views.deleted, name="run-deleted"),
    path("meetings/<int:pk>/notes.<str:fmt>", publish.notes, name="meeting-notes"),
    path("papers/<int:pk>/<str:name>", papers.download, name="paper"),
]
