"""The documents meetings are read from: kept as they came, known by their content hash."""

from __future__ import annotations

from django.db import models
from django.utils import timezone


def document_path(document: SourceDocument, filename: str) -> str:
    # By content, so the same bytes always land in the same place and names never clash.
    return f"{document.sha256[:2]}/{document.sha256}/{filename}"


class SourceDocument(models.Model):
    FORMATS = [("pdf", "PDF"), ("docx", "DOCX"), ("html", "HTML"), ("txt", "Text")]

    file = models.FileField(upload_to=document_path, max_length=500)
    name = models.TextField()  # the file name the record's `source.name` gives
    sha256 = models.CharField(max_length=64, unique=True)
    format = models.CharField(max_length=4, choices=FORMATS)
    size = models.PositiveBigIntegerField()
    origin = models.TextField(blank=True)  # the path or address it was ingested from
    extractor_version = models.CharField(max_length=40)
    ingested_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-ingested_at"]

    def __str__(self) -> str:
        return self.name
