from __future__ import annotations

from django.apps import AppConfig


class InspectionsConfig(AppConfig):
    name = "scrutiny.inspections"
    label = "inspections"
    default_auto_field = "django.db.models.BigAutoField"
