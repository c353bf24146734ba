"""The meeting's own particulars: board, date, time and venue, and the next meeting.

They come from labelled lines in the header ("Title:", "Date and time:", "Venue:"), or from a
header line that names a board or states a date, and never from the body, where dates are those
of other meetings. The board may also be named only by the closing "Date of next … Board" line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from scrutiny.extract import conventions
from scrutiny.extract.dates import find_dates, parse_date, parse_time, time_at_start
from scrutiny.record import NextMeeting

# "Venue: …", or the label set apart by a tab or a run of spaces as in a form ("Place   Room 2").
_LABEL = re.compile(
    r"^\s*(?P<label>[A-Za-z][A-Za-z /&]{1,30}?)(?:\s*[:–—]|\t|\s{3,})\s*(?P<value>\S.*)$"
)
_BOARD_LABELS = ("title", "meeting", "board", "meeting title", "name of meeting", "committee")
_DATE_LABELS = ("date", "date and time", "date & time", "date/time", "meeting date", "when")
_TIME_LABELS = ("time", "start time", "meeting time", "times")
_VENUE_LABELS = ("venue", "location", "place", "where", "held at", "meeting venue")
_BOARD_NAME = re.compile(
    r"(?:(?:[A-Z][\w’'-]*|&|and|of|the|for|to)\s+){0,7}?"
    r"(?:[A-Z][\w’'-]*\s+)(?i:board|panel|committee|forum|meeting|group|conference)\b"
)
_NOT_A_BOARD_PREFIX = re.compile(
    r"^(?:(?:minutes|notes|record|date|time)\s+of\s+(?:the\s+)?(?:next\s+)?|the\s+|next\s+"
    r"|(?:report|paper|submission)\s+to\s+(?:the\s+)?)",
    re.IGNORECASE,
)


@dataclass
class Header:
    board: str | None = None
    date: str | None = None
    time: str | None = None
    venue: str | None = None


# Several labels on one line: "Date: 22/01/2025   Time: 09:30 – 11:30   Venue: Microsoft Teams".
_NEXT_LABEL = re.compile(r"(?:\s{2,}|\t|\s\|\s)(?=[A-Za-z][A-Za-z /&]{1,30}?\s*:)")


def labelled(lines: Iterable[str], labels: tuple[str, ...]) -> str | None:
    for line in lines:
        for piece in _NEXT_LABEL.split(line):
            match = _LABEL.match(piece)
            if match and " ".join(match["label"].lower().split()) in labels:
                return match["value"].strip()
    return None


def board_name(text: str) -> str | None:
    """A board's name in a line such as "Minutes of the Accountability Board – 11 May 2021"."""
    match = _BOARD_NAME.search(text)
    if not match:
        return None
    name = _NOT_A_BOARD_PREFIX.sub("", match.group()).strip()
    return name if len(name.split()) >= 2 else None


def read_header(lines: list[str]) -> Header:
    header = Header()
    title = labelled(lines, _BOARD_LABELS)
    header.board = title and (board_name(title) or title)
    if header.board is None:
        header.board = next((b for line in lines if (b := board_name(line))), None)
    when = labelled(lines, _DATE_LABELS)
    dated = None if when is not None else _dated_line(lines)
    if when is not None:
        header.date = parse_date(when) or _first_date(when)
        header.time = parse_time(_without_dates(when))
    elif dated is not None:
        header.date = _first_date(dated)
        header.time = parse_time(_without_dates(dated))
    if header.time is None and (at := labelled(lines, _TIME_LABELS)):
        header.time = parse_time(at)
    header.venue = labelled(lines, _VENUE_LABELS)
    if header.venue is None and dated is not None:
        header.venue = _venue_after_date(dated)
    if header.venue is None:
        header.venue = _venue_beside_date(lines)
    return header


# A line that names a place to meet: "Committee Room 1, Harlow City Hall", "Microsoft Teams".
_PLACE_WORDS = re.compile(
    r"\b(?:room|hall|chamber|suite|house|headquarters|hq|building|centre|offices?|station"
    r"|teams|zoom|virtual(?:ly)?|online|remote)\b",
    re.IGNORECASE,
)
_NOT_A_VENUE = re.compile(r":|\b(?:present|apologies|attendees|minutes|notes|agenda)\b", re.I)


def _venue_beside_date(lines: list[str]) -> str | None:
    """An unlabelled line just under (or over) the date that names a place, as written."""
    dated = next((i for i, line in enumerate(lines) if _first_date(line)), None)
    if dated is None:
        return None
    for line in lines[dated + 1 : dated + 2] + lines[max(dated - 1, 0) : dated]:
        text = line.strip()
        if (
            _PLACE_WORDS.search(text)
            and not _NOT_A_VENUE.search(text)
            and not find_dates(text)
            and len(text) <= 100
            and board_name(text) is None
        ):
            return re.sub(r"^(?:in|at)\s+(?:the\s+)?", "", text.rstrip("."), flags=re.IGNORECASE)
    return None


def _dated_line(lines: list[str]) -> str | None:
    """The first header line with a date, with the line after it when that goes on to say
    where ("… 5 March 2025" / "at 10.30am in the Kingfisher Suite")."""
    for index, line in enumerate(lines):
        if _first_date(line):
            following = lines[index + 1] if index + 1 < len(lines) else ""
            # … "at Hollins House," / "Bramfield.": the venue wrapped onto the next line.
            if re.match(r"(?:at|in)\s", following) or re.search(r"(?:\s(?:at|in)|,)$", line):
                return f"{line} {following}"
            return line
    return None


# What stands between a meeting's date and its venue in a title line: separators, "at", "in",
# "the", and the time ("… 5 March 2025 at 10.30am in the Kingfisher Suite").
_BEFORE_VENUE = re.compile(r"[\s,;|()–—-]*(?:(?:at|in|the|hrs|from)\b[\s,;|()–—-]*)*", re.I)
_VENUE = re.compile(r"(?P<venue>[A-Z][^|]{2,100}?)[\s.,;|(]*\)?[\s.,;|]*$")


def _venue_after_date(line: str) -> str | None:
    found = find_dates(line)
    if not found or conventions.is_next_meeting(line):
        return None
    rest = line[found[0][2] :]
    while True:
        lead = _BEFORE_VENUE.match(rest)
        rest = rest[lead.end() :] if lead else rest
        if not (at := time_at_start(rest)):
            break
        rest = rest[at:]
    match = _VENUE.match(rest)
    return _balanced(match["venue"].strip()) if match else None


def _balanced(venue: str) -> str:
    """ "Virtual (Microsoft Teams)" keeps the bracket it opened; a stray one goes."""
    if venue.count("(") > venue.count(")"):
        return venue + ")"
    return venue.rstrip(")") if venue.count(")") > venue.count("(") else venue


def _first_date(text: str) -> str | None:
    found = find_dates(text)
    return found[0][0] if found else None


def _without_dates(text: str) -> str:
    for _, start, end in reversed(find_dates(text)):
        text = text[:start] + " " + text[end:]
    return text


def next_meeting(paragraphs: list[str]) -> tuple[NextMeeting | None, str | None]:
    """The next meeting's date and time, and any board its line names (last such line wins)."""
    for text in reversed(paragraphs):
        if conventions.is_next_meeting(text) and (date := _first_date(text)):
            return NextMeeting(date, parse_time(_without_dates(text))), board_name(text)
    return None, None
