"""`scrutiny backup FILE`: every table, every stored document and every uploaded paper into
one zip archive."""

from __future__ import annotations

import hashlib
import json
import tempfile
import zipfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import django
from django.conf import settings
from django.core.management import call_command
from django.db import transaction

from scrutiny import __version__
from scrutiny.authoring.models import UploadedPaper
from scrutiny.backup.manifest import (
    DATA,
    DOCUMENTS,
    EXCLUDED,
    FORMAT,
    MANIFEST,
    BackupError,
    applied_migrations,
    counts_in,
)
from scrutiny.ingestion.models import SourceDocument

CHUNK = 1024 * 1024


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        while chunk := stream.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def backup(target: Path) -> dict[str, Any]:
    """Write the archive (through a temporary file, so a failure leaves no half archive) and
    return its manifest."""
    target = target.resolve()
    with tempfile.TemporaryDirectory(dir=target.parent) as work:
        dump = Path(work) / DATA
        partial = Path(work) / "archive.zip"
        # One read transaction, so the rows and the document list agree.
        with transaction.atomic():
            call_command(
                "dumpdata",
                exclude=EXCLUDED,
                natural_foreign=True,
                use_base_manager=True,
                output=str(dump),
                verbosity=0,
            )
            documents = _documents()
            migrations = applied_migrations()
        data = json.loads(dump.read_text(encoding="utf-8"))
        manifest = {
            "format": FORMAT,
            "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "scrutiny": __version__,
            "django": django.get_version(),
            "migrations": migrations,
            "counts": counts_in(data),
            "documents": [
                {"path": path, "size": size, "sha256": sha} for path, size, sha in documents
            ],
        }
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(MANIFEST, json.dumps(manifest, indent=2))
            archive.write(dump, DATA)
            root = Path(settings.MEDIA_ROOT)
            for path, _, _ in documents:
                archive.write(root / path, DOCUMENTS + path)
        partial.replace(target)
    return manifest


def _documents() -> list[tuple[str, int, str]]:
    """Each stored document's file (relative to MEDIA_ROOT), size and SHA-256, checked against
    the hash it was stored under; then each paper uploaded for an item (kept under MEDIA_ROOT
    too), hashed here so that restoring checks it as it checks documents."""
    root = Path(settings.MEDIA_ROOT)
    found = []
    for document in SourceDocument.objects.order_by("pk"):
        path = root / document.file.name
        if not path.is_file():
            raise BackupError(f"document {document.pk} ({document.name}): no file at {path}")
        sha = sha256_of(path)
        if sha != document.sha256:
            raise BackupError(
                f"document {document.pk} ({document.name}): {path} does not match its SHA-256"
            )
        found.append((document.file.name, path.stat().st_size, sha))
    for upload in UploadedPaper.objects.order_by("pk"):
        path = root / upload.file.name
        if not path.is_file():
            raise BackupError(f"paper {upload.pk} ({upload.name}): no file at {path}")
        found.append((upload.file.name, path.stat().st_size, sha256_of(path)))
    return found
