"""The previous meeting's item: its date, whether its notes were agreed, what it discharged.

"The notes were agreed as a true and accurate record, and the following actions discharged:"
is followed by the actions, each with a note of how it was met ("written update received with
thanks"); an "Action update:" or a paragraph opening with an action's reference ("Action 14/22")
that reports the action complete discharges it too, unless it says it is not yet. The item's other
paragraphs, if any, are ordinary points.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from scrutiny.extract import conventions
from scrutiny.extract.dates import find_dates
from scrutiny.extract.paragraphs import Paragraph, with_text, without_paragraph_number
from scrutiny.record import Discharged, PreviousMeeting

_INTRODUCES_DISCHARGED = re.compile(
    r"\b(?:discharged|closed|completed|signed\s+off)\b[^.]*:\s*$", re.IGNORECASE
)
_NOTE_AFTER_SEPARATOR = re.compile(
    r"\s+[–—-]\s+(?P<note>[^–—]{1,80}?)\.?$|\s*\((?P<paren>[^()]{1,80})\)\.?$"
)
_NOTE_PHRASE = re.compile(
    r"\s+(?P<note>(?:(?:a|an|the)\s+)?(?:(?:written|verbal|full|further|email)\s+)?"
    r"(?:update|response|report|information|briefing|paper|reply|email)s?\s+"
    r"(?:was\s+|were\s+|had\s+been\s+|has\s+been\s+|now\s+)?"
    r"(?:received|provided|given|circulated|shared|sent|presented|noted)\b.*?)\.?$",
    re.IGNORECASE,
)
_STATUS_NOTE = re.compile(
    r"\s*[:;,]?\s+(?P<note>(?:(?:was|were|had\s+been|has\s+been)\s+(?:confirmed|reported|noted|marked)"
    r"\s+as\s+)?(?:action\s+)?(?:complete|completed|closed|discharged|done)\b.*?)\.?$",
    re.IGNORECASE,
)


# "Action update: Action 12/24 (report on 999 calls) – complete": an earlier action closed.
_ACTION_UPDATE = re.compile(r"^action\s+updates?\s*[:–—-]\s*", re.IGNORECASE)
# "Action 14/22 (…): the DCC reported … Action discharged." names the action by its reference.
_ACTION_REFERENCE = re.compile(
    r"^(?:action\s+(?:no\.?\s*|ref(?:erence)?\.?\s*)?|ref(?:erence)?\.?\s*)"
    r"[A-Z]{0,3}\d+(?:[/.-]\d+)*\b",
    re.IGNORECASE,
)
# "It was noted that action PCEB 44/24 (…) had been completed."
_NAMED_ACTION_MET = re.compile(
    r"\baction\s+(?:[A-Z]{2,8}\s?)?\d+(?:/\d+)?\b[^.]{0,120}?\b(?:had|has|have)\s+been\s+"
    r"(?:completed|closed|discharged|met)\b",
    re.IGNORECASE,
)
_DISCHARGED_INLINE = re.compile(
    r"\b(?:discharged|closed|completed|signed\s+off)\b[^.:]{0,40}:\s*(?=\S)", re.IGNORECASE
)
# What the item says of the action log as a whole: procedure, not a point.
_PROCEDURE = re.compile(
    r"^(?:(?:all|both|the\s+(?:two|three|four|remaining))\s+(?:\w+\s+){0,2}actions?"
    r"|actions?\s+\d+(?:\s*(?:,|and|&)\s*\d+)+)\b[^.]*\b"
    r"(?:complete|completed|closed|discharged)\b[^.]*\.?$"
    r"|\bno\s+(?:outstanding|open)\s+actions?\b"
    r"|^(?:the\s+)?(?:previous\s+actions|matters\s+arising|action\s+(?:log|tracker|updates?))\b"
    r"[^.:]{0,40}(?::\s*$|\breviewed\b[^.:]{0,40}[.:]?\s*$)",
    re.IGNORECASE,
)
_CLOSED = re.compile(r"\b(?:complete[d]?|closed|discharged|done|achieved)\b", re.IGNORECASE)
# "not yet complete", "will close once …", "remains open": the action is still open.
_STILL_OPEN = re.compile(
    r"\b(?:not|yet\s+to\s+be|will|would|until|once)\s+(?:\w+\s+){0,3}?"
    r"(?:complete[d]?|closed|discharged|done|achieved)\b"
    r"|\b(?:remains?\s+open|ongoing|outstanding|in\s+progress|carried\s+forward)\b",
    re.IGNORECASE,
)


@dataclass
class PreviousItem:
    meeting: PreviousMeeting
    discharged: list[Discharged] = field(default_factory=list)
    # Paragraphs that are neither the approval nor a discharged action.
    other: list[Paragraph] = field(default_factory=list)


def discharged_entry(text: str) -> Discharged:
    """Split "Provide X written update received with thanks." into the action and its note."""
    # "Action 7/24 - CC to report …: discharged", "Ref 2/24 – AL to circulate it. Complete.":
    # a status after the action's own sentence is the note, whatever dashes the action holds.
    status = _STATUS_NOTE.search(text)
    first = (
        (_STATUS_NOTE,) if status and status.start() > 0 and _ends_a_sentence(text, status) else ()
    )
    for pattern in (*first, _NOTE_AFTER_SEPARATOR, _NOTE_PHRASE, _STATUS_NOTE):
        match = pattern.search(text)
        if match and match.start() > 0:
            note = next(g for g in match.groups() if g)
            return Discharged(text=text[: match.start()].strip(" :;,"), note=note.strip())
    return Discharged(text=text.rstrip(".").strip(), note=None)


def _ends_a_sentence(text: str, status: re.Match[str]) -> bool:
    before = text[: status.start()].rstrip()
    return before.endswith((".", ";", ":")) or status.group().lstrip()[:1] in ":;,"


def _reports_closed(text: str) -> bool:
    return bool(_CLOSED.search(text)) and not _STILL_OPEN.search(text)


def _reports_met(text: str) -> bool:
    """Reported closed, or met by what was received: "– report received"."""
    return _reports_closed(text) or bool(_NOTE_PHRASE.search(text) and not _STILL_OPEN.search(text))


def _besides_approval(text: str) -> str:
    sentences = conventions.sentences(text)
    return " ".join(s for s in sentences if conventions.approval_of(s) is None)


def read_previous(title: str, paragraphs: list[Paragraph]) -> PreviousItem:
    dates = find_dates(title)
    found = PreviousItem(PreviousMeeting(date=dates[0][0] if dates else None))
    listing = False
    queue = [without_paragraph_number(p) for p in paragraphs]
    while queue:
        paragraph = queue.pop(0)
        text = paragraph.text
        approval = conventions.approval_of(text)
        if approval is not None:
            found.meeting.approved = approval
            if found.meeting.date is None and (held := find_dates(text)):
                found.meeting.date = held[0][0]
        if _INTRODUCES_DISCHARGED.search(text):
            listing = True
        elif (inline := _DISCHARGED_INLINE.search(text)) and not _STILL_OPEN.search(text):
            # "The following action was discharged: the CC to confirm …".
            found.discharged.append(discharged_entry(text[inline.end() :]))
        elif approval is not None:
            # "The minutes were agreed. Action 31 (…) was closed.": the rest is read in turn.
            if rest := _besides_approval(text):
                queue.insert(0, with_text(paragraph, rest))
        elif _PROCEDURE.search(text):
            pass  # "All actions from that meeting had been completed.": said by `discharged`
        elif listing and paragraph.bulleted:
            found.discharged.append(discharged_entry(text))
        elif (update := _ACTION_UPDATE.match(text)) and _reports_closed(text):
            found.discharged.append(discharged_entry(text[update.end() :]))
        elif ((_ACTION_REFERENCE.match(text) or paragraph.bulleted) and _reports_met(text)) or (
            _NAMED_ACTION_MET.search(text) and not _STILL_OPEN.search(text)
        ):
            # "Action 14/22 (…) … Action discharged.", or a bulleted log entry "- Fire safety
            # visits: the CFO had circulated the data – complete."
            found.discharged.append(discharged_entry(text))
        else:
            listing = False
            found.other.append(paragraph)
    return found
