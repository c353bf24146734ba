from __future__ import annotations

from django.contrib import admin

from scrutiny.inspections.models import (
    Discussion,
    Finding,
    FindingChange,
    FindingMention,
    Inspection,
    Tally,
)


@admin.register(Inspection)
class InspectionAdmin(admin.ModelAdmin[Inspection]):
    list_display = ["title", "force", "key"]
    list_filter = ["force"]
    search_fields = ["title", "key"]


@admin.register(Finding)
class FindingAdmin(admin.ModelAdmin[Finding]):
    list_display = ["text", "kind", "status", "inspection", "origin"]
    list_filter = ["kind", "status", "origin"]
    search_fields = ["text"]
    raw_id_fields = ["inspection", "evidence_point", "last_discussed", "added_by"]


@admin.register(Tally)
class TallyAdmin(admin.ModelAdmin[Tally]):
    list_display = ["inspection", "meeting", "kind", "count", "total", "status", "subject"]
    raw_id_fields = ["inspection", "meeting", "point"]


admin.site.register(Discussion)
admin.site.register(FindingMention)
admin.site.register(FindingChange)
