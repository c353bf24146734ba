"""Dates and times as board notes write them -> ISO strings.

Notes are British, so a numeric date is always day first ("19/02/2025" is 19 February). A date
is only a date when day, month and year are all written: "April 2025" or "19 February" are
never completed by guessing, and an impossible date ("31/02/2025") is no date at all.
"""

from __future__ import annotations

import re
from datetime import date

from dateutil.parser import parserinfo

# dateutil's English month and weekday tables, so the calendar words are not hand-written here.
_INFO = parserinfo(dayfirst=True)
# Notes also abbreviate weekdays in ways dateutil's table lacks.
_EXTRA_WEEKDAYS = ("Tues", "Weds", "Thur", "Thurs")


def _alternation(names: list[str]) -> str:
    # Longest first, so "September" is not read as "Sep" followed by junk.
    return "|".join(re.escape(n) for n in sorted(set(names), key=len, reverse=True))


_MONTH = _alternation([name for names in _INFO.MONTHS for name in names])
_WEEKDAY = _alternation([name for names in _INFO.WEEKDAYS for name in names] + [*_EXTRA_WEEKDAYS])
# Board notes are from this century or the last; a four-digit number outside that is a count.
_YEAR = r"(?:19|20)\d{2}"
_ORDINAL = r"(?:\s?(?:st|nd|rd|th)\b)?"
# A numeric date must not be a fragment of a longer dotted/slashed number (a version, a ratio).
_NUM_BEFORE = r"(?<![\d./-])"
_NUM_AFTER = r"(?!\d|[./-]\d)"

_DATE = re.compile(
    "|".join(
        (
            rf"{_NUM_BEFORE}(?P<iy>{_YEAR})(?P<isep>[-/])(?P<im>\d{{1,2}})(?P=isep)"
            rf"(?P<id>\d{{1,2}}){_NUM_AFTER}",
            rf"{_NUM_BEFORE}(?P<nd>\d{{1,2}})(?P<nsep>[/.-])(?P<nm>\d{{1,2}})(?P=nsep)"
            rf"(?P<ny>{_YEAR}){_NUM_AFTER}",
            # Two-digit years: "19/02/25", and dotted only when zero-padded ("19.02.25"), since
            # "section 4.3.12" or "1.2.25" in notes are far more often references than dates.
            rf"{_NUM_BEFORE}(?:(?P<sd>\d{{1,2}})/(?P<sm>\d{{1,2}})/|"
            rf"(?P<zd>\d{{2}})(?P<zsep>[.-])(?P<zm>\d{{2}})(?P=zsep))(?P<sy>\d{{2}}){_NUM_AFTER}",
            rf"(?<![\d.])(?P<wd>\d{{1,2}}){_ORDINAL}(?:\s+of)?\s+(?P<wm>{_MONTH})\b\.?,?\s+"
            rf"(?P<wy>{_YEAR})(?!\d)",
            rf"(?<!\w)(?P<am>{_MONTH})\b\.?\s+(?P<ad>\d{{1,2}}){_ORDINAL},?\s+(?P<ay>{_YEAR})(?!\d)",
            # Spreadsheets' "19-Feb-2025" and "19-Feb-25" (action logs exported from Excel).
            rf"{_NUM_BEFORE}(?P<xd>\d{{1,2}})-(?P<xm>{_MONTH})-(?P<xy>{_YEAR}|\d{{2}}){_NUM_AFTER}",
        )
    ),
    re.IGNORECASE,
)

# What may precede a whole-string date: "on", a weekday, "the" ("on Wednesday, the 19th ...").
_DATE_LEAD = re.compile(rf"(?:on\s+)?(?:(?:{_WEEKDAY})\b\.?,?\s*)?(?:the\s+)?", re.IGNORECASE)
# What may join a date to its time: "19 February 2025 at 10am", "..., 10:00 - 12:00".
_TIME_LEAD = re.compile(
    r"[\s,;(–—-]*(?:(?:at|from|commencing|starting|start)\b\s*|@\s*)?", re.IGNORECASE
)
_RANGE_SEP = re.compile(r"\s*(?:-|–|—|to\b|until\b|till\b)\s*", re.IGNORECASE)
_TRAILING = re.compile(r"[\s.,;)]*")

