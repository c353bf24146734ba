"""Writing the notes: agenda items and their sections, and the points under them with their
speakers (deleted points restored from their history)."""

from __future__ import annotations

from collections.abc import Sequence

from django.db import transaction

from scrutiny.authoring.audit import history
from scrutiny.authoring.services.common import NotAllowed, _next_position
from scrutiny.authoring.services.cycle import _editable
from scrutiny.extract.kinds import point_kind
from scrutiny.extract.speakers import Cast
from scrutiny.extract.speakers import speakers as speakers_in
from scrutiny.meetings.models import AgendaItem, Meeting, Point, Section, Speaker
from scrutiny.record import Person as RecordPerson

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
