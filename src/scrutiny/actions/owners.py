"""The organisation answerable for an action: whose liaison may update it."""

from __future__ import annotations

from scrutiny.follow.owners import owner_organisation as named_organisation
from scrutiny.meetings.models import Attendance, Meeting, Organisation
from scrutiny.record import Person


def owner_organisation(meeting: Meeting, owner: str | None) -> Organisation | None:
    """The organisation of whoever `owner` names among the people at `meeting` (those sending
    apologies too: an absent officer can still own an action), or the organisation it names; a
    bare "Force" is the one attending organisation that is not the meeting's own office."""
    if not owner:
        return None
    return OwnerResolver(meeting).organisation(owner)


class OwnerResolver:
    """One meeting's attendance, read once, for resolving every owner in its action log."""

    def __init__(self, meeting: Meeting) -> None:
        attendance = (
            Attendance.objects.filter(meeting=meeting)
            .select_related("person__organisation")
            .order_by("kind", "position")
        )
        self.attendees: list[Person] = []
        self.organisations: dict[str, Organisation] = {}
        for row in sorted(attendance, key=lambda a: a.kind != Attendance.PRESENT):
            organisation = row.person.organisation
            if organisation is not None:
                self.organisations[organisation.name] = organisation
            self.attendees.append(
                Person(
                    row.person.name,
                    row.role,
                    row.abbreviation,
                    organisation.name if organisation else None,
                )
            )
        office = meeting.organisation if meeting.organisation_id else None
        self.office = office.name if office else None
        if office is not None:
            self.organisations[office.name] = office

    def organisation(self, owner: str | None) -> Organisation | None:
        name = named_organisation(owner, self.attendees, self.office)
        return self.organisations.get(name) if name else None
