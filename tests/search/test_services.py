"""The index follows the meetings: stored, superseded, failed, deleted, rebuilt."""

from __future__ import annotations

from collections.abc import Callable
from io import StringIO
from typing import Any

import pytest
from django.core.management import call_command
from django.db import connection

from conftest import BoardHistory
from factories import make_record, snapshot, store_record, stored_meeting
from scrutiny.ingestion import services as ingestion
from scrutiny.ingestion.errors import IngestFailed
from scrutiny.ingestion.services import ingest
from scrutiny.search.backends import search
from scrutiny.search.models import Entry

pytestmark = pytest.mark.django_db


def index() -> list[tuple[Any, ...]]:
    return sorted(Entry.objects.values_list("meeting_id", "kind", "text"))


def check_fts5() -> None:
    """SQLite: FTS5's own check of its index against search_entry, which raises if they differ
    (PostgreSQL keeps each row's vector in the row: nothing there can drift)."""
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("INSERT INTO search_fts(search_fts, rank) VALUES ('integrity-check', 1)")


def test_a_stored_meeting_is_indexed_whole() -> None:
    meeting = stored_meeting()
    kinds = sorted(Entry.objects.filter(meeting=meeting).values_list("kind", flat=True))
    # Items: Welcome, Delivery & Performance; points: three; actions: two; figures: two.
    assert kinds == ["action"] * 2 + ["figure"] * 2 + ["item"] * 2 + ["point"] * 3
    check_fts5()


def test_a_new_version_replaces_the_old_in_the_same_ingest(
    meeting_saying: Callable[..., Any],
) -> None:
    first = meeting_saying("A zebra crossing was discussed.")
    assert search("zebra").total == 1
    second = meeting_saying("A pelican crossing was discussed.")  # same board and date
    first.refresh_from_db()
    assert first.superseded_by == second
    assert not Entry.objects.filter(meeting=first).exists()
    assert search("zebra").total == 0
    assert [h.meeting for h in search("pelican").hits] == [second]
    check_fts5()


def test_a_failed_ingest_leaves_the_index_as_it_was(monkeypatch: pytest.MonkeyPatch) -> None:
    stored_meeting(date="2024-12-11")
    before, rows = index(), snapshot()

    def fail(*args: object) -> None:
        raise ValueError("the disk is full")

    monkeypatch.setattr(ingestion, "new_figures", fail)
    with pytest.raises(ValueError):
        store_record(make_record(date="2024-12-11", venue="Online"))  # would supersede it
    assert (index(), snapshot()) == (before, rows)
    assert search("knife").total == 1


def test_a_failure_to_index_stores_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    rows = snapshot()

    def fail(*args: object) -> None:
        raise OSError("no room for the index")

    monkeypatch.setattr(ingestion, "index_stored", fail)
    with pytest.raises(IngestFailed):
        ingest(b"Performance & Delivery Board\n19 February 2025\n", "notes.txt")
    assert snapshot() == rows
    assert not Entry.objects.exists()


def test_a_deleted_meeting_leaves_no_trace_in_the_index(board_history: BoardHistory) -> None:
    board_history.december.delete()
    assert {h.meeting for h in search("knife").hits} == {board_history.february}
    check_fts5()


def test_reindex_rebuilds_from_the_current_meetings(board_history: BoardHistory) -> None:
    expected = index()
    Entry.objects.all().delete()
    assert search("knife").total == 0
    out = StringIO()
    call_command("reindex", stdout=out)
    assert index() == expected
    assert {h.meeting for h in search("knife").hits} == {
        board_history.december,
        board_history.february,
    }
    assert out.getvalue() == f"Indexed {len(expected)} things from 2 current meetings.\n"
    check_fts5()
