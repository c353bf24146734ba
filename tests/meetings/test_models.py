"""Meetings stored and read back: the record survives the database, field for field."""

from __future__ import annotations

import pytest
from django.db import IntegrityError, transaction

from conftest import BoardHistory
from factories import OFFICE, make_record, store_record, stored_meeting
from scrutiny.meetings.export import meeting_to_record
from scrutiny.meetings.models import Board, Meeting, Organisation, Person
from scrutiny.meetings.services import board_named
from scrutiny.record import NextMeeting, PreviousMeeting

pytestmark = pytest.mark.django_db


def test_a_stored_meeting_gives_its_record_back() -> None:
    record = make_record()
    meeting = store_record(record).meeting
    assert meeting_to_record(meeting) == record.to_dict()


@pytest.mark.parametrize(
    "fields",
    [
        {"previous_meeting": None, "next_meeting": None},
        {
            "previous_meeting": PreviousMeeting(None, None),
            "next_meeting": NextMeeting(None, "10am"),
        },
        {"board": None, "date": None, "organisation": None, "venue": None},
        {"items": [], "actions": [], "figures": [], "attendees": [], "apologies": []},
    ],
)
def test_what_the_notes_leave_out_stays_left_out(fields: dict[str, object]) -> None:
    record = make_record(**fields)
    assert meeting_to_record(store_record(record).meeting) == record.to_dict()


def test_people_and_offices_are_stored_once() -> None:
    stored_meeting(date="2024-12-11")
    stored_meeting(date="2025-02-19")
    assert Person.objects.filter(name="Tim Smith").count() == 1
    assert Organisation.objects.filter(name=OFFICE).count() == 1
    assert Board.objects.count() == 1


def test_boards_of_the_same_name_in_two_offices_get_their_own_slugs() -> None:
    kent = Organisation.objects.create(name="Kent OPCC")
    essex = Organisation.objects.create(name="Essex PFCC")
    first = board_named("Accountability Board", kent)
    second = board_named("Accountability Board", essex)
    third = board_named("Accountability Board", None)
    assert first is not None and second is not None and third is not None
    assert first.slug == "accountability-board"
    assert second.slug == "accountability-board-essex-pfcc"
    assert third.slug == "accountability-board-2"
    assert board_named("Accountability Board", kent) == first


def test_the_database_allows_one_current_version_per_board_and_date(
    board_history: BoardHistory,
) -> None:
    february = board_history.february
    with pytest.raises(IntegrityError), transaction.atomic():
        Meeting.objects.create(
            source=board_history.december.source,  # any source; the constraint fires first
            board=february.board,
            date=february.date,
            version=9,
        )


def test_the_history_fixture_has_one_superseded_version(board_history: BoardHistory) -> None:
    current = Meeting.objects.filter(board=board_history.board, is_current=True)
    assert set(current) == {board_history.december, board_history.february}
    assert board_history.february_first.superseded_by == board_history.february
    assert str(board_history.february) == "Performance & Delivery Board, 2025-02-19 (version 2)"
