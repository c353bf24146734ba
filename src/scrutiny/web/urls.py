from __future__ import annotations

from django.urls import URLPattern, URLResolver, include, path

from scrutiny.web import upload, views

urlpatterns: list[URLPattern | URLResolver] = [
    path("", views.home, name="home"),
    path("boards/<slug:slug>/", views.board, name="board"),
    path("boards/<slug:slug>/agenda/<str:day>/", views.agenda, name="board-agenda"),
    path("meetings/<int:pk>/", views.meeting, name="meeting"),
    path("meetings/<int:pk>/document/", views.document, name="meeting-document"),
    path("actions/", views.actions, name="actions"),
    path("upload/", upload.upload, name="upload"),
    path("upload/review/", upload.review, name="upload-review"),
    # Following a board from meeting to meeting, a package of pages each.
    path("", include("scrutiny.web.action_log.urls")),
    path("", include("scrutiny.web.register.urls")),
    path("", include("scrutiny.web.questions.urls")),
    path("", include("scrutiny.web.series.urls")),
    path("", include("scrutiny.web.inspections.urls")),
    path("", include("scrutiny.web.briefing.urls")),
]
