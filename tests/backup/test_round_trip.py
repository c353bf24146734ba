"""Backup then restore loses nothing: every meeting's record, every document's bytes, every
uploaded paper's, the accounts and the search index, on whichever database the suite runs on."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from django.contrib.auth.models import Group, Permission, User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import override_settings

from authoring.authored import authored_meeting
from gold import SEED_NAMES, SEEDS
from scrutiny.authoring.models import UploadedPaper
from scrutiny.authoring.papers import upload_paper
from scrutiny.backup.archive import backup
from scrutiny.backup.manifest import BackupError
from scrutiny.backup.restore import restore
from scrutiny.ingestion.models import SourceDocument
from scrutiny.ingestion.services import ingest
from scrutiny.meetings.export import meeting_to_record
from scrutiny.meetings.models import Meeting
from scrutiny.search.models import Entry

pytestmark = pytest.mark.django_db(transaction=True)


def store_everything(authored: bool = False) -> None:
    """The seeds, a second version of one; with `authored`, a board run here (its two
    meetings, one published) and a paper uploaded for an item."""
    if authored:
        written = authored_meeting()
        upload_paper(written.delivery, SimpleUploadedFile("report.pdf", b"%PDF-1.4 report"))
    for name in SEED_NAMES:
        path = SEEDS / f"{name}.txt"
        ingest(path.read_bytes(), path.name)
    # A second version of one meeting, so a superseded version and its history are kept too.
    first = SEEDS / f"{SEED_NAMES[-1]}.txt"
    ingest(first.read_bytes() + b"\nCorrected after the meeting.\n", first.name)
    editors = Group.objects.create(name="editors")
    editors.permissions.add(Permission.objects.get(codename="change_meeting"))
    reviewer = User.objects.create_user("reviewer", password="a-long-test-password", is_staff=True)
    reviewer.groups.add(editors)


def everything() -> dict[str, Any]:
    """What must survive: each meeting's record (all versions), each document's bytes."""
    return {
        "meetings": {
            m.pk: (m.is_current, meeting_to_record(m)) for m in Meeting.objects.order_by("pk")
        },
        "documents": {
            d.pk: (d.sha256, d.name, d.file.name, Path(d.file.path).read_bytes())
            for d in SourceDocument.objects.order_by("pk")
        },
        "papers": {
            u.pk: (u.name, u.paper.url, u.file.name, Path(u.file.path).read_bytes())
            for u in UploadedPaper.objects.order_by("pk")
        },
        "users": [
            (u.username, u.password, u.is_staff, [g.name for g in u.groups.all()])
            for u in User.objects.order_by("pk")
        ],
        "group_permissions": sorted(
            Group.objects.values_list("name", "permissions__codename").order_by()
        ),
        # Of published meetings: rebuilding the index (as restoring does) also indexes notes not
        # yet published, which search never shows.
        "search_entries": sorted(
            Entry.objects.filter(meeting__status=Meeting.PUBLISHED).values_list(
                "meeting_id", "kind", "text"
            )
        ),
    }


def test_backup_then_restore_into_a_fresh_database_loses_nothing(tmp_path: Path) -> None:
    store_everything(authored=True)
    before = everything()
    assert len(before["meetings"]) == len(SEED_NAMES) + 3
    assert len(before["papers"]) == 1
    archive = tmp_path / "scrutiny-backup.zip"

    manifest = backup(archive)

    assert manifest["counts"]["meetings.Meeting"] == len(before["meetings"])
    assert {d["sha256"] for d in manifest["documents"]} >= {
        sha for sha, *_ in before["documents"].values()
    }
    assert len(manifest["documents"]) == len(before["documents"]) + len(before["papers"])
    call_command("flush", interactive=False, verbosity=0)  # a fresh, migrated database
    assert not Meeting.objects.exists()
    with override_settings(MEDIA_ROOT=tmp_path / "fresh-documents"):
        restore(archive)
        after = everything()
        paths = [Path(d.file.path) for d in SourceDocument.objects.all()]
        paths += [Path(u.file.path) for u in UploadedPaper.objects.all()]
    assert after == before
    assert paths
    assert all(path.is_relative_to(tmp_path / "fresh-documents") for path in paths)


def test_restore_refuses_a_database_with_rows_unless_forced(tmp_path: Path) -> None:
    store_everything()
    before = everything()
    archive = tmp_path / "backup.zip"
    backup(archive)
    ingest(b"Extra notes stored after the backup.\n", "extra.txt")

    with pytest.raises(BackupError, match="the database is not empty"):
        restore(archive)
    assert Meeting.objects.count() == len(before["meetings"]) + 1

    restore(archive, force=True)
    assert everything() == before


def test_restore_refuses_a_document_that_does_not_match_its_hash(tmp_path: Path) -> None:
    store_everything()
    archive = tmp_path / "backup.zip"
    backup(archive)
    tampered = tmp_path / "tampered.zip"
    with zipfile.ZipFile(archive) as source, zipfile.ZipFile(tampered, "w") as target:
        manifest = json.loads(source.read("manifest.json"))
        victim = "documents/" + manifest["documents"][0]["path"]
        for entry in source.infolist():
            data = source.read(entry)
            target.writestr(entry, data + b"tampered" if entry.filename == victim else data)
    call_command("flush", interactive=False, verbosity=0)

    with (
        override_settings(MEDIA_ROOT=tmp_path / "fresh"),
        pytest.raises(BackupError, match="does not match its SHA-256"),
    ):
        restore(tampered)
    assert not Meeting.objects.exists()
    assert not (tmp_path / "fresh").exists()
