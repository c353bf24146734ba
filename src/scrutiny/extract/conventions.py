"""The stock sentences of board notes that are procedure, not discussion.

Each is recognised by its wording, which is shared across offices: the item's introduction
("introduced the item and provided a summary of the supporting paper"), the hand-over to the
discussion ("The following points were discussed:"), the chair's closing thanks, and the line
giving the next meeting's date.
"""

from __future__ import annotations

import re

_INTRODUCTION = re.compile(
    r"\b(?:introduced|presented)\s+(?:the|this|his|her|their)\s+(?:[\w’'-]+\s+){0,5}?"
    r"(?:item|paper|papers|report|update|pack|proposals?|presentation|slides|plan|strategy)\b"
    r"|^introduced\s+by\b|\bpresented\s*\((?:virtually|remotely|online)\)"
    r"|\bprovided\s+(?:a|an)\s+(?:brief\s+)?(?:summary|overview)\s+of\s+(?:the|his|her|their)\s+"
    r"(?:supporting\s+)?(?:paper|papers|report)\b"
    r"|\b(?:would|will|did)\s+not\s+(?:read|go\s+through)\s+(?:the|his|her|their)\s+(?:paper|report)"
    r"|\btook\s+the\s+(?:paper|report)\s+as\s+read\b|\bspoke\s+to\s+the\s+(?:paper|report)\b"
    # "The CC provided an update." says who spoke to the item, and nothing of what was said.
    r"|\b(?:provided|gave|presented)\s+(?:a|an)\s+(?:brief\s+|short\s+|verbal\s+|written\s+)?"
    r"(?:update|overview|summary|presentation)(?:\s+of\s+[^.]{1,60})?\.?$"
    # "The CFO presented the Quarter 3 position.": a short sentence of presenting, and no more.
    r"|^(?:the\s+)?\S+(?:\s+\S+){0,3}\s+presented\s+(?:the|this|his|her|their)\s+[^.,;]{1,50}\.?$"
    r"|^\S+(?:\s+\S+){0,3}\s+presented\.?$",  # "DW presented."
    re.IGNORECASE,
)
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-Z‘'\"(])")
# Case matters: a name is told by its capitals.
_PRESENTER = re.compile(
    r"^(?i:the\s+)?(?P<who>[A-Z][\w.'’-]*(?:\s+(?:(?:of|and|for|&)\s+)?[A-Z][\w.'’-]*){0,3})"
    r"\s+(?:also\s+)?"
    r"(?:introduced|presented|provided|spoke|took|advised|said|explained|outlined)\b"
)
# A point that says whose update the item is, without being a mere introduction.
_OWN_UPDATE = re.compile(r"\b(?:his|her|their)\s+(?:update|paper|report|presentation)\b", re.I)
_HANDOVER = re.compile(
    r"^the\s+following\s+(?:points|matters|issues|items)\s+(?:were|was)\s+"
    r"(?:discussed|raised|noted|covered)\b",
    re.IGNORECASE,
)
_CLOSING = re.compile(
    r"^(?:in\s+closing|to\s+close|closing\s+the\s+meeting)\b"
    r"|\bthanked\b.*\b(?:for\s+attending|for\s+(?:their|his|her)\s+(?:updates?|attendance))\b"
    r"|\bthanked\s+(?:everyone|all|those\s+present|attendees|members|colleagues)\b.*\bfor\b"
    r"|\b(?:closed\s+the\s+meeting|meeting\s+(?:was\s+)?closed)\b",
    re.IGNORECASE,
)
NEXT_MEETING = re.compile(
    r"^(?:the\s+)?(?:(?:date|time|dates)\s+(?:and\s+time\s+)?of\s+(?:the\s+)?next\b"
    r"|next\s+meeting\b|the\s+next\s+meeting\s+(?:will|is|would)\b)",
    re.IGNORECASE,
)
# The line giving the next meeting's date opens a paragraph of its own, even where a page break
# took the blank line before it. Capitals tell it from a wrapped line of prose or a table cell
# that happens to start "next meeting." or "date of next …".
_OPENS_NEXT_MEETING = re.compile(
    r"^(?:Date|DATE|Time|TIME)S?\s+(?:(?i:and\s+time\s+))?(?i:of\s+(?:the\s+)?next)\b"
    r"|^(?:The\s+next\s+meeting\s+(?:will|is|would)|Next\s+(?i:meeting))\b"
)
PREVIOUS_NOTES = re.compile(
    r"\b(?:minutes|notes|record)\b.*\b(?:previous|last)\b|\b(?:previous|last)\s+(?:meeting|minutes|notes)\b",
    re.IGNORECASE,
)
_APPROVAL = re.compile(
    r"\b(?:agreed|approved|accepted|confirmed|noted|signed|adopted)\b[^.]{0,60}?"
    r"\b(?:true|accurate|correct)\b[^.]{0,30}?\brecord\b"
    r"|\b(?:minutes|notes)\b[^.]{0,80}?\b(?:were|was)\s+(?:duly\s+)?"
    r"(?:agreed|approved|accepted|signed|adopted)\b"
    # Terse notes: "Minutes of 12/02/2025 agreed.", "Notes of 27 November 2024 approved."
    r"|^(?:the\s+)?(?:minutes|notes)\b[^.]{0,60}?\s(?:agreed|approved|accepted|adopted)\b",
    re.IGNORECASE,
)
_REJECTION = re.compile(r"\bnot\s+(?:agreed|approved|accepted)\b", re.IGNORECASE)
_NOTHING = re.compile(
    r"^(?:none|nil|n/?a|no\s+(?:other\s+)?(?:business|items?|issues)|to\s+be\s+(?:confirmed|arranged)"
    r"|tb[ca])\.?$",
    re.IGNORECASE,
)


