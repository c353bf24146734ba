from __future__ import annotations

from django.urls import URLPattern, path

from scrutiny.web.inspections import views

urlpatterns: list[URLPattern] = [
    path("inspections/", views.index, name="inspections"),
    path("inspections/<slug:force>/", views.force, name="inspections-force"),
    path(
        "inspections/<slug:force>/findings/add/",
        views.add_finding,
        name="inspections-add-finding",
    ),
    path(
        "inspections/<slug:force>/findings/<int:pk>/",
        views.finding,
        name="inspections-finding",
    ),
    path(
        "inspections/<slug:force>/findings/<int:pk>/update/",
        views.update_finding,
        name="inspections-update-finding",
    ),
]
