"""The questions' rows, for looking into: they are made by following meetings, and staff decide
commitments on the site (so every decision records who took it), not here."""

from __future__ import annotations

from django.contrib import admin

from scrutiny.questions.models import Commitment, Priority, Question, Topic


class ReadOnly(admin.ModelAdmin):  # type: ignore[type-arg]
    def has_add_permission(self, request: object, obj: object = None) -> bool:
        return False

    def has_change_permission(self, request: object, obj: object = None) -> bool:
        return False

    def has_delete_permission(self, request: object, obj: object = None) -> bool:
        return False


@admin.register(Topic)
class TopicAdmin(ReadOnly):
    list_display = ["name", "slug"]
    search_fields = ["name", "slug"]


@admin.register(Priority)
class PriorityAdmin(ReadOnly):
    list_display = ["name", "board", "named_on", "key"]
    list_filter = ["board"]
    search_fields = ["name", "key"]


@admin.register(Question)
class QuestionAdmin(ReadOnly):
    list_display = ["__str__", "grade", "asker", "priority", "meeting"]
    list_filter = ["grade", "topics"]
    search_fields = ["point__text", "heading"]
    raw_id_fields = ["point", "meeting", "priority"]


@admin.register(Commitment)
class CommitmentAdmin(ReadOnly):
    list_display = ["__str__", "kind", "speaker", "decision", "decided_by", "decided_at"]
    list_filter = ["kind", "decision"]
    search_fields = ["statement"]
    raw_id_fields = ["meeting", "point", "action"]
