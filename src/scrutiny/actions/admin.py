from __future__ import annotations

from django.contrib import admin

from scrutiny.actions.models import Action


@admin.register(Action)
class ActionAdmin(admin.ModelAdmin[Action]):
    list_display = ["__str__", "owner", "due", "status", "meeting"]
    list_filter = ["status"]
    search_fields = ["text", "owner"]
    raw_id_fields = ["meeting", "item"]
