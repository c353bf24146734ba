from __future__ import annotations

from django.apps import AppConfig


class ActionsConfig(AppConfig):
    name = "scrutiny.actions"
    label = "actions"
    default_auto_field = "django.db.models.BigAutoField"
