from __future__ import annotations

from django.contrib import admin

from scrutiny.ingestion.models import SourceDocument


@admin.register(SourceDocument)
class SourceDocumentAdmin(admin.ModelAdmin[SourceDocument]):
    list_display = ["name", "format", "size", "extractor_version", "ingested_at"]
    list_filter = ["format", "extractor_version"]
    search_fields = ["name", "sha256", "origin"]
    # A document is what it is: its hash and file are evidence, not data to edit.
    readonly_fields = ["file", "sha256", "format", "size", "extractor_version", "ingested_at"]
