"""Every write of the authoring pages: boards set up, meetings planned, notes written, agreed and
published. Each runs in one transaction; django-simple-history records each row's change with
who made it (HistoryRequestMiddleware), so nothing written is ever lost.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date as Date

from django.db import transaction
from django.db.models import Max, QuerySet

from scrutiny.actions.models import Action
from scrutiny.alerts.services import send_after_ingest
from scrutiny.authoring.audit import history
from scrutiny.authoring.models import (
    STANDARD_AGENDA,
    BoardMember,
    BoardSetup,
    PlanPriority,
    TemplateItem,
)
from scrutiny.extract.figures import find_figures
from scrutiny.extract.kinds import point_kind
from scrutiny.extract.speakers import Cast
from scrutiny.extract.speakers import speakers as speakers_in
from scrutiny.figures.services import add_figures
from scrutiny.ingestion.follow_up import follow_again
from scrutiny.meetings.models import (
    AgendaItem,
    Attendance,
    Board,
    Discharged,
    Meeting,
    Organisation,
    Person,
    Point,
    Section,
    Speaker,
)
from scrutiny.meetings.services import board_named
from scrutiny.record import Figure as RecordFigure
from scrutiny.record import Person as RecordPerson
from scrutiny.search.services import index as index_meetings


class NotAllowed(Exception):
    """The change cannot be made in the meeting's present state."""


# The office's cycle, and the steps the secretariat may take from each state.
NEXT_STATUS = {
    Meeting.SCHEDULED: Meeting.AGENDA_PUBLISHED,
    Meeting.AGENDA_PUBLISHED: Meeting.NOTES_DRAFT,
    Meeting.NOTES_DRAFT: Meeting.NOTES_AGREED,
    Meeting.NOTES_AGREED: Meeting.PUBLISHED,
}
EDITABLE = {Meeting.SCHEDULED, Meeting.AGENDA_PUBLISHED, Meeting.NOTES_DRAFT}


def _next_position(rows: QuerySet[object]) -> int:  # type: ignore[type-var]
    highest = rows.aggregate(top=Max("position"))["top"]
    return 0 if highest is None else int(highest) + 1


def organisation_named(name: str) -> Organisation | None:
    name = name.strip()
    if not name:
        return None
    found = Organisation.objects.filter(name__iexact=name).first()
    return found or Organisation.objects.create(name=name)


# Boards


@transaction.atomic
def create_board(name: str, organisation_name: str, plan_title: str = "") -> Board:
    organisation = organisation_named(organisation_name)
    board = board_named(name.strip(), organisation)
    assert board is not None
    BoardSetup.objects.get_or_create(board=board, defaults={"plan_title": plan_title.strip()})
    if not board.template_items.exists():
        for position, (title, by_priority) in enumerate(STANDARD_AGENDA):
            TemplateItem.objects.create(
                board=board, position=position, title=title, by_priority=by_priority
            )
    return board


@transaction.atomic
def add_member(
    board: Board, name: str, role: str, abbreviation: str, organisation_name: str
) -> BoardMember:
    return BoardMember.objects.create(
        board=board,
        position=_next_position(board.board_members.all()),
        name=name.strip(),
        role=role.strip(),
        abbreviation=abbreviation.strip(),
        organisation=organisation_named(organisation_name),
    )


@transaction.atomic
def set_plan(board: Board, plan_title: str, priorities: Sequence[str]) -> None:
    """The plan's title and its priorities, in order (one a line as the secretariat types them)."""
    setup, _ = BoardSetup.objects.get_or_create(board=board)
    setup.plan_title = plan_title.strip()
    setup.save()
    titles = [title.strip() for title in priorities if title.strip()]
    existing = list(board.plan_priorities.all())
    for row in existing[len(titles) :]:
        row.delete()
    for position, title in enumerate(titles):
        if position < len(existing):
            row = existing[position]
            if row.title != title:
                row.title = title
                row.save()
        else:
            PlanPriority.objects.create(board=board, position=position, title=title)


