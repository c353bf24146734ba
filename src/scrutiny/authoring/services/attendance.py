"""Who attended a meeting and who sent apologies: people added one by one, or the board's
members all at once."""

from __future__ import annotations

from django.db import transaction

from scrutiny.authoring.services.boards import organisation_named
from scrutiny.authoring.services.common import _next_position
from scrutiny.authoring.services.cycle import _editable
from scrutiny.meetings.models import Attendance, Meeting
from scrutiny.meetings.services import person_named


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
    return Attendance.objects.create(
        meeting=meeting,
        person=person_named(name.strip(), organisation),
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
