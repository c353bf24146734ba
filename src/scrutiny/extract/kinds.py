"""What a point is: a question, a commendation, or a statement.

A point is a question when someone asks, enquires, seeks clarification or assurance, or asks
for an update or information in it; otherwise a commendation when someone thanks, commends,
praises or congratulates; otherwise a statement. A point labelled as a question ("Question:")
or that asks one in so many words ("…?") is a question. Nouns do not count ("areas of praise",
"the PCC's request"), only the act.
"""

from __future__ import annotations

import re

from scrutiny.record import Kind

_QUESTION = re.compile(
    r"\b(?:"
    # "asked that their thanks be recorded" is a thank-you, not a question
    r"ask(?:ed|s|ing)\b(?!\s+that\s+(?:\w+\s+){0,3}thanks)"
    r"|(?:en|in)quir(?:ed|es|ing)|quer(?:ied|ies|ying)|question(?:ed|s|ing)\s+(?:whether|if|how|why|what|when|the)"
    r"|sought\s+(?!to\b)|seek(?:s|ing)\s+(?!to\b)"
    r"|request(?:ed|s|ing)\b|challeng(?:ed|es|ing)\s+(?:the|whether|how|why)"
    r"|would\s+(?:be\s+)?(?:helpful|useful|grateful|welcome|like)\b[^.]{0,40}?"
    r"\b(?:to\s+(?:receive|see|have|know|understand)|an\s+update|further\s+(?:information|detail))"
    r")",
    re.IGNORECASE,
)
_COMMENDATION = re.compile(
    r"\b(?:"
    r"thank(?:ed|ing)\b|thank\s+you\b|(?:his|her|its|our|their|my)\s+thanks\b"
    r"|expressed\s+(?:\w+\s+)?thanks"
    r"|commend(?:ed|ing|s)\b|prais(?:ed|es|ing)\b|congratulat(?:ed|es|ing)\b|paid\s+tribute"
    r"|noted\s+the\s+(?:good|excellent|great|hard|outstanding)\s+work"
    r")",
    re.IGNORECASE,
)


# Stems every cue above contains: a paragraph with none of them needs no regular expression.
_QUESTION_STEMS = (
    "ask",
    "quir",
    "quer",
    "question",
    "sought",
    "seek",
    "request",
    "challeng",
    "would",
)
_COMMENDATION_STEMS = ("thank", "commend", "prais", "congratulat", "tribute", "work")


# "Question: …", "Q3. …", or a question asked in the board's own words ("…?").
# (A "?" inside an address, "page?id=3", asks nothing.)
_ASKED_AS_WRITTEN = re.compile(
    r"^(?:q\d{0,2}|question(?:\s+\d{1,2})?)\s*[:.)–—-]|\?(?=\s|$|[\"'”’)])", re.IGNORECASE
)


def point_kind(text: str) -> Kind:
    if _ASKED_AS_WRITTEN.search(text):
        return "question"
    lowered = text.lower()
    if any(s in lowered for s in _QUESTION_STEMS) and _QUESTION.search(text):
        return "question"
    if any(s in lowered for s in _COMMENDATION_STEMS) and _COMMENDATION.search(text):
        return "commendation"
    return "statement"
