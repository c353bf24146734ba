from __future__ import annotations

from django.apps import AppConfig


class QuestionsConfig(AppConfig):
    name = "scrutiny.questions"
    label = "questions"
    default_auto_field = "django.db.models.BigAutoField"
