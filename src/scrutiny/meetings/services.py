"""Writes to boards and meetings: every row this app stores is made here.

The caller holds the transaction (see `scrutiny.ingestion.services`): a meeting is stored whole
or not at all.

On PostgreSQL several processes may store meetings at once. No unique constraint stops two of
them making the same board (a name within an office) or person (a name within an
organisation), so a newcomer is made under an advisory lock of its own (`hold_locks`), held to
the end of the transaction, after looking again. SQLite has one writer at a time and takes none.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import date as Date
from typing import NamedTuple

from django.db import connection
from django.utils.text import slugify

from scrutiny.ingestion.models import SourceDocument
from scrutiny.meetings.layout import Layout
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
from scrutiny.meetings.rows import insert_rows
from scrutiny.record import Item, MeetingRecord
from scrutiny.record import Person as RecordPerson

SLUG_LENGTH = 100
_NO_BOARD = "board:"  # the lock of the meetings with no board


def board_lock(organisation: str | None, board: str | None) -> str:
    """The name of the lock on a board as `add_meeting` finds it: by its name in its office
    (offices share board names), or the one lock of all boardless meetings."""
    if not board:
        return _NO_BOARD
    return f"board:{organisation or ''}\x1f{board}"


def _person_lock(name: str, organisation: str | None) -> str:
    return f"person:{organisation or ''}\x1f{name}"


def lock_key(name: str) -> int:
    """A stable signed 64-bit key for `name` (PostgreSQL's advisory locks take a bigint)."""
    digest = hashlib.blake2b(name.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def hold_locks(*names: str) -> None:
    """PostgreSQL: wait for the advisory lock of each name, then hold it until the transaction
    ends (taking one already held again is free). In key order, so two transactions asking for
    the same locks queue rather than deadlock. Nothing on other databases."""
    if connection.vendor != "postgresql" or not names:
        return
    with connection.cursor() as cursor:
        for key in sorted({lock_key(name) for name in names}):
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [key])


class Added(NamedTuple):
    meeting: Meeting
    replaced: Meeting | None  # the version this one supersedes
    layout: Layout  # its items, sections, points and discharged lines as stored


def add_meeting(record: MeetingRecord, source: SourceDocument) -> Added:
    """Store the meeting of `record`, read from `source`; return it, the version it replaced
    and the rows of its items.

    Actions and figures are stored by their own apps.
    """
    # The office and the people's organisations in one query, when all are known.
    organisations = _organisations(
        {p.organisation for p in record.attendees + record.apologies if p.organisation}
        | ({record.organisation} if record.organisation else set())
    )
    organisation = organisations[record.organisation] if record.organisation else None
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
    _add_attendance(meeting, record, organisations)
    discharged = Discharged.objects.bulk_create(
        Discharged(meeting=meeting, position=i, text=d.text, note=d.note)
        for i, d in enumerate(record.discharged)
    )
    layout = _add_items(meeting, record.items)
    return Added(meeting, replaced, replace(layout, discharged=discharged))


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


def person_named(name: str, organisation: Organisation | None) -> Person:
    """The person of that name in that organisation, made on first sight: once, even while an
    ingest makes people too (it takes the same lock on PostgreSQL)."""
    person = Person.objects.filter(name=name, organisation=organisation).order_by("pk").first()
    if person is None and connection.vendor == "postgresql":
        hold_locks(_person_lock(name, organisation.name if organisation else None))
        person = Person.objects.filter(name=name, organisation=organisation).order_by("pk").first()
    return person or Person.objects.create(name=name, organisation=organisation)


def _organisations(names: set[str]) -> dict[str, Organisation]:
    """The organisations of those names, made on first sight, in one query when all are known."""
    found = {o.name: o for o in Organisation.objects.filter(name__in=names)}
    for name in names - found.keys():
        found[name] = Organisation.objects.get_or_create(name=name)[0]
    return found


def board_named(name: str | None, organisation: Organisation | None) -> Board | None:
    """The board of that name in that office, made on first sight with a slug of its own."""
    if not name:
        return None
    board = Board.objects.filter(name=name, organisation=organisation).first()
    if board is None and connection.vendor == "postgresql":
        # Another transaction may be making it: wait for it, then look again.
        hold_locks(board_lock(organisation.name if organisation else None, name))
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


def _add_attendance(
    meeting: Meeting, record: MeetingRecord, organisations: dict[str, Organisation]
) -> None:
    lists = [(Attendance.PRESENT, record.attendees), (Attendance.APOLOGIES, record.apologies)]
    people = _people(record.attendees + record.apologies, organisations)
    Attendance.objects.bulk_create(
        Attendance(
            meeting=meeting,
            person=people[(person.name, person.organisation)],
            kind=kind,
            position=position,
            role=person.role,
            abbreviation=person.abbreviation,
        )
        for kind, listed in lists
        for position, person in enumerate(listed)
    )


def _people(
    listed: list[RecordPerson], organisations: dict[str, Organisation]
) -> dict[tuple[str, str | None], Person]:
    """The people of the attendance lists by (name, organisation name), made on first sight
    (`organisations` has theirs).

    One query finds those already known; only newcomers cost a query each."""
    names = {p.name for p in listed}
    known: dict[tuple[str, int | None], Person] = {}
    for person in Person.objects.filter(name__in=names).order_by("-pk"):
        known[(person.name, person.organisation_id)] = person  # the oldest of any twins wins
    found: dict[tuple[str, str | None], Person] = {}
    if connection.vendor == "postgresql":
        _wait_for_newcomers(listed, organisations, known)
    for p in listed:
        organisation = organisations.get(p.organisation) if p.organisation else None
        key = (p.name, organisation.pk if organisation else None)
        if key not in known:
            known[key] = Person.objects.create(name=p.name, organisation=organisation)
        found[(p.name, p.organisation)] = known[key]
    return found


def _wait_for_newcomers(
    listed: list[RecordPerson],
    organisations: dict[str, Organisation],
    known: dict[tuple[str, int | None], Person],
) -> None:
    """PostgreSQL: lock the people not found, then add to `known` those that another
    transaction made meanwhile, so that each is made once."""
    newcomers = {
        (p.name, p.organisation or None)
        for p in listed
        if (p.name, organisations[p.organisation].pk if p.organisation else None) not in known
    }
    if not newcomers:
        return
    hold_locks(*(_person_lock(name, organisation) for name, organisation in newcomers))
    wanted = {(name, organisations[o].pk if o else None) for name, o in newcomers}
    people = Person.objects.filter(name__in={name for name, _ in newcomers}).order_by("-pk")
    for person in people:
        key = (person.name, person.organisation_id)
        if key in wanted:
            known[key] = person  # the oldest of any twins wins, as above


def _add_items(meeting: Meeting, items: list[Item]) -> Layout:
    """A few inserts for the whole meeting, not one per item, point and speaker: both databases
    return the new rows' keys from a bulk insert, which the rows below them need."""
    stored = AgendaItem.objects.bulk_create(
        AgendaItem(
            meeting=meeting,
            position=position,
            number=item.number,
            title=item.title,
            presenter=item.presenter,
        )
        for position, item in enumerate(items)
    )
    Paper.objects.bulk_create(
        Paper(item=row, position=i, url=url)
        for row, item in zip(stored, items, strict=True)
        for i, url in enumerate(item.papers)
    )
    headed = [(row, item.sections) for row, item in zip(stored, items, strict=True)]
    record_sections = [section for _, sections in headed for section in sections]
    sections = Section.objects.bulk_create(
        Section(item=row, position=i, heading=section.heading)
        for row, sections in headed
        for i, section in enumerate(sections)
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
        for stored_section, section in zip(sections, record_sections, strict=True)
        for i, point in enumerate(section.points)
    )
    said = [point for section in record_sections for point in section.points]
    insert_rows(
        Speaker,
        ["point", "position", "name"],
        (
            (stored_point.pk, i, name)
            for stored_point, point in zip(points, said, strict=True)
            for i, name in enumerate(point.speakers)
        ),
    )
    left_sections, left_points = iter(sections), iter(points)
    by_item = [[next(left_sections) for _ in item.sections] for item in items]
    return Layout(
        items=stored,
        sections=by_item,
        points=[
            [[next(left_points) for _ in section.points] for section in item.sections]
            for item in items
        ],
    )
