"""What every write of the authoring pages shares: the refusal of a change the meeting's state
does not allow, and the next free position in an ordered list of rows."""

from __future__ import annotations

from django.db.models import Max, QuerySet


class NotAllowed(Exception):
    """The change cannot be made in the meeting's present state."""


def _next_position(rows: QuerySet[object]) -> int:  # type: ignore[type-var]
    highest = rows.aggregate(top=Max("position"))["top"]
    return 0 if highest is None else int(highest) + 1
