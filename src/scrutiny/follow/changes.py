"""Whether a figure is a change (a rise or a fall) rather than a level, and how firm it is.

"Drug offences had increased by 8.9%" and "a 10.4% increase in drug offences" both quote a rise;
"the solved rate had risen to 14.2%" quotes a level, reached by a rise. The words that tell them
apart stand next to the number: "by" or "of" before it, or the change itself just after it
("a 2.4% reduction"); "to" quotes the level. A fall is a negative change in a series.

A figure quoted as approximate ("around 32,000") or as a goal ("would achieve 3,452.50 FTE by
January") is not a measurement, so it never contradicts one.
"""

from __future__ import annotations

import re
from typing import Literal

from scrutiny.follow.spans import clauses_nearest_first

Direction = Literal["up", "down"]
# How a figure is put: as measured, as approximate ("around 32,000"), or as a goal or forecast
# ("would achieve 3,452.50 FTE"). Only a measured figure can contradict another; a goal is a
# different measure from what it aims at, so it joins no series by itself.
Firmness = Literal["measured", "approximate", "goal"]

_UP = r"increase[sd]?|rise|rises|rose|risen|grew|grown|growth|uplift|went\s+up|gone\s+up|up"
_DOWN = (
    r"decrease[sd]?|reduction|reduced|fall|falls|fell|fallen|drop|drops|dropped|decline[sd]?"
    r"|went\s+down|gone\s+down|down|cut"
)
# Before the figure: "increased by", "a rise of", "up"; the figure must follow at once.
_BEFORE = re.compile(rf"\b(?:(?P<up>{_UP})|(?P<down>{_DOWN}))(?:\s+(?:by|of))?\s*$", re.I)
# After it: "8.9% increase", "107 more", "20 fewer".
_AFTER = re.compile(
    rf"^\s*(?:(?P<up>{_UP}|more|higher)|(?P<down>{_DOWN}|fewer|less|lower))\b", re.IGNORECASE
)
# In the subject the extractor kept: "increase in drug offences", "reduction in road deaths".
_SUBJECT = re.compile(
    r"\b(?:(?P<up>increases?|rises?|growth|uplift)|"
    r"(?P<down>decreases?|reductions?|falls?|drops?|declines?))\b",
    re.IGNORECASE,
)
# "To" quotes the level a change reached: "had fallen to 6.8".
_LEVEL = re.compile(r"\bto\s*$", re.IGNORECASE)

_HEDGES = re.compile(
    r"\b(?:around|about|approximately|approx\.?|roughly|some|nearly|almost|over|under|"
    r"more\s+than|less\s+than|fewer\s+than|up\s+to|at\s+least|at\s+most|circa|c\.|"
    r"in\s+excess\s+of|in\s+the\s+region\s+of|upwards\s+of|estimated|an\s+estimate\s+of)"
    r"\s*(?:the\s+)?$",
    re.IGNORECASE,
)
_HEDGES_AFTER = re.compile(r"^\s*(?:\+|or\s+so\b|plus\b|odd\b)", re.IGNORECASE)
# A goal or a forecast, said anywhere in the clause before the figure.
_GOALS = re.compile(
    r"\b(?:would|will|expect(?:s|ed)?|aim(?:s|ed)?|target(?:s|ed)?|forecasts?|projected|"
    r"plans?\s+to|planned|ambition|intends?\s+to|hopes?\s+to|by\s+(?:the\s+end\s+of\s+)?"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|(?:19|20)\d{2}))\b",
    re.IGNORECASE,
)


def direction(subject: str | None, text: str | None, start: int, end: int) -> Direction | None:
    """Whether the figure at `text[start:end]` (in its point) with `subject` is a rise or a
    fall; None when it is a level (or its point is unknown)."""
    if text is not None:
        before, after = text[max(0, start - 40) : start], text[end : end + 30]
        if not _LEVEL.search(before):
            for match in (_AFTER.search(after), _BEFORE.search(before)):
                if match:
                    return "up" if match["up"] else "down"
    if subject and (match := _SUBJECT.search(subject)):
        return "up" if match["up"] else "down"
    return None


def firmness(text: str | None, start: int, end: int) -> Firmness:
    """How the figure at `text[start:end]` is put: a goal when its clause says so before it,
    approximate when hedged ("around", "95%+"), else measured."""
    if text is None:
        return "measured"
    clause_start = clauses_nearest_first(text, start, end)[0][0]
    if _GOALS.search(text[clause_start:start]):
        return "goal"
    if _HEDGES.search(text[max(0, start - 40) : start]) or _HEDGES_AFTER.search(text[end:]):
        return "approximate"
    return "measured"
