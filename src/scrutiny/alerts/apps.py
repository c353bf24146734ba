from __future__ import annotations

from django.apps import AppConfig


class AlertsConfig(AppConfig):
    name = "scrutiny.alerts"
    label = "alerts"
    verbose_name = "Email alerts"
    default_auto_field = "django.db.models.BigAutoField"
