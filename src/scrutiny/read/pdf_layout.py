"""Positioned words of a PDF's pages -> lines, laid out as printed.

Pure geometry, no PDF library: words are grouped into lines by their vertical band, ordered by
x, and the layout the text layer does not spell out is put back as characters: indentation
(from the page's left text margin) as leading spaces, wide gaps (table cells) as tabs,
paragraph gaps as one blank line. Coordinates are PDF points with y growing up the page.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from typing import NamedTuple

# Gaps and indents are measured in average character widths of the document's text.
TAB_GAP = 2.0  # a gap this wide, and wider than its spaces explain, separates table cells
SPACE_GAP = 0.25  # a gap this wide between words with no space character is a space
BLANK_PITCHES = 1.5  # a line this many usual pitches below the previous one starts a paragraph
# A line of text ending this few average character widths short of the document's right edge
# fills the column: when another line follows it, its paragraph most likely wrapped there.
FULL_LINE_SLACK = 12.0


class Word(NamedTuple):
    """Text placed in one go: one word, or a whole line when it was printed as one string."""

    text: str
    left: float
    right: float
    spaces: int  # whitespace characters before the word in the text layer


class Run(NamedTuple):
    """Words the text layer gives as one line; one printed line may hold several runs."""

    words: list[Word]
    bottom: float  # the vertical band of the run's font around its baseline
    top: float


class Row(NamedTuple):
    """One printed line: the runs on one baseline, merged."""

    words: list[Word]
    bottom: float
    top: float


class Measures(NamedTuple):
    """What a document's text is measured in: its average character width and line pitch."""

    unit: float
    pitch: float


def measures(pages: list[list[Row]]) -> Measures:
    """Measured over the whole document, as one short page says little about either."""
    rows = [row for page in pages for row in page]
    unit = average_char_width(rows)
    spaced = [pair for page in pages for pair in _spaced(page)]
    distances = [distance for _, distance in spaced]
    right = max((row.words[-1].right for row in rows), default=0.0)
    wrapped = [
        distance
        for above, distance in spaced
        if above.words[-1].right >= right - FULL_LINE_SLACK * unit and not _has_cells(above, unit)
    ]
    return Measures(unit, usual_pitch(rows, distances, wrapped))


def _has_cells(row: Row, unit: float) -> bool:
    """A table row: table rows fill the width without wrapping."""
    return any(
        _separator(word.left - previous.right, word.spaces, unit) == "\t"
        for previous, word in pairwise(row.words)
    )


def page_lines(rows: list[Row], measures: Measures) -> list[str]:
    if not rows:
        return []
    margin = min(row.words[0].left for row in rows)
    lines = [row_text(rows[0], margin, measures.unit)]
    for above, row in pairwise(rows):
        if above.bottom - row.bottom > BLANK_PITCHES * measures.pitch:
            lines.append("")
        lines.append(row_text(row, margin, measures.unit))
    return lines


def rows_of(runs: list[Run]) -> list[Row]:
    """Runs grouped into printed lines, top of the page first, each line's words left to right."""
    rows: list[Row] = []
    for run in sorted(runs, key=lambda run: -(run.bottom + run.top)):
        if not run.words:
            continue
        middle = (run.bottom + run.top) / 2
        if rows and rows[-1].bottom <= middle <= rows[-1].top:
            rows[-1].words.extend(run.words)
        else:
            rows.append(Row(list(run.words), run.bottom, run.top))
    for row in rows:
        row.words.sort(key=lambda word: word.left)
    return rows


def average_char_width(rows: list[Row]) -> float:
    """The median over lines of their width per character, spaces included.

    Lines with table gaps are wider per character than prose; the median keeps them out. Long
    lines are preferred, since a short one may be all capitals or all narrow letters.
    """
    if not rows:
        return 1.0
    widths: list[tuple[bool, float]] = []
    for row in rows:
        chars = sum(len(word.text) for word in row.words) + sum(w.spaces for w in row.words[1:])
        widths.append((chars >= 20, (row.words[-1].right - row.words[0].left) / chars))
    chosen = sorted(width for long, width in widths if long) or sorted(w for _, w in widths)
    return max(chosen[len(chosen) // 2], 0.1)  # zero-width glyphs must not make gaps infinite


def usual_pitch(rows: list[Row], distances: list[float], wrapped: Sequence[float] = ()) -> float:
    """The distance between consecutive lines of a paragraph.

    The lower quartile of the distances between lines: paragraph gaps are the larger ones, and
    notes may have as many of them as ordinary line breaks. Short notes may have many more,
    most of their points fitting on one line: then the distances below lines that fill the
    column (`wrapped`), mostly where a paragraph wrapped, tell the pitch, if smaller.
    """
    if not distances:
        return 1.2 * max((row.top - row.bottom for row in rows), default=10.0)
    pitch = sorted(distances)[len(distances) // 4]
    if wrapped:
        pitch = min(pitch, sorted(wrapped)[len(wrapped) // 4])
    return pitch


def _spaced(rows: list[Row]) -> list[tuple[Row, float]]:
    """Each line with its distance, baseline to baseline, to the line below it; leaving out
    lines that overlap the one above (superscripts)."""
    return [
        (above, gap)
        for above, below in pairwise(rows)
        if (gap := above.bottom - below.bottom) > 0.5 * (below.top - below.bottom)
    ]


def row_text(row: Row, margin: float, unit: float) -> str:
    parts = [" " * round((row.words[0].left - margin) / unit)]
    previous: Word | None = None
    for word in row.words:
        if previous is not None:
            parts.append(_separator(word.left - previous.right, word.spaces, unit))
        parts.append(word.text)
        previous = word
    return "".join(parts)


def _separator(gap: float, spaces: int, unit: float) -> str:
    if gap >= max(TAB_GAP, spaces + 1) * unit:
        return "\t"
    if spaces:
        return " " * spaces
    return " " if gap >= SPACE_GAP * unit else ""
