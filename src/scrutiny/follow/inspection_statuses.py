"""A finding's status as the force reports it, in the words the notes use, brought to one
spelling each: "met", "closed", "complete", "discharged", "signed off", "implemented" (done);
"open", "outstanding", "in progress" (not yet)."""

from __future__ import annotations

import re
from typing import Literal

FindingStatus = Literal[
    "met",
    "closed",
    "complete",
    "discharged",
    "signed off",
    "implemented",
    "open",
    "outstanding",
    "in progress",
]
DONE: frozenset[FindingStatus] = frozenset(
    ("met", "closed", "complete", "discharged", "signed off", "implemented")
)
STATUSES: tuple[FindingStatus, ...] = (
    "open",
    "in progress",
    "outstanding",
    "met",
    "closed",
    "complete",
    "discharged",
    "signed off",
    "implemented",
)

_SPELLINGS: dict[str, FindingStatus] = {
    "met": "met",
    "achieved": "met",
    "closed": "closed",
    "resolved": "closed",
    "complete": "complete",
    "completed": "complete",
    "discharged": "discharged",
    "signed off": "signed off",
    "implemented": "implemented",
    "open": "open",
    "outstanding": "outstanding",
    "in progress": "in progress",
    "ongoing": "in progress",
    "underway": "in progress",
    "under way": "in progress",
    "progressing": "in progress",
    "being progressed": "in progress",
    "progress": "in progress",
}
# Status words that are adjectives before a noun: "nine outstanding recommendations".
_ADJECTIVES = frozenset(("open", "outstanding", "closed"))

STATUS = (
    r"(?P<status>(?i:met|achieved|closed|resolved|complete|completed|discharged|signed[\s-]off"
    r"|implemented|open|outstanding|in\s+progress|ongoing|under\s?way|progressing"
    r"|being\s+progressed))\b"
)
# A status as the verb of an active sentence: "the Force had closed two of ...".
STATUS_VERB = (
    r"(?P<status>(?i:met|achieved|closed|resolved|completed|discharged|signed\s+off"
    r"|implemented))"
)
# Words that may stand between what is counted and its status: "had now been met by",
# "which had allowed three to be closed", "remain open".
CONNECTORS = (
    r"(?i:had|have|has|were|was|are|is|to|now|been|be|being|already|fully|successfully|"
    r"formally|since|remain|remains|remained|still|deemed|considered|marked\s+as|recorded\s+as|"
    r"assessed\s+as|subsequently|also)"
)
# Anywhere later in a sentence about one named finding: "work was underway", "reported progress".
STATUS_LOOSE = re.compile(
    r"\b(?P<status>(?i:met|achieved|closed|resolved|complete|completed|discharged|signed[\s-]off"
    r"|implemented|remains?\s+open|outstanding|in\s+progress|ongoing|under\s?way|progressing"
    r"|progress))\b"
)


def status_of(words: str, strict: bool = False) -> FindingStatus | None:
    """One spelling for a status as written; with `strict`, only the adjectives that can
    stand before a noun ("outstanding recommendations")."""
    spelled = " ".join(words.lower().replace("-", " ").split())
    spelled = re.sub(r"^remains?\s+", "", spelled)
    if strict and spelled not in _ADJECTIVES:
        return None
    return _SPELLINGS.get(spelled)


def is_done(status: str | None) -> bool:
    return status in DONE
