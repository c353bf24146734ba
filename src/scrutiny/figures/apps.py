from __future__ import annotations

from django.apps import AppConfig


class FiguresConfig(AppConfig):
    name = "scrutiny.figures"
    label = "figures"
    default_auto_field = "django.db.models.BigAutoField"
