"""The ways notes state a period, each read into a key (see `scrutiny.follow.periods`).

Keys: "months:2024-04/2025-03" (whole months), "day:2018-10-31" (a snapshot), "by:2019-01" (a
target), and "...@2025-02-19" for a span that ends at the meeting. A reader gives None for a
period it cannot resolve (relative, with no meeting date), and NOT_A_PERIOD for words that only
look like one.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date as Date

MONTHS = (
    "January February March April May June July August September October November December"
).split()
_MONTH_NUMBER = {name[:3]: number for number, name in enumerate(MONTHS, start=1)}
# Month names are matched capitalised only: "may" is far more often a verb.
_MONTH = r"(?-i:(?:" + "|".join(MONTHS) + r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b)"
_YEAR = r"(?:19|20)\d{2}"
_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
_COUNT = r"(?:\d{1,2}|" + "|".join(_NUMBER_WORDS) + ")"
# What a reader gives for words that only look like a period.
NOT_A_PERIOD = ""


def _months(first: tuple[int, int], last: tuple[int, int]) -> str:
    return f"months:{first[0]:04d}-{first[1]:02d}/{last[0]:04d}-{last[1]:02d}"


def _add_months(year: int, month: int, count: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + count
    return index // 12, index % 12 + 1


def _financial_year(day: Date) -> int:
    """The year a UK financial year (1 April to 31 March) holding `day` starts in."""
    return day.year if day.month >= 4 else day.year - 1


def _quarter_start(day: Date) -> tuple[int, int]:
    return day.year, (day.month - 1) // 3 * 3 + 1


def _month_number(name: str) -> int:
    return _MONTH_NUMBER[name[:3]]


def _latest(month: int, meeting: Date | None, day: int | None = None) -> int | None:
    """The year of the latest `month` (on `day`, if given) up to the meeting: notes report
    what has happened, so "in November" at a December meeting is the November just gone."""
    if meeting is None:
        return None
    if (month, day or 0) <= (meeting.month, meeting.day if day else 0):
        return meeting.year
    return meeting.year - 1


def _count(word: str) -> int:
    return int(word) if word.isdigit() else _NUMBER_WORDS[word.lower()]


def _read_financial_year(match: re.Match[str], meeting: Date | None) -> str | None:
    first = int(match["first"])
    second = int(match["second"])
    if second < 100:
        second += first // 100 * 100
    if second != first + 1:
        return NOT_A_PERIOD  # "PEEL 2023/25" names an inspection, not a year
    return _months((first, 4), (first + 1, 3))


def _read_quarter(match: re.Match[str], meeting: Date | None) -> str | None:
    number = int(match["number"])
    if match["fy"]:
        start = int(match["fy"])
    elif match["year"]:
        first = (int(match["year"]), (number - 1) * 3 + 1)  # "Q3 2024": a calendar quarter
        return _months(first, _add_months(*first, 2))
    elif meeting is not None:
        start = _financial_year(meeting)
    else:
        return None
    first = _add_months(start, 4, (number - 1) * 3)
    return _months(first, _add_months(*first, 2))


def _read_range(match: re.Match[str], meeting: Date | None) -> str | None:
    first, last = _month_number(match["from"]), _month_number(match["to"])
    if match["to_year"]:
        last_year = int(match["to_year"])
    elif (latest := _latest(last, meeting)) is not None:
        last_year = latest
    else:
        return None
    first_year = (
        int(match["from_year"])
        if match["from_year"]
        else (last_year if first <= last else last_year - 1)
    )
    return _months((first_year, first), (last_year, last))


def _read_day(match: re.Match[str], meeting: Date | None) -> str | None:
    month, day = _month_number(match["month"]), int(match["day"])
    year = int(match["year"]) if match["year"] else _latest(month, meeting, day)
    if year is None:
        return None
    try:
        when = Date(year, month, day)
    except ValueError:
        return None
    prefix = "by" if match["by"] else "day"
    return f"{prefix}:{when.isoformat()}"


def _read_month(match: re.Match[str], meeting: Date | None) -> str | None:
    month = _month_number(match["month"])
    year = int(match["year"]) if match["year"] else _latest(month, meeting)
    if year is None:
        return None
    if match["by"]:
        return f"by:{year:04d}-{month:02d}"
    return _months((year, month), (year, month))


def _read_year(match: re.Match[str], meeting: Date | None) -> str | None:
    year = int(match["year"])
    return _months((year, 1), (year, 12))


def _read_relative(match: re.Match[str], meeting: Date | None) -> str | None:
    if meeting is None:
        return None
    words = " ".join(match.group().lower().split())
    previous = any(w in words for w in ("last", "previous", "preceding", "past", "prior"))
    if "financial" in words or "fiscal" in words:
        start = _financial_year(meeting) - (1 if previous else 0)
        if "to date" in words:
            return f"since:{start:04d}-04@{meeting.isoformat()}"
        return _months((start, 4), (start + 1, 3))
    if "to date" in words or "ytd" in words:
        return f"since:{_financial_year(meeting):04d}-04@{meeting.isoformat()}"
    if "quarter" in words:
        first = _add_months(*_quarter_start(meeting), -3 if previous else 0)
        return _months(first, _add_months(*first, 2))
    if "month" in words:
        first = _add_months(meeting.year, meeting.month, -1 if previous else 0)
        return _months(first, first)
    if "past" in words:
        return f"last:12m@{meeting.isoformat()}"  # "the past year": the twelve months to now
    year = meeting.year - (1 if previous else 0)
    return _months((year, 1), (year, 12))


def _read_rolling(match: re.Match[str], meeting: Date | None) -> str | None:
    if meeting is None:
        return None
    count = match["count"] or match["count2"]
    return f"last:{_count(count)}m@{meeting.isoformat()}"


_FY_WORDS = r"(?:(?:financial|fiscal)\s+year\s+|FY\s?)?"
Reader = Callable[[re.Match[str], Date | None], str | None]
# In order of preference: where two overlap, the one listed first is read.
READERS: list[tuple[re.Pattern[str], Reader]] = [
    (
        re.compile(
            r"\b(?:between|from)?\s*(?P<from>"
            + _MONTH
            + r")(?:\s+(?P<from_year>"
            + _YEAR
            + r"))?\s*(?:to|and|-|–|until)\s*(?P<to>"
            + _MONTH
            + r")(?:\s+(?P<to_year>"
            + _YEAR
            + r"))?\b",
            re.IGNORECASE,
        ),
        _read_range,
    ),
    (
        re.compile(
            r"\b(?:Q|quarter\s+)(?P<number>[1-4])\b(?:\s+(?:of\s+)?(?:(?P<fy>"
            + _YEAR
            + r")\s*[/-]\s*\d{2,4}|(?P<year>"
            + _YEAR
            + r")))?",
            re.IGNORECASE,
        ),
        _read_quarter,
    ),
    (
        re.compile(
            r"\b" + _FY_WORDS + r"(?P<first>" + _YEAR + r")\s*[/-]\s*(?P<second>\d{2}(?:\d{2})?)\b",
            re.IGNORECASE,
        ),
        _read_financial_year,
    ),
    (
        re.compile(
            r"\b(?:(?P<by>by)\s+|as\s+(?:at|of)\s+|at\s+|on\s+)?(?P<day>\d{1,2})(?:st|nd|rd|th)?"
            r"\s+(?P<month>" + _MONTH + r")(?:\s+(?P<year>" + _YEAR + r"))?\b",
            re.IGNORECASE,
        ),
        _read_day,
    ),
    (
        re.compile(
            r"\b(?:(?P<by>by)\s+|in\s+|during\s+|for\s+|throughout\s+)?(?P<month>"
            + _MONTH
            + r")(?:\s+(?P<year>"
            + _YEAR
            + r"))?\b",
            re.IGNORECASE,
        ),
        _read_month,
    ),
    (
        re.compile(
            r"\b(?:in|during|for|throughout|calendar\s+year)\s+(?P<year>"
            + _YEAR
            + r")\b(?!\s*[/-]\s*\d)",
            re.IGNORECASE,
        ),
        _read_year,
    ),
    (
        re.compile(
            r"\b(?:(?:financial|fiscal)\s+)?year[\s-]+to[\s-]+date\b|\bYTD\b"
            r"|\b(?:this|the\s+current|last|the\s+(?:last|previous|preceding|past|prior))\s+"
            r"(?:(?:financial|fiscal)\s+)?(?:year|quarter|month)\b",
            re.IGNORECASE,
        ),
        _read_relative,
    ),
    (
        re.compile(
            r"\b(?:(?:the\s+)?(?:last|past|previous|preceding)\s+(?P<count>"
            + _COUNT
            + r")\s+months\b|(?P<count2>"
            + _COUNT
            + r")[\s-]+month\s+(?:period|reporting\s+"
            r"period))",
            re.IGNORECASE,
        ),
        _read_rolling,
    ),
]
