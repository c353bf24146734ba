from __future__ import annotations

from django.contrib import admin

from scrutiny.figures.models import Figure


@admin.register(Figure)
class FigureAdmin(admin.ModelAdmin[Figure]):
    list_display = ["text", "subject", "series", "meeting"]
    search_fields = ["text", "subject"]
    raw_id_fields = ["meeting", "item"]
    # Series are changed on the series pages, where every change is logged.
    readonly_fields = [
        "series",
        "series_pinned",
        "period_key",
        "period_text",
        "direction",
        "firmness",
        "heading",
    ]
