"""The period a figure is quoted for, read from the words around it in its point.

Notes state periods every way: "2024/25", "in February", "as at 31 October", "for the period
April to December 2024", "year to date", "over the three-month period", "in 2018", "the previous
quarter", "last year". Each becomes a key: one spelling for one span of time, so "2024/25" and
"April 2024 to March 2025" agree. Relative periods are resolved against the meeting's date; a
period that stays relative to the meeting ("year to date", "the last three months") carries the
meeting's date in its key, so two meetings never share it. A period named only as a comparison
("lower than last year", "compared with the previous quarter") is not the figure's own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date as Date

from scrutiny.follow.period_readers import NOT_A_PERIOD, READERS
from scrutiny.follow.spans import clauses_nearest_first

# Words that make the period after them a baseline for comparison, not the figure's own.
_COMPARED = re.compile(
    r"(?:\bthan|\bcompared\s+(?:with|to)|\bagainst|\bversus|\bvs\.?|\bon|\bsince|\bfrom)"
    r"(?:\s+(?:the|that\s+of|those\s+of|same\s+period|same\s+point|in|at))*\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Period:
    """A stated period: `key` is None when it is relative and the meeting has no date."""

    key: str | None
    words: str


@dataclass(frozen=True)
class _Found:
    start: int
    end: int
    key: str | None


def figure_period(text: str, start: int, end: int, meeting: Date | None) -> Period | None:
    """The period stated for the figure at `text[start:end]`, or None when none is stated.

    The figure's own clause is read first, then the clauses before it (a sentence's opening
    "As at 31 October," scopes all of it), then those after; within a clause the period nearest
    the figure wins.
    """
    for clause_start, clause_end in clauses_nearest_first(text, start, end):
        found = [
            f
            for f in _periods(text, clause_start, clause_end, meeting)
            if not _COMPARED.search(text[clause_start : f.start])
        ]
        if found:
            nearest = min(found, key=lambda f: _distance(f, start, end))
            return Period(nearest.key, " ".join(text[nearest.start : nearest.end].split()))
    return None


def _distance(found: _Found, start: int, end: int) -> int:
    return max(found.start - end, start - found.end, 0)


def _periods(text: str, start: int, end: int, meeting: Date | None) -> list[_Found]:
    """Every period stated in `text[start:end]`; where two overlap, the longer one."""
    found: list[_Found] = []
    for pattern, read in READERS:
        for match in pattern.finditer(text, start, end):
            if any(
                f.start <= match.start() < f.end or match.start() <= f.start < match.end()
                for f in found
            ):
                continue
            key = read(match, meeting)
            if key != NOT_A_PERIOD:
                found.append(_Found(match.start(), match.end(), key))
    return found
