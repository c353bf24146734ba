"""A board's calendar of published meetings and its public open actions' due dates.

The register's calendar (/boards/<slug>/calendar.ics) is for the office; this one is the open
data's: only what `scrutiny.api.published` lets through, built with the register's own event
helpers so both calendars describe a meeting and an action alike (and share their UIDs).
"""

from __future__ import annotations

from django.db.models import F
from django.utils import timezone
from icalendar import Calendar

from scrutiny.api import published
from scrutiny.meetings.models import Board
from scrutiny.web.queries.actions import with_due_by
from scrutiny.web.register.calendar import (
    PRODID,
    REFRESH,
    REFRESH_TEXT,
    Links,
    _meeting_event,
    action_events,
)


def public_calendar(board: Board, links: Links) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", board.name)
    calendar.add("x-published-ttl", REFRESH_TEXT)
    calendar.add("refresh-interval", REFRESH, parameters={"VALUE": "DURATION"})
    stamp = timezone.now()
    meetings = published.current_meetings().filter(board=board, date__isnull=False)
    for meeting in meetings.order_by("date"):
        calendar.add_component(_meeting_event(board, meeting, stamp, links))
    actions = (
        with_due_by(published.actions().filter(meeting__board=board, state="open"))
        .exclude(due=None, revised_due=None)
        .select_related("meeting")
        .order_by(F("due_by").asc(), "meeting_id", "position")
    )
    for event in action_events(board, actions, stamp, links):
        calendar.add_component(event)
    calendar.add_missing_timezones()
    return bytes(calendar.to_ical())
