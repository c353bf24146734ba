"""Writes to boards and meetings: every row this app stores is made here.

The caller holds the transaction (see `scrutiny.ingestion.services`): a meeting is stored whole
or not at all.
"""

from __future__ import annotations

from datetime import date as Date

from django.utils.text import slugify

from scrutiny.ingestion.models import SourceDocument
from scrutiny.meetings.models import (
    AgendaItem,
    Attendance,
    Board,
    Discharged,
    Meeting,
    Organisation,
    Paper,
    Person,
    Point,
    Section,
    Speaker,
)
from scrutiny.record import Item, MeetingRecord
from scrutiny.record import Person as RecordPerson

SLUG_LENGTH = 100


def add_meeting(record: MeetingRecord, source: SourceDocument) -> tuple[Meeting, Meeting | None]:
    """Store the meeting of `record`, read from `source`; return it and the version it replaced.

    Actions and figures are stored by their own apps.
    """
    organisation = organisation_named(record.organisation)
    board = board_named(record.board, organisation)
    meeting = Meeting(
        source=source,
        organisation=organisation,
        board=board,
        date=parse_date(record.date),
        time=record.time,
        venue=record.venue,
    )
    _set_previous_and_next(meeting, record)
    replaced = _current_version(board, meeting.date)
    if replaced is not None:
        # Off first: the database allows one current version per board and date.
        replaced.is_current = False
        replaced.save(update_fields=["is_current"])
        meeting.version = replaced.version + 1
    meeting.save()
    if replaced is not None:
        replaced.superseded_by = meeting
        replaced.save(update_fields=["superseded_by"])
    _add_attendance(meeting, record.attendees, Attendance.PRESENT)
    _add_attendance(meeting, record.apologies, Attendance.APOLOGIES)
    Discharged.objects.bulk_create(
        Discharged(meeting=meeting, position=i, text=d.text, note=d.note)
        for i, d in enumerate(record.discharged)
    )
    for position, item in enumerate(record.items):
        _add_item(meeting, position, item)
    return meeting, replaced


def items_by_number(meeting: Meeting) -> dict[str, AgendaItem]:
    """The meeting's items by number; where a number repeats, the first item has it."""
    found: dict[str, AgendaItem] = {}
    for item in meeting.items.order_by("position"):
        if item.number is not None:
            found.setdefault(item.number, item)
    return found


def parse_date(text: str | None) -> Date | None:
    """An ISO date of the record (the record never guesses, so neither does this)."""
    return Date.fromisoformat(text) if text else None


def organisation_named(name: str | None) -> Organisation | None:
    if not name:
        return None
    organisation, _ = Organisation.objects.get_or_create(name=name)
    return organisation


def board_named(name: str | None, organisation: Organisation | None) -> Board | None:
    """The board of that name in that office, made on first sight with a slug of its own."""
    if not name:
        return None
    board = Board.objects.filter(name=name, organisation=organisation).first()
    if board is None:
        board = Board.objects.create(
            name=name, organisation=organisation, slug=_free_slug(name, organisation)
        )
    return board


def _free_slug(name: str, organisation: Organisation | None) -> str:
    # The board's name alone reads best; offices share board names, so the office's name
    # comes in only when needed, and a number after that.
    candidates = [slugify(name)[:SLUG_LENGTH] or "board"]
    if organisation is not None:
        candidates.append(slugify(f"{name} {organisation.name}")[:SLUG_LENGTH])
    for candidate in candidates:
        if not Board.objects.filter(slug=candidate).exists():
            return candidate
    number = 2
    while Board.objects.filter(slug=f"{candidates[0]}-{number}").exists():
        number += 1
    return f"{candidates[0]}-{number}"


def _current_version(board: Board | None, date: Date | None) -> Meeting | None:
    if board is None or date is None:
        return None
    # Locked, so two ingests of the same meeting cannot both supersede it (PostgreSQL).
    return (
        Meeting.objects.select_for_update().filter(board=board, date=date, is_current=True).first()
    )


def _set_previous_and_next(meeting: Meeting, record: MeetingRecord) -> None:
    if record.previous_meeting is not None:
        meeting.previous_meeting_stated = True
        meeting.previous_meeting_date = parse_date(record.previous_meeting.date)
        meeting.previous_meeting_approved = record.previous_meeting.approved
    if record.next_meeting is not None:
        meeting.next_meeting_stated = True
        meeting.next_meeting_date = parse_date(record.next_meeting.date)
        meeting.next_meeting_time = record.next_meeting.time


def _add_attendance(meeting: Meeting, people: list[RecordPerson], kind: str) -> None:
    Attendance.objects.bulk_create(
        Attendance(
            meeting=meeting,
            person=_person(p),
            kind=kind,
            position=position,
            role=p.role,
            abbreviation=p.abbreviation,
        )
        for position, p in enumerate(people)
    )


def _person(person: RecordPerson) -> Person:
    organisation = organisation_named(person.organisation)
    found = Person.objects.filter(name=person.name, organisation=organisation).first()
    return found or Person.objects.create(name=person.name, organisation=organisation)


def _add_item(meeting: Meeting, position: int, item: Item) -> None:
    stored = AgendaItem.objects.create(
        meeting=meeting,
        position=position,
        number=item.number,
        title=item.title,
        presenter=item.presenter,
    )
    Paper.objects.bulk_create(
        Paper(item=stored, position=i, url=url) for i, url in enumerate(item.papers)
    )
    # A few inserts per item, not one per point and per speaker: both databases return the
    # new rows' keys from a bulk insert, which the speakers need.
    sections = Section.objects.bulk_create(
        Section(item=stored, position=i, heading=section.heading)
        for i, section in enumerate(item.sections)
    )
    points = Point.objects.bulk_create(
        Point(
            section=stored_section,
            position=i,
            text=point.text,
            kind=point.kind,
            page=point.where.page if point.where else None,
            line=point.where.line if point.where else None,
        )
        for stored_section, section in zip(sections, item.sections, strict=True)
        for i, point in enumerate(section.points)
    )
    said = [point for section in item.sections for point in section.points]
    Speaker.objects.bulk_create(
        Speaker(point=stored_point, position=i, name=name)
        for stored_point, point in zip(points, said, strict=True)
        for i, name in enumerate(point.speakers)
    )
