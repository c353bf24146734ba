"""A board's page: its meetings (current versions), by year."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count, Q
from django.shortcuts import get_object_or_404

from scrutiny.meetings.models import Board, Meeting
from scrutiny.meetings.visibility import public_meetings
from scrutiny.web.queries.agenda import agendas_of


@dataclass(frozen=True)
class Year:
    year: int | None  # None: meetings whose notes state no date
    meetings: list[Meeting]


@dataclass(frozen=True)
class BoardPage:
    board: Board
    years: list[Year]
    meeting_count: int
    agendas: list[Meeting]  # meetings whose agenda is published and notes are not yet


# An action of a private item is not counted for the public.
_public_actions = Q(actions__item__isnull=True) | Q(actions__item__private=False)


def board_page(slug: str) -> BoardPage:
    board = get_object_or_404(Board.objects.select_related("organisation"), slug=slug)
    meetings = list(
        public_meetings()
        .filter(board=board, is_current=True)
        .select_related("source")
        .annotate(
            item_count=Count("items", filter=Q(items__private=False), distinct=True),
            action_count=Count("actions", filter=_public_actions, distinct=True),
            open_count=Count(
                "actions",
                filter=Q(actions__state="open") & _public_actions,
                distinct=True,
            ),
        )
        .order_by("-date", "-pk")
    )
    years: list[Year] = []
    for meeting in meetings:
        year = meeting.date.year if meeting.date else None
        if not years or years[-1].year != year:
            years.append(Year(year, []))
        years[-1].meetings.append(meeting)
    # Dated years newest first; the undated, which the database puts first or last, at the end.
    years.sort(key=lambda y: (y.year is None, -(y.year or 0)))
    return BoardPage(board, years, len(meetings), agendas_of(board))
