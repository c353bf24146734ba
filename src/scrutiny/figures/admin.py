from __future__ import annotations

from django.contrib import admin

from scrutiny.figures.models import Figure


@admin.register(Figure)
class FigureAdmin(admin.ModelAdmin[Figure]):
    list_display = ["text", "subject", "meeting"]
    search_fields = ["text", "subject"]
    raw_id_fields = ["meeting", "item"]
