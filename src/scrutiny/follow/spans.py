"""Where a figure sits in its point: its sentence, and the clauses of that sentence.

The words that qualify a figure (its period, whether it is a rise or a fall, whether it is
approximate) are near it, in its own clause or in one that scopes the sentence ("As at
31 October, the Force had 3,401 officers"). An aside in brackets ("(lower than last year)") is a
clause of its own, read only for a figure inside it.
"""

from __future__ import annotations

import re
from functools import lru_cache

Span = tuple[int, int]

# A sentence ends at . ! or ? followed by a space and a capital, a digit or a quote ("4.7%" and
# "Op. Sceptre" do not end one), or at a line break before a bullet.
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z0-9'\"‘“])|\n\s*[-•*]\s")
_BREAKS = ",;:"
_DASHES = (" – ", " — ", " - ")
# Where a clause may open, close or break: the loop below looks only at these places.
_MARKS = re.compile(r"[(),;:]|(?<= )[–—-](?= )")


def sentence(text: str, start: int, end: int) -> Span:
    """The sentence of `text` holding `text[start:end]`."""
    begin, finish = 0, len(text)
    for match in _SENTENCE_END.finditer(text):
        if match.end() <= start:
            begin = match.end()
        elif match.start() >= end:
            finish = match.start()
            break
    while begin < finish and text[begin].isspace():
        begin += 1
    return begin, finish


def clauses(text: str, begin: int, finish: int) -> list[tuple[Span, bool]]:
    """The clauses of `text[begin:finish]` in order, each flagged True if it is in brackets.

    A comma between digits ("12,450") splits nothing.
    """
    found: list[tuple[Span, bool]] = []
    depth, clause_start, aside_start = 0, begin, begin
    for mark in _MARKS.finditer(text, begin):
        i = mark.start()
        if i >= finish:
            break
        char = text[i]
        if char == "(":
            if depth == 0:
                found.append(((clause_start, i), False))
                aside_start = i + 1
            depth += 1
        elif char == ")" and depth:
            depth -= 1
            if depth == 0:
                found.append(((aside_start, i), True))
                clause_start = i + 1
        elif depth == 0 and _breaks_at(text, i):
            found.append(((clause_start, i), False))
            clause_start = i + 1
    found.append(((aside_start, finish) if depth else (clause_start, finish), bool(depth)))
    return [(span, aside) for span, aside in found if text[span[0] : span[1]].strip()]


def _breaks_at(text: str, i: int) -> bool:
    if text[i] in _BREAKS:
        between_digits = 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit()
        return not between_digits
    return any(text.startswith(dash, i - 1) for dash in _DASHES)


def clauses_nearest_first(text: str, start: int, end: int) -> list[Span]:
    """The clauses to read for the figure at `text[start:end]`: its own, then those before it
    (nearest first), then those after; asides that do not hold the figure are left out."""
    ordered = clauses(text, *sentence(text, start, end))
    own = next(
        (n for n, ((s, e), _) in enumerate(ordered) if s <= start < e or s <= end <= e),
        None,
    )
    if own is None:
        return [sentence(text, start, end)]
    before = [span for span, aside in reversed(ordered[:own]) if not aside]
    after = [span for span, aside in ordered[own + 1 :] if not aside]
    return [ordered[own][0], *before, *after]


def find_figure(text: str, figure: str, occurrence: int = 0) -> Span | None:
    """Where the figure written `figure` stands in `text`: its `occurrence`-th appearance as a
    whole number (so "1" is not found inside "14"), whitespace compared loosely."""
    pattern = _figure_pattern(figure)
    if pattern is None:
        return None
    matches = list(pattern.finditer(text))
    if occurrence >= len(matches):
        return None
    match = matches[occurrence]
    return match.start(), match.end()


@lru_cache(maxsize=1024)
def _figure_pattern(figure: str) -> re.Pattern[str] | None:
    """The expression finding `figure` as a whole number, whitespace compared loosely; made
    once a figure's wording (each figure is looked for in point after point)."""
    words = figure.split()
    if not words:
        return None
    return re.compile(
        r"(?<![\w.,])" + r"\s+".join(re.escape(w) for w in words) + r"(?![\w]|[.,]\d)",
        re.IGNORECASE,
    )