@transaction.atomic
def set_template(board: Board, titles: Sequence[str], by_priority: int | None) -> None:
    """The agenda template: item titles in order; `by_priority` the index of the item that has
    a section per plan priority (or None)."""
    titles = [title.strip() for title in titles if title.strip()]
    existing = list(board.template_items.all())
    for row in existing[len(titles) :]:
        row.delete()
    for position, title in enumerate(titles):
        flag = position == by_priority
        if position < len(existing):
            row = existing[position]
            if row.title != title or row.by_priority != flag:
                row.title, row.by_priority = title, flag
                row.save()
        else:
            TemplateItem.objects.create(
                board=board, position=position, title=title, by_priority=flag
            )


def board_organisations(board: Board) -> list[Organisation]:
    """The organisations that take part in the board: the office running it, its members',
    and those of the people and action owners of its meetings (whose liaisons it lists)."""
    ids = {board.organisation_id}
    ids |= set(board.board_members.values_list("organisation_id", flat=True))
    meetings = Meeting.objects.filter(board=board)
    ids |= set(
        Attendance.objects.filter(meeting__in=meetings).values_list(
            "person__organisation_id", flat=True
        )
    )
    ids |= set(
        Action.objects.filter(meeting__in=meetings).values_list("owner_organisation_id", flat=True)
    )
    return list(Organisation.objects.filter(pk__in=ids - {None}).order_by("name"))


# Meetings


def meeting_on(board: Board, day: Date) -> Meeting | None:
    return Meeting.objects.filter(board=board, date=day, is_current=True).first()


@transaction.atomic
def schedule_meeting(board: Board, day: Date, time: str = "", venue: str = "") -> Meeting:
    """A meeting of the board, its agenda from the board's template, the earlier meeting's notes
    down to be agreed at it."""
    if meeting_on(board, day) is not None:
        raise NotAllowed("The board already has a meeting on that date")
    previous = (
        Meeting.objects.filter(board=board, is_current=True, date__lt=day).order_by("-date").first()
    )
    meeting = Meeting.objects.create(
        source=None,
        organisation=board.organisation,
        board=board,
        date=day,
        time=time.strip() or None,
        venue=venue.strip() or None,
        status=Meeting.SCHEDULED,
        previous_meeting_stated=previous is not None,
        previous_meeting_date=previous.date if previous else None,
        previous_meeting_approved=None,
    )
    priorities = [p.title for p in board.plan_priorities.all()]
    for position, template in enumerate(board.template_items.all()):
        item = AgendaItem.objects.create(
            meeting=meeting, position=position, number=str(position + 1), title=template.title
        )
        headings: list[str | None] = list(priorities) if template.by_priority else []
        for index, heading in enumerate(headings or [None]):
            Section.objects.create(item=item, position=index, heading=heading)
    # The meeting before announced this one as its next.
    if previous is not None and previous.status in EDITABLE and not previous.next_meeting_date:
        previous.next_meeting_stated = True
        previous.next_meeting_date = day
        previous.save(update_fields=["next_meeting_stated", "next_meeting_date"])
    return meeting


def _editable(meeting: Meeting) -> None:
    if meeting.status not in EDITABLE:
        raise NotAllowed("The notes have been agreed and can no longer be changed")


@transaction.atomic
def update_details(
    meeting: Meeting,
    *,
    time: str,
    venue: str,
    next_date: Date | None,
    next_time: str,
) -> None:
    _editable(meeting)
    meeting.time = time.strip() or None
    meeting.venue = venue.strip() or None
    meeting.next_meeting_stated = next_date is not None
    meeting.next_meeting_date = next_date
    meeting.next_meeting_time = (next_time.strip() or None) if next_date else None
    meeting.save(
        update_fields=[
            "time",
            "venue",
            "next_meeting_stated",
            "next_meeting_date",
            "next_meeting_time",
        ]
    )