def is_introduction(text: str) -> bool:
    return bool(_INTRODUCTION.search(text))


def sentences(text: str) -> list[str]:
    return _SENTENCE_BREAK.split(text)


def split_introduction(text: str) -> tuple[str, str] | None:
    """(introduction, rest) when the paragraph opens by introducing the item, else None.

    "Mrs Jones presented the report. The PCC queried the delay." introduces the item and then
    records a point; only the first sentence is procedure.
    """
    parts = _SENTENCE_BREAK.split(text, maxsplit=1)
    first, rest = parts[0], parts[1] if len(parts) > 1 else ""
    return (first, rest.strip()) if is_introduction(first) else None


# What an introduction goes on to report: "presented the report, highlighting that 91% …".
_REPORTS = re.compile(
    r"\d|\b(?:highlighting|noting|reporting|stating|explaining|confirming|advising|showing)\b"
    r"|\b(?:noted|highlighted|reported|stated|explained|confirmed|advised|said)\s+that\b",
    re.IGNORECASE,
)


def reports_more(introduction: str) -> bool:
    """Whether an introducing sentence also says something of substance after introducing."""
    ends = [m.end() for m in _INTRODUCTION.finditer(introduction)]
    return bool(ends) and bool(_REPORTS.search(introduction, ends[-1]))


def presenter_named(sentence: str) -> str | None:
    """Who an introduction says presented, when the cast does not know them: "Mrs Jones"."""
    match = _PRESENTER.match(sentence)
    return match["who"] if match else None


def names_own_update(text: str) -> bool:
    return bool(_OWN_UPDATE.search(text))


def is_handover(text: str) -> bool:
    return bool(_HANDOVER.match(text))


def is_closing(text: str) -> bool:
    """The chair's closing words: a paragraph of one sentence that closes or thanks all.

    A paragraph that says more (notes without blank lines run paragraphs together) is kept,
    and nothing it says is lost.
    """
    lowered = text.lower()
    # The pattern's "thanked ... for attending" is costly; most paragraphs thank nobody.
    if "thanked" not in lowered and "clos" not in lowered:
        return False
    return len(sentences(text)) == 1 and bool(_CLOSING.search(text))


def is_next_meeting(text: str) -> bool:
    return bool(NEXT_MEETING.match(text))


def opens_next_meeting(line: str) -> bool:
    """Whether a line (not a paragraph) starts the closing "Date of next meeting: …"."""
    return bool(_OPENS_NEXT_MEETING.match(line))


def approval_of(text: str) -> bool | None:
    """True when the text agrees the previous notes, False when it refuses them, else None."""
    if _REJECTION.search(text):
        return False
    return True if _APPROVAL.search(text) else None


def says_nothing(text: str) -> bool:
    """ "None." under Any Other Business: a placeholder, not a point."""
    return bool(_NOTHING.match(text.strip()))
