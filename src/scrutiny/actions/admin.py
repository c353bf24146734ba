from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from scrutiny.actions.models import Action, ActionUpdate, ClosureCandidate


@admin.register(Action)
class ActionAdmin(admin.ModelAdmin[Action]):
    list_display = ["__str__", "owner", "due", "status", "state", "meeting"]
    list_filter = ["status", "state", "origin"]
    search_fields = ["text", "owner"]
    raw_id_fields = ["meeting", "item", "closed_by", "owner_organisation"]


@admin.register(ActionUpdate)
class ActionUpdateAdmin(admin.ModelAdmin[ActionUpdate]):
    """The history of every action: kept as it was written, so read-only here."""

    list_display = ["action", "at", "by", "by_meeting", "state", "revised_due", "note"]
    list_filter = ["state"]
    search_fields = ["action__text", "note", "by__username"]
    date_hierarchy = "at"

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(ClosureCandidate)
class ClosureCandidateAdmin(admin.ModelAdmin[ClosureCandidate]):
    """Proposed closures. Decide them on the review page (/actions/review/), which closes the
    action and logs who decided; here they can only be read."""

    list_display = ["discharged", "action", "score", "decision", "decided_by", "decided_at"]
    list_filter = ["decision"]
    search_fields = ["discharged__text", "action__text"]
    raw_id_fields = ["discharged", "action", "decided_by"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False