# Times. The 12-hour form comes first so "10.30am" is not read as the bare "10.30".
_AMPM = r"(?P<ampm>[ap])(?:\.\s?m\b\.?|m\b)"
# A dotted number is not a time when it is money, a decimal of a longer number or a quantity.
_NOT_A_QUANTITY = (
    r"(?!\d|[.:,]\d|\s*(?:%|per\s?cent|percent|million|mn?\b|bn|billion|k\b|p\b|pence|fte\b))"
)
_TIME = re.compile(
    "|".join(
        (
            rf"(?<![\w.:,£$€])(?P<h12>1[0-2]|0?[1-9])(?:[.:](?P<m12>[0-5]\d))?\s*{_AMPM}",
            rf"(?<![\w.:,£$€])(?P<h24>[01]?\d|2[0-3])[.:](?P<m24>[0-5]\d)"
            rf"(?:\s*(?:hrs|hr|h)\b|{_NOT_A_QUANTITY})",
            r"(?<![\w.:,£$€])(?P<hm>[01]\d|2[0-3])(?P<mm>[0-5]\d)\s*hrs\b",
            r"\b(?:12\s*)?(?P<noon>noon|midday|midnight)\b",
        )
    ),
    re.IGNORECASE,
)


def _two_digit_year(text: str) -> int:
    # A two-digit year is this century unless it cannot be (fixed pivot: results never drift).
    year = int(text)
    return year + (2000 if year < 70 else 1900)


def _iso(match: re.Match[str]) -> str | None:
    """The ISO date of a `_DATE` match, or None when the day does not exist."""
    groups = match.groupdict()
    if groups["iy"]:
        y, m, d = int(groups["iy"]), int(groups["im"]), int(groups["id"])
    elif groups["nd"]:
        y, m, d = int(groups["ny"]), int(groups["nm"]), int(groups["nd"])
    elif groups["sy"]:
        y = _two_digit_year(groups["sy"])
        m, d = int(groups["sm"] or groups["zm"]), int(groups["sd"] or groups["zd"])
    elif groups["xd"]:
        month = _INFO.month(groups["xm"])
        if month is None:
            return None
        year = groups["xy"]
        y = int(year) if len(year) == 4 else _two_digit_year(year)
        m, d = month, int(groups["xd"])
    elif groups["wd"]:
        month = _INFO.month(groups["wm"])
        if month is None:
            return None
        y, m, d = int(groups["wy"]), month, int(groups["wd"])
    else:
        month = _INFO.month(groups["am"])
        if month is None:
            return None
        y, m, d = int(groups["ay"]), month, int(groups["ad"])
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def find_dates(text: str) -> list[tuple[str, int, int]]:
    """Every full date in running text, as (ISO date, start, end) of the date's own span."""
    found: list[tuple[str, int, int]] = []
    for match in _DATE.finditer(text):
        iso = _iso(match)
        if iso is not None:
            found.append((iso, match.start(), match.end()))
    return found


def _time_tail_end(text: str, pos: int) -> int:
    """Where an optional "at 10am" / "10:00 - 12:00" after a date ends (pos when there is none)."""
    lead = _TIME_LEAD.match(text, pos)
    start = lead.end() if lead else pos
    first = _TIME.match(text, start)
    if first is None:
        return pos
    end = first.end()
    sep = _RANGE_SEP.match(text, end)
    if sep:
        second = _TIME.match(text, sep.end())
        if second is not None:
            end = second.end()
    return end


def parse_date(text: str) -> str | None:
    """The ISO date when the whole string is one date (weekday, "on" and a time allowed)."""
    text = text.strip()
    lead = _DATE_LEAD.match(text)
    start = lead.end() if lead else 0
    match = _DATE.match(text, start)
    if match is None:
        return None
    end = _time_tail_end(text, match.end())
    trailing = _TRAILING.match(text, end)
    if trailing is None or trailing.end() != len(text):
        return None
    return _iso(match)


def _hour_minute(match: re.Match[str]) -> tuple[int, int]:
    groups = match.groupdict()
    if groups["h12"]:
        hour = int(groups["h12"]) % 12 + (12 if groups["ampm"].lower() == "p" else 0)
        return hour, int(groups["m12"] or 0)
    if groups["h24"]:
        return int(groups["h24"]), int(groups["m24"])
    if groups["hm"]:
        return int(groups["hm"]), int(groups["mm"])
    return (0, 0) if groups["noon"].lower() == "midnight" else (12, 0)


def parse_time(text: str) -> str | None:
    """The first time of day in the text as "HH:MM", or None."""
    match = _TIME.search(text)
    if match is None:
        return None
    hour, minute = _hour_minute(match)
    # "2.00 - 4.00pm": the am/pm written once covers both ends of the range.
    if match.group("h24") and hour < 12:
        sep = _RANGE_SEP.match(text, match.end())
        end = _TIME.match(text, sep.end()) if sep else None
        if end is not None and end.group("ampm") and end.group("ampm").lower() == "p":
            end_hour, _ = _hour_minute(end)
            if hour + 12 <= end_hour:
                hour += 12
    return f"{hour:02d}:{minute:02d}"


def time_at_start(text: str) -> int:
    """Where a time of day (or a range of two) that opens the text ends; 0 if none opens it."""
    return _time_tail_end(text, 0) if _TIME.match(text) else 0
