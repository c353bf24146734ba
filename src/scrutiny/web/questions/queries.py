"""What the commitment pages show: the candidates waiting for staff, by board and meeting, and
what an accepted one's action is prefilled with."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date as Date
from itertools import groupby

from django.core.paginator import Page, Paginator
from django.db.models import F, QuerySet

from scrutiny.extract.roles import ROLE_ABBREVIATIONS
from scrutiny.follow.answers import sentences
from scrutiny.meetings.models import Attendance, Board, Meeting
from scrutiny.questions.models import Commitment

PER_PAGE = 50


@dataclass(frozen=True)
class MeetingGroup:
    meeting: Meeting
    commitments: list[Commitment]


@dataclass(frozen=True)
class BoardGroup:
    board: Board | None
    meetings: list[MeetingGroup] = field(default_factory=list)


def pending() -> QuerySet[Commitment]:
    """Every candidate waiting for a decision, in current meetings: boards by name, each
    board's latest meeting first, and in the notes' order within a meeting."""
    return (
        Commitment.objects.filter(decision=Commitment.PENDING, meeting__is_current=True)
        .select_related("meeting__board", "meeting__source", "point")
        .order_by(
            F("meeting__board__name").asc(nulls_last=True),
            "meeting__board_id",
            F("meeting__date").desc(nulls_last=True),
            "meeting_id",
            "point__section__item__position",
            "point__section__position",
            "point__position",
            "kind",
        )
    )


def page_of(number: str | None) -> Page[Commitment]:
    return Paginator(pending(), PER_PAGE).get_page(number)


def grouped(commitments: list[Commitment]) -> list[BoardGroup]:
    groups: list[BoardGroup] = []
    for _, by_board in groupby(commitments, key=lambda c: c.meeting.board_id):
        rows = list(by_board)
        board = BoardGroup(rows[0].meeting.board)
        for _, by_meeting in groupby(rows, key=lambda c: c.meeting_id):
            found = list(by_meeting)
            board.meetings.append(MeetingGroup(found[0].meeting, found))
        groups.append(board)
    return groups


def action_text(commitment: Commitment) -> str:
    """The sentence that makes the promise: the action, before staff word it better."""
    found = next((s for s in sentences(commitment.statement) if commitment.phrase in s), None)
    return found or commitment.statement


def owner_for(commitment: Commitment) -> str:
    """Who the speaker is, as action logs name owners: their role at the meeting ("Chief
    Constable"), else the label the notes use."""
    label = commitment.speaker or ""
    if not label:
        return ""
    role = (
        Attendance.objects.filter(meeting_id=commitment.meeting_id, abbreviation=label)
        .exclude(role=None)
        .values_list("role", flat=True)
        .first()
    )
    if role:
        return role
    return next((title for title, abbr in ROLE_ABBREVIATIONS.items() if abbr == label), label)


def due_for(commitment: Commitment) -> Date | None:
    """The board's next meeting, when the notes give its date: when the promise falls due."""
    return commitment.meeting.next_meeting_date
