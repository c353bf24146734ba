from __future__ import annotations

from django.apps import AppConfig


class IngestionConfig(AppConfig):
    name = "scrutiny.ingestion"
    label = "ingestion"
    default_auto_field = "django.db.models.BigAutoField"
