from __future__ import annotations

from django.urls import URLPattern, path

from scrutiny.alerts import views

urlpatterns: list[URLPattern] = [
    path("alerts/", views.subscribe, name="alerts"),
    path("alerts/check-your-email/", views.check_email, name="alerts-check-email"),
    path("alerts/confirm/<str:token>/", views.confirm, name="alerts-confirm"),
    path("alerts/unsubscribe/<str:token>/", views.unsubscribe, name="alerts-unsubscribe"),
]
