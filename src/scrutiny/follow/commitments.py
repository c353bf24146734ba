"""Candidate commitments: things the force offered or agreed to provide that the action log
does not already hold.

A board's action table is written by hand and misses promises made in the discussion ("the CC
offered to provide the PCC with an update"). Each such statement is a candidate for staff to
accept as an action or dismiss. Requests for information later ("it would be helpful to receive
information at a later date") count too: the notes record them as something owed to the board.
A statement already in the log is left out: the log's action text and the statement share most
of the action's subject words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from rapidfuzz.distance import Levenshtein

from scrutiny.extract.speakers import Cast
from scrutiny.follow.answers import deferral
from scrutiny.record import Action, Item, MeetingRecord, Point, Where

_TRIGGERS = [
    # An explicit offer or undertaking: "offered to provide", "undertook to report back",
    # "agreed to circulate", "committed to sharing".
    r"\b(?:offer(?:ed|s)?|undert(?:ook|akes)|agree(?:d|s)?|committed|commits|promised)\s+to\s+"
    r"(?:provide|providing|share|sharing|circulate|circulating|send|bring|give|supply|report|"
    r"update|come\s+back|write|arrange|look\s+into|follow\s+up|return)\b",
    # A future provision of information: "would provide further information at the next
    # meeting", "will share the figures". The object keeps out "would provide a good service".
    r"\b(?:would|will)\s+(?:provide|send|share|circulate|bring|give|supply|produce)\b[^.;]{0,50}?"
    r"\b(?:update|information|detail|details|briefing|report|data|figures|breakdown|paper|note|"
    r"analysis|summary|clarification)\b",
    # Coming back to the board: "would report back", "will come back to the Board".
    r"\b(?:would|will)\s+(?:report|come|revert|write)\s+back\b|\b(?:would|will)\s+follow\s+up\b",
    # The passive, of information: "an update would be provided", "figures will be circulated"
    # (not "the award which would be presented in April").
    r"\b(?:update|information|details?|figures|data|report|briefing|paper|breakdown|analysis)"
    r"\s+(?:\w+\s+){0,4}?(?:would|will)\s+be\s+(?:provided|circulated|shared|sent|brought|"
    r"reported|presented)\b",
    # A request for information later: "would be helpful to receive information at a later
    # date"; a request answered in the meeting ("requested an update on the backlog") is not.
    r"\b(?:helpful|useful|grateful|welcome|requested|asked\s+for)\b[^.;]{0,80}?"
    r"\b(?:at\s+(?:a|the)\s+(?:later|future|next)\s+(?:date|meeting|board)|in\s+due\s+course"
    r"|outside\s+(?:of\s+)?the\s+meeting)",
]
_TRIGGER = re.compile("|".join(f"(?:{r})" for r in _TRIGGERS), re.IGNORECASE)

# Words that say an action exists, not what it is about: every action "provides an update".
_GENERIC = frozenset(
    """provide provided update updates information detail details further data comparative
    figure report paper briefing note share circulate give send bring back next meeting force
    board pcc the a an of on in to for and or with from by at is was be that this their its
    whilst about any all more""".split()
)
_WORD = re.compile(r"[a-z0-9]+")
# Two words are one when nearly equal ("renumeration"/"remuneration"); short words must agree.
_WORD_SIMILARITY = 0.8
_SHORT_WORD = 4
# The share of an action's subject words a statement must contain to be that action.
_LOGGED = 0.5


@dataclass(frozen=True)
class Commitment:
    text: str
    speaker: str | None
    item: str | None
    where: Where | None
    trigger: str


def candidate_commitments(record: MeetingRecord) -> list[Commitment]:
    """Statements offering or agreeing to provide something that the action log lacks."""
    cast = Cast(record.attendees)
    found: list[Commitment] = []
    for item, point in _points(record):
        match = _TRIGGER.search(point.text)
        if match is None or _logged(point.text, item.number, record.actions):
            continue
        speaker = _offering_speaker(point, match.start(), cast)
        found.append(Commitment(point.text, speaker, item.number, point.where, match.group()))
    return found


def open_deferrals(record: MeetingRecord) -> list[Commitment]:
    """Statements in which the force puts an explanation off ("further analysis was needed",
    "work was underway to understand the reasons") outside any question, and not in the log:
    the briefing pack lists them beside the deferred answers."""
    cast = Cast(record.attendees)
    found: list[Commitment] = []
    for item, point in _points(record):
        if point.kind == "question":
            continue  # graded by `grade_answer`
        phrase = deferral(point.text)
        if phrase is None or _logged(point.text, item.number, record.actions):
            continue
        at = point.text.index(phrase)
        speaker = _offering_speaker(point, at, cast)
        found.append(Commitment(point.text, speaker, item.number, point.where, phrase))
    return found


def _points(record: MeetingRecord) -> Iterator[tuple[Item, Point]]:
    for item in record.items:
        for section in item.sections:
            for point in section.points:
                yield item, point


def _offering_speaker(point: Point, at: int, cast: Cast) -> str | None:
    """The speaker named last before the trigger ("He added the Force would ..." goes back to
    the sentence before), else the point's last speaker."""
    before = [m.label for m in cast.mentions(point.text[:at]) if m.label in point.speakers]
    if before:
        return before[-1]
    return point.speakers[-1] if point.speakers else None


def _stem(word: str) -> str:
    # Enough stemming to meet "assaults"/"assaulted"/"assault" and "officers"/"officer".
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4 and not word.endswith("ss"):
            return word[: -len(suffix)]
    return word


def _subject_words(text: str) -> list[str]:
    return [_stem(w) for w in _WORD.findall(text.lower()) if w not in _GENERIC]


def _same_word(a: str, b: str) -> bool:
    if a == b:
        return True
    if min(len(a), len(b)) <= _SHORT_WORD:
        return False
    return Levenshtein.normalized_similarity(a, b) >= _WORD_SIMILARITY


def _coverage(action: str, statement: str) -> float:
    wanted = _subject_words(action)
    if not wanted:
        return 0.0
    have = set(_subject_words(statement))
    return sum(any(_same_word(w, h) for h in have) for w in wanted) / len(wanted)


def _logged(text: str, item: str | None, actions: list[Action]) -> bool:
    """Whether the statement is already an action: one raised under the same item (when both
    are known) whose subject words the statement mostly contains."""
    for action in actions:
        if action.item and item and action.item != item:
            continue
        if _coverage(action.text, text) >= _LOGGED:
            return True
    return False
