"""The benchmark's generated meetings: the same every time, valid records, stored as ingested."""

from __future__ import annotations

import json

import jsonschema
import pytest
from benchmarks.generate import REVISED_EVERY, boards, meeting, record_count, records, revised

from gold import SHARED
from scrutiny.meetings.export import meeting_to_record
from scrutiny.record import Source
from scrutiny.search.backends import search


def dicts(count: int, seed: int = 7) -> list[dict[str, object]]:
    return [record.to_dict() for record in records(count, seed)]


def test_the_same_seed_gives_the_same_records() -> None:
    assert dicts(12) == dicts(12)
    assert dicts(12) != dicts(12, seed=8)


def test_fewer_meetings_are_the_first_of_more() -> None:
    assert dicts(REVISED_EVERY + 3)[:5] == dicts(5)
    assert len(dicts(REVISED_EVERY + 3)) == record_count(REVISED_EVERY + 3) == REVISED_EVERY + 4


def test_records_are_valid_and_shaped_like_notes() -> None:
    schema = json.loads((SHARED / "meeting-record.schema.json").read_text(encoding="utf-8"))
    for record in records(10):
        record.source = Source("notes.txt", "0" * 64, "txt")  # the loader's to fill
        jsonschema.validate(record.to_dict(), schema)
        assert 6 <= len(record.items) <= 8
        assert 1 <= len(record.actions) <= 4
        substantive = [i for i in record.items if len(i.sections[0].points) > 1]
        assert all(5 <= sum(len(s.points) for s in i.sections) <= 15 for i in substantive)


def test_boards_meet_quarterly_and_announce_the_next() -> None:
    board = boards()[0]
    first, second = meeting(1, board, 0), meeting(1, board, 1)
    assert first.next_meeting is not None and second.previous_meeting is not None
    assert first.next_meeting.date == second.date
    assert second.previous_meeting.date == first.date


@pytest.mark.django_db
def test_records_round_trip_through_storage() -> None:
    from benchmarks.load import store_generated

    generated = list(records(4))
    for record in generated:
        result = store_generated(record)
        assert result.outcome == "stored"
        assert meeting_to_record(result.meeting) == record.to_dict()
    again = revised(meeting(2025, boards()[0], 0))
    result = store_generated(again)
    assert result.outcome == "superseded"
    assert meeting_to_record(result.meeting) == again.to_dict()
    # Searchable as ingest leaves it: the current versions' points, and only theirs.
    said = {p.text for i in generated[1].items for s in i.sections for p in s.points}
    found = search(f'"{sorted(said)[0]}"')
    assert found.total >= 1
    assert all(hit.meeting.is_current for hit in found.hits)
