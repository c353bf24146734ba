"""`scrutiny restore FILE`: an archive loaded into an empty, migrated database, in one
transaction, with every document and uploaded paper checked against its SHA-256 before anything
is written."""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import tempfile
import zipfile
from pathlib import Path, PurePosixPath
from typing import Any

from django.conf import settings
from django.core.management import call_command
from django.db import transaction

from scrutiny.backup.archive import sha256_of
from scrutiny.backup.manifest import (
    DATA,
    DOCUMENTS,
    FORMAT,
    MANIFEST,
    BackupError,
    applied_migrations,
    row_counts,
)
from scrutiny.ingestion.statistics import refresh_statistics

CHUNK = 1024 * 1024


def restore(source: Path, *, force: bool = False) -> dict[str, Any]:
    """Load the archive; return its manifest. Refuses a database with rows in it unless
    `force`, which empties it first (in the same transaction)."""
    with zipfile.ZipFile(source) as archive:
        manifest = _manifest(archive)
        _check_migrations(manifest)
        documents = _verified_documents(archive, manifest)
        with tempfile.TemporaryDirectory() as work:
            data = Path(work) / DATA
            with archive.open(DATA) as packed, data.open("wb") as unpacked:
                shutil.copyfileobj(packed, unpacked, CHUNK)
            written: list[Path] = []
            try:
                with transaction.atomic():
                    _empty_or_refuse(force)
                    call_command("loaddata", str(data), verbosity=0)
                    _check_counts(manifest)
                    call_command("reindex", stdout=io.StringIO())
                    for name, sha in documents:
                        written.extend(_write_document(archive, name, sha))
            except BaseException:
                for path in written:
                    path.unlink(missing_ok=True)
                raise
    refresh_statistics()  # a whole database loaded at once: plan it as it now is
    return manifest


def _manifest(archive: zipfile.ZipFile) -> dict[str, Any]:
    try:
        manifest: dict[str, Any] = json.loads(archive.read(MANIFEST))
    except KeyError:
        raise BackupError(f"not a Scrutiny backup: no {MANIFEST}") from None
    if manifest.get("format") != FORMAT:
        raise BackupError(f"not a {FORMAT} archive: format {manifest.get('format')!r}")
    return manifest


def _check_migrations(manifest: dict[str, Any]) -> None:
    here = applied_migrations()
    if here != manifest["migrations"]:
        missing = sorted(set(manifest["migrations"]) - set(here))
        extra = sorted(set(here) - set(manifest["migrations"]))
        raise BackupError(
            "the database's migrations differ from the archive's "
            f"(not applied here: {missing or 'none'}; not in the archive: {extra or 'none'}); "
            "restore into a database migrated by the same version of Scrutiny"
        )


def _verified_documents(
    archive: zipfile.ZipFile, manifest: dict[str, Any]
) -> list[tuple[str, str]]:
    """Each file's path and SHA-256, once its bytes in the archive match the manifest's."""
    names: list[tuple[str, str]] = []
    for entry in manifest["documents"]:
        name = str(entry["path"])
        relative = PurePosixPath(name)
        if relative.is_absolute() or ".." in relative.parts:
            raise BackupError(f"document path outside MEDIA_ROOT: {name}")
        digest = hashlib.sha256()
        try:
            with archive.open(DOCUMENTS + name) as stream:
                while chunk := stream.read(CHUNK):
                    digest.update(chunk)
        except KeyError:
            raise BackupError(f"document missing from the archive: {name}") from None
        if digest.hexdigest() != entry["sha256"]:
            raise BackupError(f"document does not match its SHA-256: {name}")
        names.append((name, str(entry["sha256"])))
    return names


def _empty_or_refuse(force: bool) -> None:
    filled = {label: n for label, n in row_counts().items() if n}
    if not filled:
        return
    if not force:
        rows = ", ".join(f"{label} {n}" for label, n in sorted(filled.items()))
        raise BackupError(
            f"the database is not empty ({rows}): restore into an empty, migrated database, "
            "or give --force to replace everything in it"
        )
    call_command("flush", interactive=False, verbosity=0)


def _check_counts(manifest: dict[str, Any]) -> None:
    loaded = row_counts()
    if loaded != manifest["counts"]:
        differ = sorted(
            k
            for k in loaded.keys() | manifest["counts"].keys()
            if loaded.get(k) != manifest["counts"].get(k)
        )
        raise BackupError(f"rows loaded differ from the archive's counts: {', '.join(differ)}")


def _write_document(archive: zipfile.ZipFile, name: str, sha: str) -> list[Path]:
    """The file under MEDIA_ROOT (kept if it is already there with the same bytes); the path,
    if this wrote a new file."""
    target = Path(settings.MEDIA_ROOT) / name
    existed = target.exists()
    if existed and sha256_of(target) == sha:
        return []
    target.parent.mkdir(parents=True, exist_ok=True)
    with archive.open(DOCUMENTS + name) as packed, target.open("wb") as unpacked:
        shutil.copyfileobj(packed, unpacked, CHUNK)
    return [] if existed else [target]
