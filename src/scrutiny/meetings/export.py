"""A stored meeting back into its `scrutiny.meeting/1` record.

Built through the core's record types, so the stored meeting and the extractor's record share
one definition of the format: ingest then export gives the extractor's record back.
"""

from __future__ import annotations

from datetime import date as Date
from typing import Any, cast

from django.db.models import Prefetch, QuerySet

from scrutiny.actions.models import Action as ActionRow
from scrutiny.meetings.models import Attendance, Located, Meeting, Point
from scrutiny.record import (
    Action,
    Discharged,
    Figure,
    Item,
    Kind,
    MeetingRecord,
    NextMeeting,
    Person,
    PreviousMeeting,
    Section,
    Source,
    Status,
    Where,
)
from scrutiny.record import Point as RecordPoint

# Everything a record reads, in a fixed number of queries whatever the meeting's size.
RECORD_PREFETCH = (
    "attendance__person__organisation",
    "discharged",
    "items__papers",
    Prefetch("items__sections__points", queryset=Point.objects.prefetch_related("speakers")),
    # Only the notes' own action log: a commitment staff accepted is shown with the actions
    # but was never in the notes, and the record must be exactly what the extractor read.
    Prefetch("actions", queryset=ActionRow.objects.filter(origin=ActionRow.FROM_RECORD)),
    "figures",
)


def meeting_to_record(meeting: Meeting) -> dict[str, Any]:
    """The meeting's record as JSON-ready data, exactly as `scrutiny extract --json` gives it."""
    return meeting_record(meeting).to_dict()


def meeting_record(meeting: Meeting) -> MeetingRecord:
    return record_of(with_record(Meeting.objects.filter(pk=meeting.pk)).get())


def with_record(meetings: QuerySet[Meeting]) -> QuerySet[Meeting]:
    """`meetings` with all their records read, a fixed number of queries for any number of
    meetings (a chunk's, when iterated in chunks)."""
    return meetings.select_related("source", "organisation", "board").prefetch_related(
        *RECORD_PREFETCH
    )


def record_of(meeting: Meeting) -> MeetingRecord:
    """The record of a meeting fetched `with_record`."""
    source = meeting.source
    attendance = list(meeting.attendance.all())
    return MeetingRecord(
        source=Source(source.name, source.sha256, source.format) if source else None,
        organisation=meeting.organisation.name if meeting.organisation else None,
        board=meeting.board.name if meeting.board else None,
        date=_iso(meeting.date),
        time=meeting.time,
        venue=meeting.venue,
        attendees=[_person(a) for a in attendance if a.kind == Attendance.PRESENT],
        apologies=[_person(a) for a in attendance if a.kind == Attendance.APOLOGIES],
        previous_meeting=(
            PreviousMeeting(_iso(meeting.previous_meeting_date), meeting.previous_meeting_approved)
            if meeting.previous_meeting_stated
            else None
        ),
        discharged=[Discharged(d.text, d.note) for d in meeting.discharged.all()],
        items=[
            Item(
                number=item.number,
                title=item.title,
                presenter=item.presenter,
                papers=[paper.url for paper in item.papers.all()],
                sections=[
                    Section(section.heading, [_point(p) for p in section.points.all()])
                    for section in item.sections.all()
                ],
            )
            for item in meeting.items.all()
        ],
        actions=[
            Action(
                text=a.text,
                owner=a.owner,
                due=_iso(a.due),
                status=cast(Status | None, a.status),
                item=a.item_number,
                where=_where(a),
            )
            for a in meeting.actions.all()
        ],
        figures=[
            Figure(f.text, f.value, f.unit, f.subject, f.item_number, _where(f))
            for f in meeting.figures.all()
        ],
        next_meeting=(
            NextMeeting(_iso(meeting.next_meeting_date), meeting.next_meeting_time)
            if meeting.next_meeting_stated
            else None
        ),
    )


def _person(attendance: Attendance) -> Person:
    person = attendance.person
    return Person(
        name=person.name,
        role=attendance.role,
        abbreviation=attendance.abbreviation,
        organisation=person.organisation.name if person.organisation else None,
    )


def _point(point: Point) -> RecordPoint:
    return RecordPoint(
        text=point.text,
        kind=cast(Kind, point.kind),
        speakers=[speaker.name for speaker in point.speakers.all()],
        where=_where(point),
    )


def _where(row: Located) -> Where | None:
    return Where(line=row.line, page=row.page) if row.line is not None else None


def _iso(day: Date | None) -> str | None:
    return day.isoformat() if day else None
