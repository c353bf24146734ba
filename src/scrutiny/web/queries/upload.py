"""The upload review: is a version of this meeting stored already?"""

from __future__ import annotations

from datetime import date as Date

from scrutiny.meetings.models import Meeting


def stored_version(organisation: str | None, board: str | None, date: str | None) -> Meeting | None:
    """The current stored meeting this upload would supersede, if the header stays as read."""
    if not board or not date:
        return None
    try:
        day = Date.fromisoformat(date)
    except ValueError:
        return None
    return (
        Meeting.objects.filter(
            board__name=board, board__organisation__name=organisation, date=day, is_current=True
        )
        .select_related("board")
        .first()
    )
