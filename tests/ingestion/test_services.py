"""Ingest: idempotent by content, new versions supersede, and failures store nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from django.db import IntegrityError

from factories import snapshot
from gold import SEED_NAMES, SEEDS
from scrutiny.extract import extract
from scrutiny.ingestion import services
from scrutiny.ingestion.errors import IngestFailed
from scrutiny.ingestion.models import SourceDocument
from scrutiny.ingestion.services import ingest
from scrutiny.ingestion.version import EXTRACTOR_VERSION
from scrutiny.meetings.export import meeting_to_record
from scrutiny.meetings.models import Meeting
from scrutiny.read import read_path

pytestmark = pytest.mark.django_db

FEBRUARY = SEEDS / "001_73932fbdd1a170a5.txt"  # states its date, 2025-02-19
UNDATED = SEEDS / "000_5744fa4e60daa063.txt"  # the 2018 notes state no date


def revised(path: Path, note: str = "Corrected after the meeting.") -> bytes:
    """Another version of the same notes: the same meeting, a different document."""
    return path.read_bytes() + f"\n{note}\n".encode()


@pytest.mark.parametrize("name", SEED_NAMES)
def test_ingest_then_export_gives_the_extractors_record(name: str) -> None:
    path = SEEDS / f"{name}.txt"
    result = ingest(path.read_bytes(), path.name)
    assert result.outcome == "stored"
    assert meeting_to_record(result.meeting) == extract(read_path(path)).to_dict()


def test_the_source_document_is_kept_with_its_hash_and_extractor(media_root: Path) -> None:
    meeting = ingest(FEBRUARY.read_bytes(), FEBRUARY.name, origin=str(FEBRUARY)).meeting
    source = meeting.source
    assert (source.name, source.format, source.size) == (
        FEBRUARY.name,
        "txt",
        FEBRUARY.stat().st_size,
    )
    assert source.extractor_version == EXTRACTOR_VERSION
    assert source.origin == str(FEBRUARY)
    assert Path(source.file.path).read_bytes() == FEBRUARY.read_bytes()
    assert Path(source.file.path).is_relative_to(media_root)


def test_the_same_document_twice_changes_nothing() -> None:
    first = ingest(FEBRUARY.read_bytes(), FEBRUARY.name)
    before = snapshot()
    again = ingest(FEBRUARY.read_bytes(), "renamed.txt")
    assert again.outcome == "unchanged"
    assert again.meeting == first.meeting
    assert snapshot() == before


def test_a_new_version_supersedes_and_the_old_is_kept() -> None:
    first = ingest(FEBRUARY.read_bytes(), FEBRUARY.name).meeting
    second = ingest(revised(FEBRUARY), FEBRUARY.name)
    assert second.outcome == "superseded"
    assert second.replaced == first
    first.refresh_from_db()
    assert (first.is_current, first.superseded_by, first.version) == (False, second.meeting, 1)
    assert (second.meeting.is_current, second.meeting.version) == (True, 2)

    third = ingest(revised(FEBRUARY, "Corrected again."), FEBRUARY.name).meeting
    history = Meeting.objects.filter(board=third.board, date=third.date).order_by("version")
    assert [(m.version, m.is_current) for m in history] == [(1, False), (2, False), (3, True)]
    assert ingest(FEBRUARY.read_bytes(), FEBRUARY.name).outcome == "unchanged"
    assert Meeting.objects.get(is_current=True, date=third.date) == third


def test_meetings_without_a_date_are_known_by_their_document_alone() -> None:
    first = ingest(UNDATED.read_bytes(), UNDATED.name)
    second = ingest(revised(UNDATED), UNDATED.name)
    assert (first.outcome, second.outcome) == ("stored", "stored")
    assert Meeting.objects.filter(is_current=True).count() == 2


def test_date_and_board_fill_only_what_the_notes_leave_out() -> None:
    undated = ingest(UNDATED.read_bytes(), UNDATED.name, date="2018-12-12", board="Other").meeting
    assert str(undated.date) == "2018-12-12"
    assert undated.board is not None and undated.board.name == "Performance & Delivery Board"
    later = ingest(revised(UNDATED), UNDATED.name, date="2018-12-12")
    assert later.outcome == "superseded"
    dated = ingest(FEBRUARY.read_bytes(), FEBRUARY.name, date="2000-01-01").meeting
    assert str(dated.date) == "2025-02-19"


def test_an_unreadable_document_is_refused_with_its_reason() -> None:
    with pytest.raises(IngestFailed, match="empty document"):
        ingest(b"   \n", "blank.txt")
    assert not SourceDocument.objects.exists()


def test_a_crash_in_extraction_stores_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    before = snapshot()

    def broken(*args: Any, **kwargs: Any) -> None:
        raise KeyError("surprise")

    monkeypatch.setattr(services, "extract", broken)
    with pytest.raises(IngestFailed, match=r"could not be read into a meeting \(KeyError"):
        ingest(FEBRUARY.read_bytes(), FEBRUARY.name)
    assert snapshot() == before


def _fail_after_the_meeting_is_stored(
    monkeypatch: pytest.MonkeyPatch, error: BaseException
) -> None:
    def broken(meeting: Meeting, figures: object, layout: object = None) -> None:
        assert Meeting.objects.filter(pk=meeting.pk).exists()  # the failure really is midway
        raise error

    monkeypatch.setattr(services, "new_figures", broken)


def test_a_failure_midway_leaves_the_database_and_media_as_they_were(
    monkeypatch: pytest.MonkeyPatch, media_root: Path
) -> None:
    ingest(FEBRUARY.read_bytes(), FEBRUARY.name)  # so a failed new version has one to supersede
    before = snapshot()
    files = sorted(p for p in media_root.rglob("*") if p.is_file())
    _fail_after_the_meeting_is_stored(monkeypatch, RuntimeError("disk on fire"))
    with pytest.raises(RuntimeError):
        ingest(revised(FEBRUARY), FEBRUARY.name)
    assert snapshot() == before
    assert sorted(p for p in media_root.rglob("*") if p.is_file()) == files


def test_a_database_error_is_reported_as_a_failure(monkeypatch: pytest.MonkeyPatch) -> None:
    before = snapshot()
    _fail_after_the_meeting_is_stored(monkeypatch, IntegrityError("duplicate key"))
    with pytest.raises(IngestFailed, match=r"could not be stored \(IntegrityError: duplicate key"):
        ingest(FEBRUARY.read_bytes(), FEBRUARY.name)
    assert snapshot() == before


@pytest.mark.django_db(transaction=True)
def test_a_failure_rolls_back_a_real_transaction(monkeypatch: pytest.MonkeyPatch) -> None:
    # No wrapping test transaction: the rollback is the database's own, not a savepoint's.
    ingest(UNDATED.read_bytes(), UNDATED.name)
    before = snapshot()
    _fail_after_the_meeting_is_stored(monkeypatch, RuntimeError("midway"))
    with pytest.raises(RuntimeError):
        ingest(FEBRUARY.read_bytes(), FEBRUARY.name)
    assert snapshot() == before


def test_corrections_from_a_review_replace_what_the_notes_say() -> None:
    corrections = services.Corrections(
        board="Accountability Board", date="2025-02-20", time="10am", venue=None
    )
    meeting = ingest(FEBRUARY.read_bytes(), FEBRUARY.name, corrections=corrections).meeting
    assert meeting.board is not None and meeting.board.name == "Accountability Board"
    assert meeting.date is not None and meeting.date.isoformat() == "2025-02-20"
    assert (meeting.time, meeting.venue) == ("10am", None)
    assert meeting.items.count() == 7  # the rest is as read
