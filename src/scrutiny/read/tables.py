"""Tables -> lines: a data table row by row, a table of minutes as the text it lays out.

Most tables in notes hold data, such as an action log: each row becomes one line of its cells
joined by tabs, which is how the extractor reads a table. Many offices, though, write their
minutes in a table: a row per item, its number in the first cell, the discussion in the next
(a title, then paragraphs), the action agreed in the last. Read as data, a row's paragraphs
would run into one line and the item's heading into its discussion. Such a table is read as it
would print without its grid: the row's leading cells and the discussion's title make the
item's heading line, each paragraph of the discussion is a paragraph, and the later cells make
one paragraph, each labelled with its column's heading ("Action: …; Owner: …").

A table is minutes when its header row names a discussion column among its first two, or,
without such a header, when its rows are numbered and hold paragraphs of discussion; but not
when its header names an action log's columns (owner, due date, status) and only "Notes".
"""

from __future__ import annotations

import re

Cell = list[str]  # the cell's paragraphs, whitespace collapsed; a list item's starts "• "
Row = list[Cell]
BULLET = "• "

_DISCUSSION = re.compile(
    r"^(?:(?:agenda\s+)?items?\s*(?:and|&|/)\s*)?"
    r"(?:discussions?|minutes?|narrative|points?\s+discussed|(?P<weak>notes|record))\b",
    re.IGNORECASE,
)
# An action log's header names its owners, deadlines or statuses: such a table is data.
_LOG_COLUMN = re.compile(
    r"^(?:owner|lead|responsib\w*|by\s+whom|due(?:\s+date)?|date\s+due|deadline|target\s+date"
    r"|by\s+when|status|rag|progress|update)$",
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
    headed = _discussion_named(rows[0], column) is not None
    header = [_joined(cell) for cell in rows[0]] if headed else []
    lines: list[str] = []
    for row in rows[1:] if headed else rows:
        lines.extend(_minutes_row(row, column, header))
    return lines


def _data_row(row: Row) -> str:
    return "\t".join(_joined(cell) for cell in row).rstrip("\t")


def _joined(cell: Cell) -> str:
    return " ".join(paragraph.removeprefix(BULLET) for paragraph in cell if paragraph)


def names_a_discussion(row: Row) -> bool:
    """Whether a header row names a discussion column among its first two."""
    return any(_discussion_named(row, column) for column in (0, 1))


def _discussion_named(row: Row, column: int) -> re.Match[str] | None:
    return _DISCUSSION.match(_joined(row[column])) if column < len(row) else None


def _discussion_column(rows: list[Row]) -> int | None:
    """The column holding the discussion, if the table is minutes; None for a data table."""
    if len(rows) < 2:
        return None  # a header with nothing under it lays nothing out
    log = _is_log_header(rows[0])
    for column in (0, 1):
        # "Discussion" or "Minutes" heads minutes, whatever else the table records; "Notes"
        # does only in a table that is not an action log.
        if (named := _discussion_named(rows[0], column)) and not (log and named["weak"]):
            return column
    if log:
        return None
    numbered = [row for row in rows if len(row) > 1 and _ITEM_NUMBER.match(_joined(row[0]))]
    discussed = [row for row in numbered if sum(1 for p in row[1] if p) > 1]
    if len(discussed) >= 2 and 2 * len(numbered) >= len(rows):
        return 1
    return None


def _is_log_header(row: Row) -> bool:
    return sum(1 for cell in row if _LOG_COLUMN.match(_joined(cell))) >= 2


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
    # The later cells say one thing together: "Action: CC to report; Owner: CC; Due: 1 May".
    later = []
    for index, cell in enumerate(row[column + 1 :], start=column + 1):
        if text := _joined(cell):
            label = header[index] if index < len(header) else ""
            label = "Action" if _ACTIONS.match(label) else label
            later.append(f"{label}: {text}" if label else text)
    if later:
        lines.extend(["; ".join(later), ""])
    return lines


def _is_title(text: str) -> bool:
    return (
        text[:1].isupper()
        and len(text.split()) <= _TITLE_WORDS
        and not text.endswith(_SENTENCE_END)
    )
