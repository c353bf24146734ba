from __future__ import annotations

from django.apps import AppConfig


class AuthoringConfig(AppConfig):
    name = "scrutiny.authoring"
    label = "authoring"
    default_auto_field = "django.db.models.BigAutoField"
