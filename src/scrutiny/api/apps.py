from __future__ import annotations

from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "scrutiny.api"
    label = "api"
    verbose_name = "Open data API"
    default_auto_field = "django.db.models.BigAutoField"
