"""Who asks at a board: the commissioner's side, as opposed to the force answering.

The attendance list says it best, by organisation: the meeting's own office is the board. Where
the notes list no one (or no organisation), the roles that sit on the commissioner's side do.
"""

from __future__ import annotations

import re

from scrutiny.record import MeetingRecord, Point

# Roles that sit on the commissioner's side at every board we know of.
BOARD_ROLES = frozenset(
    [*"PCC PFCC DPCC DPFCC PCVC DMPC CE CEO DCE CFO DoF MO Chair HoP".split(), "Vice Chair"]
)
_OFFICE = re.compile(r"\bcommissioner|\bO?P(?:F)?CC\b|\bmayor", re.IGNORECASE)


def asker_labels(record: MeetingRecord) -> set[str]:
    """The speaker labels of the board's side at this meeting."""
    board: set[str] = set()
    force: set[str] = set()
    for person in record.attendees:
        label = person.abbreviation or person.name
        organisation = person.organisation
        if organisation is None:
            continue
        if organisation == record.organisation or _OFFICE.search(organisation):
            board.add(label)
        else:
            force.add(label)  # a force's own finance officer answers, not asks
    return board | (BOARD_ROLES - force)


def asker_of(point: Point, askers: set[str]) -> str | None:
    """The first of the point's speakers on the board's side."""
    return next((s for s in point.speakers if s in askers), None)
