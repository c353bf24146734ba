"""The home page: boards, next meetings, open and overdue actions, latest meetings."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date as Date

from django.db.models import Count, Max, Q, QuerySet

from scrutiny.actions.models import Action
from scrutiny.meetings.models import Board, Meeting
from scrutiny.meetings.visibility import public_meetings
from scrutiny.web.queries.actions import current_actions, overdue_on, with_due_by

LATEST = 10
OVERDUE_SHOWN = 10


@dataclass(frozen=True)
class Home:
    boards: Sequence[Board]  # with meeting_count and last_date
    next_meetings: list[Meeting]
    open_count: int
    overdue_count: int
    overdue: list[Action]
    latest: list[Meeting]


def home(today: Date) -> Home:
    current = Q(meetings__is_current=True, meetings__status=Meeting.PUBLISHED)
    boards = list(
        Board.objects.select_related("organisation")
        .annotate(
            meeting_count=Count("meetings", filter=current),
            last_date=Max("meetings__date", filter=current),
        )
        .order_by("name")
    )
    open_actions = current_actions().filter(state=Action.OPEN)
    overdue = with_due_by(open_actions.filter(overdue_on(today)))
    return Home(
        boards=boards,
        next_meetings=_next_meetings(today),
        open_count=open_actions.count(),
        overdue_count=overdue.count(),
        overdue=list(overdue.order_by("due_by", "pk")[:OVERDUE_SHOWN]),
        latest=list(_current_meetings().exclude(date=None).order_by("-date", "-pk")[:LATEST]),
    )


def _current_meetings() -> QuerySet[Meeting]:
    return public_meetings().filter(is_current=True).select_related("board", "organisation")


def _next_meetings(today: Date) -> list[Meeting]:
    """Each board's next meeting, as the notes of its latest meeting announced it."""
    latest_per_board: dict[int | None, Meeting] = {}
    announced = _current_meetings().filter(next_meeting_date__gte=today).exclude(board=None)
    for meeting in announced.order_by("-date"):
        latest_per_board.setdefault(meeting.board_id, meeting)
    return sorted(latest_per_board.values(), key=lambda m: (m.next_meeting_date, m.pk))
