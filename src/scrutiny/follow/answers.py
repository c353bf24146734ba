"""How a question was answered: answered, partly answered, deferred, or not at all.

A question point holds the board's question and, usually, the force's reply. The reply is the
part of the point after the asker's sentence (or, when both share one sentence, after the first
force speaker named past the asker). A reply that only defers ("would provide an update",
"further analysis was needed") is deferred; one that defers or hedges but also says something
is partly answered; any other reply is answered. No one replying gives None.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Literal

from scrutiny.extract.speakers import Cast
from scrutiny.record import Point

Grade = Literal["answered", "partly", "deferred"]

_DEFERRALS = [
    # An offer of information later: "would provide an update", "will share the figures".
    r"\b(?:would|will)\s+(?:provide|give|bring|send|share|circulate|supply)\b[^.;]{0,50}?"
    r"\b(?:update|information|detail|details|figures|data|breakdown|report|briefing|paper)",
    # Coming back to the board: "would report back", "will come back to the Board".
    r"\b(?:would|will)\s+(?:report|come|get|revert)\s+back\b",
    # The answer needs more work first: "further analysis was needed".
    r"\bfurther\s+(?:analysis|work|investigation|review|consideration|exploration)\s+"
    r"(?:was|is|were|would\s+be|will\s+be)\s+(?:needed|required|necessary|underway|planned)",
    # Work to find the answer has only begun: "work was underway to understand the reasons".
    r"\b(?:work|analysis|a\s+review)\s+(?:was|is|were)\s+(?:now\s+)?(?:under\s?way|ongoing|in\s+hand)"
    r"\s+to\s+(?:understand|establish|identify|determine|explain|find|assess)",
    # The answer does not exist yet: "was not yet known", "were yet to be confirmed".
    r"\b(?:was|were|is|are)\s+(?:not\s+yet|still\s+not|yet\s+to\s+be)\s+"
    r"(?:known|available|clear|confirmed|finalised|agreed|understood)",
    # An answer put off to a later meeting or outside it.
    r"\bat\s+(?:the|a)\s+(?:next|future|later|subsequent)\s+(?:meeting|board|date)\b",
    r"\b(?:in\s+due\s+course|outside\s+(?:of\s+)?the\s+meeting|after\s+the\s+meeting)\b",
]
_HEDGES = [
    # Too soon to judge: "too early to comment definitively".
    r"\btoo\s+(?:early|soon)\s+to\s+(?:say|comment|tell|judge|know|draw)",
    # Still open elsewhere: "still under negotiation with the Home Office".
    r"\bstill\s+under\s+(?:negotiation|discussion|review|consideration)\b",
    r"\bin\s+(?:its|their)\s+infancy\b",
    # No explanation found: "no obvious trend or explanation had been found".
    r"\bno\s+(?:obvious|clear|single)\s+(?:trend|explanation|reason|cause)",
    # Unable to say: "could not confirm", "was not able to say".
    r"\b(?:could|can|would)\s+not\s+(?:yet\s+)?(?:say|confirm|comment|be\s+certain)\b",
    r"\bnot\s+(?:possible|able)\s+to\s+(?:say|confirm|comment|give)\b",
    r"\b(?:remained|remains)\s+to\s+be\s+seen\b|\bunclear\b",
]
_DEFERRAL = re.compile("|".join(f"(?:{r})" for r in _DEFERRALS), re.IGNORECASE)
_HEDGE = re.compile("|".join(f"(?:{r})" for r in _HEDGES), re.IGNORECASE)
# A deferral joined to a contrast still gives part of an answer: "confirmed X, but would ...".
_CONTRAST = re.compile(r"\b(?:but|however|although|though|whilst|while|despite)\b", re.IGNORECASE)
# Sentence ends: a full stop, ! or ? followed by a capital (not "e.g. the").
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z‘'\"“])")


def deferral(text: str) -> str | None:
    """The words in `text` that put an answer off, or None."""
    match = _DEFERRAL.search(text)
    return match.group() if match else None


def sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE_END.split(text.strip()) if s]


def reply(point: Point, asker_labels: Iterable[str], cast: Cast | None = None) -> str | None:
    """The force's reply within a question point, or None when no one but the askers speaks."""
    askers = set(asker_labels)
    responders = [s for s in point.speakers if s not in askers]
    if not responders:
        return None
    mentions = (cast or Cast()).mentions(point.text)
    asked = next((m for m in mentions if m.label in askers), None)
    if asked is None:
        # The asker goes unnamed by role: the first sentence is the question.
        parts = sentences(point.text)
        return " ".join(parts[1:]) or point.text
    offset = 0
    for sentence in sentences(point.text):
        start = point.text.index(sentence, offset)
        offset = start + len(sentence)
        if start <= asked.start < offset:
            rest = point.text[offset:].strip()
            if rest:
                return rest
            answer = next(
                (m for m in mentions if m.start > asked.end and m.label in responders), None
            )
            return point.text[answer.start : offset] if answer else None
    return None


def grade_answer(
    point: Point, asker_labels: Iterable[str], cast: Cast | None = None
) -> Grade | None:
    """How the force answered the question in `point`; None when no one replies in it."""
    return grade_reply(reply(point, asker_labels, cast))


def grade_reply(answer: str | None) -> Grade | None:
    """How the force answered, given its reply (`reply`); None when there is none."""
    if answer is None:
        return None
    parts = sentences(answer)
    deferring = [s for s in parts if _DEFERRAL.search(s)]
    if deferring:
        if len(deferring) == len(parts) and not any(_CONTRAST.search(s) for s in deferring):
            return "deferred"
        return "partly"
    if _HEDGE.search(answer):
        return "partly"
    return "answered"
