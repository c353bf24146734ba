"""Tables -> lines: a data table row by row, a table of minutes as the text it lays out.

Most tables in notes hold data, such as an action log: each row becomes one line of its cells
joined by tabs, which is how the extractor reads a table. Many offices, though, write their
minutes in a table: a row per item, its number in the first cell, the discussion in the next
(a title, then paragraphs), the action agreed in the last. Read as data, a row's paragraphs
would run into one line and the item's heading into its discussion. Such a table is read as it
would print without its grid: the row's leading cells and the discussion's title make the
item's heading line, each paragraph of the discussion is a paragraph, and each later cell is a
paragraph labelled with its column's heading ("Action: …").

A table is minutes when its header row names a discussion column among its first two, or,
without such a header, when its rows are numbered and hold paragraphs of discussion.
"""

from __future__ import annotations

import re

Cell = list[str]  # the cell's paragraphs, whitespace collapsed; a list item's starts "• "
Row = list[Cell]
BULLET = "• "

_DISCUSSION = re.compile(
    r"^(?:(?:agenda\s+)?items?\s*(?:and|&|/)\s*)?"
    r"(?:discussions?|minutes?|notes|summary|details|narrative|record|points?\s+discussed)\b",
    re.IGNORECASE,
)
# "Action(s)", "Actions agreed": the column of actions, which the extractor knows as "Action:".
_ACTIONS = re.compile(r"^actions?\b(?!\s+(?:by|owner|lead))", re.IGNORECASE)
_ITEM_NUMBER = re.compile(r"^(?:(?:agenda\s+)?item\s+)?\d{1,2}[.):]?$", re.IGNORECASE)
_TITLE_WORDS = 12
_SENTENCE_END = (".", "!", "?", ";", ",")


def table_lines(rows: list[Row]) -> list[str]:
    """The lines a table reads as (see the module docstring)."""
    rows = [row for row in rows if any(any(p.strip() for p in cell) for cell in row)]
    column = _discussion_column(rows)
    if column is None:
        return [_data_row(row) for row in rows]
    headed = _names_discussion(rows[0], column)
    header = [_joined(cell) for cell in rows[0]] if headed else []
    lines: list[str] = []
    for row in rows[1:] if headed else rows:
        lines.extend(_minutes_row(row, column, header))
    return lines


def _data_row(row: Row) -> str:
    return "\t".join(_joined(cell) for cell in row).rstrip("\t")


def _joined(cell: Cell) -> str:
    return " ".join(paragraph.removeprefix(BULLET) for paragraph in cell if paragraph)


def _names_discussion(row: Row, column: int) -> bool:
    return column < len(row) and bool(_DISCUSSION.match(_joined(row[column])))


def _discussion_column(rows: list[Row]) -> int | None:
    """The column holding the discussion, if the table is minutes; None for a data table."""
    if not rows:
        return None
    for column in (0, 1):
        if _names_discussion(rows[0], column):
            return column
    numbered = [row for row in rows if len(row) > 1 and _ITEM_NUMBER.match(_joined(row[0]))]
    discussed = [row for row in numbered if sum(1 for p in row[1] if p) > 1]
    if len(discussed) >= 2 and 2 * len(numbered) >= len(rows):
        return 1
    return None


def _minutes_row(row: Row, column: int, header: list[str]) -> list[str]:
    if column >= len(row):
        return [_data_row(row), ""]
    lead = " ".join(text for cell in row[:column] if (text := _joined(cell)))
    paragraphs = [p for p in row[column] if p]
    if lead and paragraphs and _is_title(paragraphs[0]):
        lead = f"{lead} {paragraphs.pop(0)}"
    lines: list[str] = []
    for paragraph in [lead, *paragraphs] if lead else paragraphs:
        lines.extend([paragraph, ""])
    for index, cell in enumerate(row[column + 1 :], start=column + 1):
        if text := _joined(cell):
            label = header[index] if index < len(header) else ""
            label = "Action" if _ACTIONS.match(label) else label
            lines.extend([f"{label}: {text}" if label else text, ""])
    return lines


def _is_title(text: str) -> bool:
    return (
        text[:1].isupper()
        and len(text.split()) <= _TITLE_WORDS
        and not text.endswith(_SENTENCE_END)
    )
