"""When each board meets next: the earliest date after today that the board has, either a
stored meeting or the next meeting its latest notes announce."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date as Date

from django.db.models import Min

from scrutiny.meetings.models import Board, Meeting
from scrutiny.meetings.visibility import public_meetings


@dataclass(frozen=True)
class Announced:
    """The next meeting as a board's latest notes announce it."""

    date: Date
    time: str | None
    by: Meeting  # the notes that announce it


def next_meetings(today: Date) -> dict[int, Date]:
    """Board id -> the board's next meeting, for the boards that have one after today."""
    current = public_meetings().filter(is_current=True, board__isnull=False)
    found: dict[int, Date] = {
        row["board_id"]: row["first"]
        for row in current.filter(date__gt=today).values("board_id").annotate(first=Min("date"))
    }
    for board_id, announced in latest_announcements().items():
        if announced.date > today and announced.date < found.get(board_id, Date.max):
            found[board_id] = announced.date
    return found


def latest_announcements(board: Board | None = None) -> dict[int, Announced]:
    """Board id -> the next meeting announced by the board's latest notes that announce one.

    Only dated notes count: an undated meeting cannot be placed before or after the others.
    """
    announcing = public_meetings().filter(
        is_current=True, board__isnull=False, date__isnull=False, next_meeting_date__isnull=False
    )
    if board is not None:
        announcing = announcing.filter(board=board)
    latest: dict[int, Announced] = {}
    for meeting in announcing.order_by("board_id", "-date", "-pk"):
        assert meeting.board_id is not None and meeting.next_meeting_date is not None
        if meeting.board_id not in latest:
            latest[meeting.board_id] = Announced(
                meeting.next_meeting_date, meeting.next_meeting_time, meeting
            )
    return latest


def boards_without(next_dates: dict[int, Date], only: Board | None = None) -> list[Board]:
    """The boards (or `only`) with no known next meeting, whose actions the view cannot place."""
    boards = Board.objects.exclude(pk__in=list(next_dates)).order_by("name")
    return list(boards.filter(pk=only.pk) if only else boards)


def boards_with(next_dates: dict[int, Date], only: Board | None = None) -> list[tuple[Board, Date]]:
    """The boards (or `only`) that have a next meeting, with its date."""
    boards = Board.objects.filter(pk__in=list(next_dates)).order_by("name")
    if only is not None:
        boards = boards.filter(pk=only.pk)
    return [(board, next_dates[board.pk]) for board in boards]
