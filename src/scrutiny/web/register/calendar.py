"""A board's calendar (iCalendar, RFC 5545): its meetings, the next one its notes announce, and
the dates its open actions fall due, for a calendar program to subscribe to."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date as Date
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.db.models import F, QuerySet
from django.utils import timezone
from icalendar import Calendar, Event

from scrutiny.actions.models import Action
from scrutiny.extract.dates import parse_time
from scrutiny.meetings.models import Board, Meeting
from scrutiny.meetings.visibility import public_meetings, public_q
from scrutiny.web.queries.actions import with_due_by
from scrutiny.web.register.next_meetings import latest_announcements

# The boards are English and Welsh: a meeting's time is the local time there.
LOCAL = ZoneInfo("Europe/London")
# How often a subscribed calendar should fetch the feed again.
REFRESH = timedelta(hours=6)
REFRESH_TEXT = "PT6H"
PRODID = "-//Scrutiny//Police accountability boards//EN"


@dataclass(frozen=True)
class Links:
    """Full addresses for the feed, and the host its UIDs are scoped to."""

    host: str
    meeting: Callable[[int], str]
    action: Callable[[int], str]


def board_calendar(board: Board, links: Links) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", board.name)
    # An X- property is text to the library: the duration is written as RFC 5545 writes it.
    calendar.add("x-published-ttl", REFRESH_TEXT)
    calendar.add("refresh-interval", REFRESH, parameters={"VALUE": "DURATION"})
    stamp = timezone.now()
    meetings = list(
        public_meetings().filter(board=board, is_current=True, date__isnull=False).order_by("date")
    )
    for meeting in meetings:
        calendar.add_component(_meeting_event(board, meeting, stamp, links))
    announced = latest_announcements(board).get(board.pk)
    if announced is not None and announced.date not in {m.date for m in meetings}:
        calendar.add_component(
            _announced_event(board, announced.date, announced.time, stamp, links)
        )
    for event in action_events(board, _open_actions(board), stamp, links):
        calendar.add_component(event)
    calendar.add_missing_timezones()
    return bytes(calendar.to_ical())


def meeting_uid(board: Board, day: Date, host: str) -> str:
    """One UID per board and date: the announced meeting and, once its notes are stored, the
    meeting itself (whichever version is current) are one event that a calendar updates."""
    return f"meeting-{board.pk}-{day:%Y%m%d}@{host}"


def _meeting_event(board: Board, meeting: Meeting, stamp: datetime, links: Links) -> Event:
    assert meeting.date is not None
    event = _event(meeting_uid(board, meeting.date, links.host), board.name, stamp)
    _add_when(event, meeting.date, meeting.time)
    if meeting.venue:
        event.add("location", meeting.venue)
    url = links.meeting(meeting.pk)
    event.add("url", url)
    event.add("description", f"The notes of this meeting: {url}")
    return event


def _announced_event(
    board: Board, day: Date, when: str | None, stamp: datetime, links: Links
) -> Event:
    event = _event(meeting_uid(board, day, links.host), board.name, stamp)
    _add_when(event, day, when)
    event.add("description", "The date the board's latest notes give for its next meeting.")
    return event


def _open_actions(board: Board) -> QuerySet[Action]:
    return (
        with_due_by(
            Action.objects.filter(
                public_q("meeting", "item"), meeting__board=board, meeting__is_current=True
            )
        )
        .filter(state=Action.OPEN)
        .exclude(due=None, revised_due=None)
        .select_related("meeting")
        .order_by(F("due_by").asc(), "meeting_id", "position")
    )


def action_events(
    board: Board, actions: Iterable[Action], stamp: datetime, links: Links
) -> Iterator[Event]:
    """The actions' due dates as events (each action's meeting selected with it)."""
    seen: Counter[tuple[int, str]] = Counter()
    for action in actions:
        words = " ".join(action.text.split())
        seen[(action.meeting_id, words)] += 1
        uid = action_uid(board, action, words, seen[(action.meeting_id, words)], links.host)
        yield _action_event(action, uid, stamp, links)


def action_uid(board: Board, action: Action, words: str, nth: int, host: str) -> str:
    """One UID per board, meeting date and action words (the `nth` of identical ones): a
    corrected version of the notes makes new rows of the same actions, and a calendar should
    update their events, not add them again."""
    digest = hashlib.sha256(words.encode()).hexdigest()[:16]
    day = action.meeting.date
    meeting = f"{day:%Y%m%d}" if day else f"m{action.meeting_id}"  # undated: no later version
    return f"action-{board.pk}-{meeting}-{digest}-{nth}@{host}"


def _action_event(action: Action, uid: str, stamp: datetime, links: Links) -> Event:
    due = action.due_now
    assert due is not None
    event = _event(uid, f"Action due: {action.text}", stamp)
    _add_all_day(event, due)
    url = links.action(action.pk)
    event.add("url", url)
    owner = action.owner or "not stated"
    event.add("description", f"Owner: {owner}\n{url}")
    return event


def _event(uid: str, summary: str, stamp: datetime) -> Event:
    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", stamp)
    event.add("summary", summary)
    return event


def _add_when(event: Event, day: Date, when: str | None) -> None:
    """At the meeting's time, when the notes give one that reads as a time; all day if not."""
    start = parse_time(when) if when else None
    if start is None:
        _add_all_day(event, day)
        return
    hour, minute = (int(part) for part in start.split(":"))
    event.add("dtstart", datetime.combine(day, time(hour, minute), tzinfo=LOCAL))


def _add_all_day(event: Event, day: Date) -> None:
    event.add("dtstart", day)
    event.add("dtend", day + timedelta(days=1))
