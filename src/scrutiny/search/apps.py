from __future__ import annotations

from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "scrutiny.search"
    label = "search"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from scrutiny.search import hiding  # noqa: F401  (connects its receivers)
