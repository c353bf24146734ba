"""What the open data may hold: published, current meetings, less their private items.

The API, the bulk downloads, the feeds and the alerts all read through these functions, which
narrow every queryset by `scrutiny.meetings.visibility`; nothing here reads a table unnarrowed.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from django.db.models import Exists, OuterRef, QuerySet

from scrutiny.actions.models import Action
from scrutiny.figures.models import Figure, Series
from scrutiny.meetings.export import record_of, with_record
from scrutiny.meetings.models import AgendaItem, Attendance, Board, Meeting, Paper, Point
from scrutiny.meetings.visibility import only_public, public_meetings
from scrutiny.record import MeetingRecord


def meetings() -> QuerySet[Meeting]:
    """Published meetings, every version (a superseded version stays readable by its id)."""
    return public_meetings().select_related("board", "organisation", "source")


def current_meetings() -> QuerySet[Meeting]:
    """Published meetings as they stand now: the current version of each."""
    return meetings().filter(is_current=True)


def boards() -> QuerySet[Board]:
    """Boards with at least one published meeting: a board known only from drafts stays
    unannounced."""
    return (
        Board.objects.filter(meetings__in=public_meetings().values("pk"))
        .select_related("organisation")
        .distinct()
        .order_by("name", "pk")
    )


def items() -> QuerySet[AgendaItem]:
    return only_public(AgendaItem.objects.filter(private=False), "meeting").filter(
        meeting__is_current=True
    )


def points() -> QuerySet[Point]:
    return only_public(
        Point.objects.filter(section__item__meeting__is_current=True),
        "section__item__meeting",
        "section__item",
    )


def papers() -> QuerySet[Paper]:
    return only_public(
        Paper.objects.filter(item__meeting__is_current=True), "item__meeting", "item"
    )


def attendance() -> QuerySet[Attendance]:
    return only_public(Attendance.objects.filter(meeting__is_current=True), "meeting")


def actions() -> QuerySet[Action]:
    """Actions of current published meetings, less those of private items."""
    return only_public(Action.objects.filter(meeting__is_current=True), "meeting", "item")


def figures() -> QuerySet[Figure]:
    return only_public(Figure.objects.filter(meeting__is_current=True), "meeting", "item")


def series() -> QuerySet[Series]:
    """Series (not merged away) with at least one public figure."""
    # EXISTS, not a join to IN (public figures) made DISTINCT: SQLite took 38 s for that at
    # 5,000 meetings, this 80 ms.
    public_figure = figures().filter(series=OuterRef("pk"))
    return (
        Series.objects.filter(Exists(public_figure), merged_into=None)
        .select_related("board")
        .order_by("board__name", "name", "pk")
    )


def record(meeting: Meeting) -> MeetingRecord:
    """The meeting's `scrutiny.meeting/1` record less its private items, and the actions and
    figures that belong to them. `meeting` must already be public (see `meetings`)."""
    return _public_record(with_record(Meeting.objects.filter(pk=meeting.pk)).get())


def records(meetings: QuerySet[Meeting], chunk: int) -> Iterator[MeetingRecord]:
    """`record` of each of `meetings` (public ones), read `chunk` meetings at a time."""
    for meeting in with_record(meetings).iterator(chunk_size=chunk):
        yield _public_record(meeting)


def _public_record(meeting: Meeting) -> MeetingRecord:
    """The record of a meeting fetched `with_record`, less what is private. Its items, actions
    and figures are the record's, one for one and in the same order, so each of the record's is
    left out with the row it was made from."""
    full = record_of(meeting)
    items = list(meeting.items.all())
    private_items = {item.pk for item in items if item.private}
    if not private_items:
        return full
    return replace(
        full,
        items=[r for r, row in zip(full.items, items, strict=True) if not row.private],
        actions=[
            r
            for r, row in zip(full.actions, meeting.actions.all(), strict=True)
            if row.item_id not in private_items
        ],
        figures=[
            r
            for r, row in zip(full.figures, meeting.figures.all(), strict=True)
            if row.item_id not in private_items
        ],
    )


def record_dict(meeting: Meeting) -> dict[str, Any]:
    return record(meeting).to_dict()