@transaction.atomic
def advance(meeting: Meeting) -> Meeting:
    """The next step of the cycle. Agreeing the notes records, on the board's next meeting,
    that they were agreed there as a true and accurate record."""
    following = NEXT_STATUS.get(meeting.status)
    if following is None:
        raise NotAllowed("The notes are published already")
    meeting.status = following
    meeting.save(update_fields=["status"])
    if following == Meeting.NOTES_AGREED and meeting.source_id is None:
        _quote_figures(meeting)
    if following == Meeting.PUBLISHED:
        _join_history(meeting)
    if following == Meeting.NOTES_AGREED:
        later = (
            Meeting.objects.filter(board=meeting.board, is_current=True, date__gt=meeting.date)
            .order_by("date")
            .first()
            if meeting.board_id and meeting.date
            else None
        )
        if later is not None and later.status in EDITABLE:
            later.previous_meeting_stated = True
            later.previous_meeting_date = meeting.date
            later.previous_meeting_approved = True
            later.save(
                update_fields=[
                    "previous_meeting_stated",
                    "previous_meeting_date",
                    "previous_meeting_approved",
                ]
            )
    return meeting


def _join_history(meeting: Meeting) -> None:
    """Published notes join the board's history as an ingested meeting does, in the publishing
    transaction: earlier actions their discharged list names are closed, questions graded,
    figures put into series, inspections recorded; and they become searchable (search shows
    only what the public may see). Alert digests go once it commits, and never fail it."""
    follow_again(meeting)
    index_meetings(Meeting.objects.filter(pk=meeting.pk))
    transaction.on_commit(send_after_ingest, robust=True)


@transaction.atomic
def reopen(meeting: Meeting) -> Meeting:
    """Agreed notes back to draft, for a correction before they are published."""
    if meeting.status != Meeting.NOTES_AGREED:
        raise NotAllowed("Only agreed notes that are not yet published can be reopened")
    meeting.status = Meeting.NOTES_DRAFT
    meeting.save(update_fields=["status"])
    return meeting


def _quote_figures(meeting: Meeting) -> None:
    """The figures the agreed notes quote, read from their points as the extractor reads
    them, so the meeting's record holds them as it would had it been read from a document."""
    found: list[RecordFigure] = []
    for item in meeting.items.order_by("position"):
        for section in item.sections.order_by("position"):
            for point in section.points.order_by("position"):
                found.extend(find_figures(point.text, item.number))
    meeting.figures.all().delete()
    add_figures(meeting, found)


# Items and sections


@transaction.atomic
def add_item(meeting: Meeting, title: str, presenter: str, private: bool) -> AgendaItem:
    _editable(meeting)
    position = _next_position(meeting.items.all())
    item = AgendaItem.objects.create(
        meeting=meeting,
        position=position,
        number=str(meeting.items.count() + 1),
        title=title.strip(),
        presenter=presenter.strip() or None,
        private=private,
    )
    Section.objects.create(item=item, position=0, heading=None)
    return item


@transaction.atomic
def update_item(
    item: AgendaItem, *, number: str, title: str, presenter: str, private: bool
) -> AgendaItem:
    _editable(item.meeting)
    old_number = item.number
    item.number = number.strip() or None
    item.title = title.strip()
    item.presenter = presenter.strip() or None
    item.private = private
    item.save()
    if old_number != item.number:
        for action in item.actions.all():
            action.item_number = item.number
            action.save()
    return item


@transaction.atomic
def add_section(item: AgendaItem, heading: str) -> Section:
    _editable(item.meeting)
    return Section.objects.create(
        item=item, position=_next_position(item.sections.all()), heading=heading.strip() or None
    )


# Points


