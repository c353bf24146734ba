"""Highlighted snippets, from the database's marked-up text to pieces a template escapes.

The backends mark matches with two private-use characters, not HTML: the snippet is split on
them here, and the template writes each piece with autoescaping on, inside <mark> or not. So no
text from a document ever reaches the page unescaped, and no `|safe` is needed. The indexer
strips these two characters from what it stores, so a document cannot fake a mark either.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

START = "\ue000"
STOP = "\ue001"
_MARKER = re.compile(f"([{START}{STOP}])")


@dataclass(frozen=True)
class Fragment:
    text: str
    marked: bool


def without_markers(text: str) -> str:
    return text.replace(START, "").replace(STOP, "")


def fragments(snippet: str) -> tuple[Fragment, ...]:
    """The snippet's text in order, each piece saying whether it was a match."""
    pieces: list[Fragment] = []
    marked = False
    for part in _MARKER.split(snippet):
        if part in (START, STOP):
            marked = part == START
        elif part:
            if pieces and pieces[-1].marked == marked:
                pieces[-1] = Fragment(pieces[-1].text + part, marked)
            else:
                pieces.append(Fragment(part, marked))
    return tuple(pieces)
