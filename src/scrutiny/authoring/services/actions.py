"""The meeting's actions, with the organisation of who owns each (deleted actions restored from
their history), and the board's earlier actions it records as discharged."""

from __future__ import annotations

from datetime import date as Date

from django.db import transaction
from django.db.models import QuerySet

from scrutiny.actions.models import Action
from scrutiny.authoring.audit import history
from scrutiny.authoring.services.common import NotAllowed, _next_position
from scrutiny.authoring.services.cycle import _editable
from scrutiny.meetings.models import AgendaItem, Discharged, Meeting, Organisation


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