def cast_of(meeting: Meeting) -> Cast:
    """The meeting's attendees as the extractor names speakers."""
    return Cast(
        RecordPerson(a.person.name, a.role, a.abbreviation, None)
        for a in meeting.attendance.select_related("person")
    )


def _set_speakers(point: Point, names: Sequence[str]) -> None:
    current = [s.name for s in point.speakers.all()]
    if current == list(names):
        return
    for speaker in point.speakers.all():
        speaker.delete()
    for position, name in enumerate(names):
        Speaker.objects.create(point=point, position=position, name=name)


def _worked_out(
    meeting: Meeting, text: str, kind: str, names: Sequence[str]
) -> tuple[str, list[str]]:
    """The kind and speakers as given, or as the extractor reads them from the text."""
    return (
        kind or point_kind(text),
        list(names) if names else speakers_in(text, cast_of(meeting)),
    )


@transaction.atomic
def add_point(section: Section, text: str, kind: str, speakers: Sequence[str]) -> Point:
    meeting = section.item.meeting
    _editable(meeting)
    kind, names = _worked_out(meeting, text.strip(), kind, speakers)
    point = Point.objects.create(
        section=section,
        position=_next_position(section.points.all()),
        text=text.strip(),
        kind=kind,
    )
    _set_speakers(point, names)
    return point


@transaction.atomic
def update_point(point: Point, text: str, kind: str, speakers: Sequence[str]) -> Point:
    meeting = point.section.item.meeting
    _editable(meeting)
    kind, names = _worked_out(meeting, text.strip(), kind, speakers)
    if point.text != text.strip() or point.kind != kind:
        point.text, point.kind = text.strip(), kind
        point.save()
    _set_speakers(point, names)
    return point


@transaction.atomic
def delete_point(point: Point) -> None:
    _editable(point.section.item.meeting)
    point.delete()  # its history keeps it, and its speakers: restore_point brings them back


@transaction.atomic
def restore_point(meeting: Meeting, point_id: int) -> Point:
    _editable(meeting)
    last = history(Point).filter(id=point_id).order_by("-history_date", "-history_id").first()
    if last is None or last.history_type != "-":
        raise NotAllowed("That point is not deleted")
    section = Section.objects.filter(pk=last.section_id, item__meeting=meeting).first()
    if section is None:
        raise NotAllowed("That point's section no longer exists")
    point: Point = last.instance
    point.save()
    speakers = history(Speaker).filter(point_id=point_id, history_type="-").order_by("position")
    seen: set[int] = set()
    for row in speakers:
        if row.id not in seen and not Speaker.objects.filter(pk=row.id).exists():
            seen.add(row.id)
            latest = history(Speaker).filter(id=row.id).order_by("-history_date").first()
            if latest is not None and latest.history_type == "-":
                latest.instance.save()
    return point


# Actions


def _owner_organisation(meeting: Meeting, owner: str) -> Organisation | None:
    """The organisation of the attendee or board member the owner names, if one does."""
    owner = owner.strip()
    if not owner:
        return None
    for attendance in meeting.attendance.select_related("person"):
        if owner in {attendance.abbreviation, attendance.person.name, attendance.role}:
            return attendance.person.organisation
    if meeting.board is not None:
        for member in meeting.board.board_members.all():
            if owner in {member.abbreviation, member.name, member.role}:
                return member.organisation
    return Organisation.objects.filter(name__iexact=owner).first()


@transaction.atomic
def add_action(
    meeting: Meeting, text: str, owner: str, due: Date | None, item: AgendaItem | None
) -> Action:
    _editable(meeting)
    return Action.objects.create(
        meeting=meeting,
        position=_next_position(meeting.actions.all()),
        text=text.strip(),
        owner=owner.strip() or None,
        due=due,
        status=Action.OPEN,
        state=Action.OPEN,
        item=item,
        item_number=item.number if item else None,
        owner_organisation=_owner_organisation(meeting, owner),
    )


