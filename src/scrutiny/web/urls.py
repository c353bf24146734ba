from __future__ import annotations

from django.urls import URLPattern, path

from scrutiny.web import upload, views

urlpatterns: list[URLPattern] = [
    path("", views.home, name="home"),
    path("boards/<slug:slug>/", views.board, name="board"),
    path("meetings/<int:pk>/", views.meeting, name="meeting"),
    path("meetings/<int:pk>/document/", views.document, name="meeting-document"),
    path("actions/", views.actions, name="actions"),
    path("upload/", upload.upload, name="upload"),
    path("upload/review/", upload.review, name="upload-review"),
]
