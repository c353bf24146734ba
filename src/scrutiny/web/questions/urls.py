from __future__ import annotations

from django.urls import URLPattern, path

from scrutiny.web.questions import views

urlpatterns: list[URLPattern] = [
    path("commitments/", views.commitments, name="commitments"),
    path("commitments/<int:pk>/accept/", views.accept_commitment, name="commitment-accept"),
    path("commitments/<int:pk>/dismiss/", views.dismiss_commitment, name="commitment-dismiss"),
    path("boards/<slug:slug>/coverage/", views.coverage, name="coverage"),
]