@transaction.atomic
def update_action(
    action: Action, text: str, owner: str, due: Date | None, item: AgendaItem | None
) -> Action:
    _editable(action.meeting)
    action.text = text.strip()
    action.owner = owner.strip() or None
    action.due = due
    action.item = item
    action.item_number = item.number if item else None
    action.owner_organisation = _owner_organisation(action.meeting, owner)
    action.save()
    return action


@transaction.atomic
def delete_action(action: Action) -> None:
    _editable(action.meeting)
    action.delete()


@transaction.atomic
def restore_action(meeting: Meeting, action_id: int) -> Action:
    _editable(meeting)
    last = history(Action).filter(id=action_id).order_by("-history_date", "-history_id").first()
    if last is None or last.history_type != "-" or last.meeting_id != meeting.pk:
        raise NotAllowed("That action is not deleted")
    action: Action = last.instance
    if action.item_id is not None and not AgendaItem.objects.filter(pk=action.item_id).exists():
        action.item = None
    action.save()
    return action


# Earlier actions discharged at the meeting


def dischargeable(meeting: Meeting) -> QuerySet[Action]:
    """The board's earlier open actions the meeting may record as discharged: those of its
    current meetings dated before this one, not of a private item (the discharged list is
    published with the notes), and not listed as discharged here already."""
    if meeting.board_id is None or meeting.date is None:
        return Action.objects.none()
    listed = meeting.discharged.values_list("text", flat=True)
    return (
        Action.objects.filter(
            meeting__board_id=meeting.board_id,
            meeting__is_current=True,
            meeting__date__lt=meeting.date,
            state=Action.OPEN,
        )
        .exclude(item__private=True)
        .exclude(text__in=listed)
        .select_related("meeting")
        .order_by("meeting__date", "position")
    )


@transaction.atomic
def discharge(meeting: Meeting, action_id: int) -> Discharged:
    """Record an earlier action as discharged at this meeting; publishing the notes closes it
    (the follow-up reads the discharged list as it reads an ingested meeting's)."""
    _editable(meeting)
    action = dischargeable(meeting).filter(pk=action_id).first()
    if action is None:
        raise NotAllowed("That action is not an open action of an earlier meeting")
    return Discharged.objects.create(
        meeting=meeting, position=_next_position(meeting.discharged.all()), text=action.text
    )


@transaction.atomic
def remove_discharged(line: Discharged) -> None:
    _editable(line.meeting)
    line.delete()


# Attendance


@transaction.atomic
def add_attendance(
    meeting: Meeting,
    *,
    name: str,
    role: str,
    abbreviation: str,
    organisation_name: str,
    kind: str,
) -> Attendance:
    _editable(meeting)
    organisation = organisation_named(organisation_name)
    person = Person.objects.filter(name=name.strip(), organisation=organisation).first()
    if person is None:
        person = Person.objects.create(name=name.strip(), organisation=organisation)
    return Attendance.objects.create(
        meeting=meeting,
        person=person,
        kind=kind,
        position=_next_position(meeting.attendance.filter(kind=kind)),
        role=role.strip() or None,
        abbreviation=abbreviation.strip() or None,
    )


@transaction.atomic
def add_members_present(meeting: Meeting) -> int:
    """Every board member not yet listed, as present."""
    _editable(meeting)
    assert meeting.board is not None
    listed = set(meeting.attendance.values_list("person__name", flat=True))
    added = 0
    for member in meeting.board.board_members.select_related("organisation"):
        if member.name in listed:
            continue
        add_attendance(
            meeting,
            name=member.name,
            role=member.role,
            abbreviation=member.abbreviation,
            organisation_name=member.organisation.name if member.organisation else "",
            kind=Attendance.PRESENT,
        )
        added += 1
    return added


@transaction.atomic
def remove_attendance(attendance: Attendance) -> None:
    _editable(attendance.meeting)
    attendance.delete()
