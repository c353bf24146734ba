"""Closing action logs: tables of Action / Owner / Due / Status, however the text layer left them.

A PDF's text layer may keep a table's cells apart with tabs, run them together with single
spaces, or scatter one cell's words across the row. The header row gives the columns' order;
each row is then read from its ends inwards, by what each kind of cell looks like: a date, a
status word, an owner (a role, initials, a name, an organisation), a reference number. The
action's text is what is left, and is reconciled later with the action as the item wrote it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from scrutiny.extract.actions import STATUS_WORDS, parse_action, status_of
from scrutiny.extract.dates import parse_date
from scrutiny.extract.paragraphs import join_lines
from scrutiny.extract.roles import ROLE_TITLE
from scrutiny.record import Action, Status, Where

TABLE_TITLE = re.compile(
    r"^(?:(?:overview|summary|schedule|log|register|table)\s+of\s+(?:the\s+)?actions?"
    r"|actions?\s+(?:log|tracker|sheet|summary|register|table|arising)"
    r"|(?:new\s+|outstanding\s+|agreed\s+)?actions?\s+(?:from|of)\s+(?:the|this)\s+meeting)"
    # "Action log (as at 4 September 2024)", "Action log – new actions"
    r"(?:\s*\([^()]{1,40}\)|\s+[–—-]\s+[\w ]{1,30})?\s*:?$",
    re.IGNORECASE,
)
_COLUMNS: dict[str, str] = {
    "action": "text",
    "actions": "text",
    "action required": "text",
    "description": "text",
    "owner": "owner",
    "lead": "owner",
    "responsible": "owner",
    "responsibility": "owner",
    "by whom": "owner",
    "due": "due",
    "due date": "due",
    "date due": "due",
    "deadline": "due",
    "target date": "due",
    "by when": "due",
    "status": "status",
    "rag": "status",
    "ref": "ref",
    "no": "ref",
    "no.": "ref",
    "number": "ref",
    "#": "ref",
    "item": "item",
    "agenda item": "item",
    "update": "note",
    "comments": "note",
    "progress": "note",
    "date raised": "raised",
}
_COLUMN_WORDS = re.compile(
    r"(?<!\w)(?:"
    + "|".join(re.escape(c) for c in sorted(_COLUMNS, key=len, reverse=True))
    + r")(?!\w)",
    re.IGNORECASE,
)
# Column names are one to three words each; a header row never runs to a sentence.
_MOST_HEADER_WORDS = 16
_DATE_AT_END = re.compile(
    r"(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4}"
    r"|TBC|TBA|N/?A|ongoing|next meeting)$",
    re.IGNORECASE,
)
_REF_AT_START = re.compile(r"^(?:[A-Z]{0,3}\d+(?:[/.]\d+)*[.)]?)(?=\s)")
_INITIALS = r"[A-Z]{2,5}(?:\s*[/&,]\s*[A-Z]{2,5})*"
_ORG_OWNER = r"(?i:the\s+)?(?:Force|OPCC|OPFCC|Police|Panel|Secretariat|Board|Chair)"
_ROLE = rf"(?i:{ROLE_TITLE.pattern})"
# Tried in order, so that "… Open Force" yields "Force" and not the name-like "Open Force".
# Case matters: initials and names are told from the action's own words by their capitals.
_OWNERS_AT_END = [
    re.compile(rf"{_ROLE}(?:\s*(?:/|&|and)\s*{_ROLE})*$"),
    re.compile(rf"{_INITIALS}$"),
    re.compile(rf"{_ORG_OWNER}$"),
    re.compile(r"[A-Z][a-z]+\s+[A-Z][a-z’'-]+$"),
]
# A log's RAG column rates an open action's progress: green, amber or red is still open.
_RAG = re.compile(r"\b(?:green|amber|red)\b", re.IGNORECASE)
_STATUS_AT_END = re.compile(rf"(?:{STATUS_WORDS.pattern}|{_RAG.pattern})$", re.IGNORECASE)
_GLYPHS = re.compile(r"[•●▪■◦\ue000-\uf8ff]")


def columns_of(text: str) -> list[str] | None:
    """The columns a header row names, in order, or None when it is not a header row."""
    if len(text.split()) > _MOST_HEADER_WORDS:
        return None
    found = [_COLUMNS[m.group().lower()] for m in _COLUMN_WORDS.finditer(text)]
    if len(set(found)) < 2 or len(_COLUMN_WORDS.sub(" ", text).split()) > 2:
        return None
    columns = list(dict.fromkeys(found))
    if "text" not in columns:
        # The action column often has no header of its own; it comes first.
        position = 1 if columns[0] in ("ref", "item") else 0
        columns.insert(position, "text")
    return columns


@dataclass
class TableRow:
    action: Action
    note: str | None = None


def parse_row(text: str, columns: list[str], where: Where | None = None) -> TableRow | None:
    cells = [c.strip() for c in re.split(r"\t+|\s{3,}", text) if c.strip()]
    if (kept := _tab_cells(text, len(columns))) is not None:
        values = dict(zip(columns, kept, strict=True))
    elif len(cells) == len(columns):
        values = dict(zip(columns, cells, strict=True))
    else:
        values = _read_run_together(" ".join(_GLYPHS.sub(" ", text).split()), columns)
    body = values.get("text", "").strip()
    if not body:
        return None
    action = Action(
        text=body,
        owner=values.get("owner") or None,
        due=parse_date(values["due"]) if values.get("due") else None,
        status=_status(values["status"]) if values.get("status") else None,
        item=values.get("item") or None,
        where=where,
    )
    return TableRow(action, values.get("note") or None)


def _tab_cells(text: str, count: int) -> list[str] | None:
    """A row's cells where tabs separate them one to one, empty cells kept ("a\t\tc").

    A row read from a DOCX or HTML table has a tab between every two cells, but its empty
    first and last cells are gone with the line's ends: only a row with a cell for every
    column is read this way.
    """
    if "\t\t" not in text or re.search(r" {3,}", text):
        return None
    kept = [cell.strip() for cell in text.split("\t")]
    return kept if len(kept) == count else None


def _status(text: str) -> Status | None:
    return status_of(text) or ("open" if _RAG.fullmatch(text.strip()) else None)


def _read_run_together(text: str, columns: list[str]) -> dict[str, str]:
    """Assign a row whose cells ran together to the columns, reading inwards from both ends."""
    values: dict[str, str] = {}
    split = columns.index("text")
    for column in columns[:split]:
        text = _take_start(text, column, values)
    for column in reversed(columns[split + 1 :]):
        text = _take_end(text, column, values)
    values["text"] = text.strip()
    return values


def _take_start(text: str, column: str, values: dict[str, str]) -> str:
    match = _REF_AT_START.match(text) if column in ("ref", "item") else None
    if match:
        values[column] = match.group().rstrip(".)")
        return text[match.end() :].lstrip()
    return text


def _take_end(text: str, column: str, values: dict[str, str]) -> str:
    patterns = {
        "due": [_DATE_AT_END],
        "raised": [_DATE_AT_END],
        "status": [_STATUS_AT_END],
        "owner": _OWNERS_AT_END,
    }.get(column, [])
    match = next((m for p in patterns if (m := p.search(text))), None)
    if match:
        values[column] = match.group().strip()
        return text[: match.start()].rstrip()
    return text


def parse_table(
    lines: list[tuple[str, Where]], columns: list[str], header: str = ""
) -> list[TableRow]:
    """Rows from the lines under a header; a row wrapped over lines is joined until complete.

    A table set in columns of spaces (its header's names two or more spaces apart) is read by
    where each cell stands under the header instead.
    """
    if (starts := _column_starts(header, columns)) is not None:
        return _aligned_rows(lines, columns, starts)
    rows: list[TableRow] = []
    pending: list[str] = []
    start: Where | None = None
    for text, where in lines:
        if not pending and columns_of(text) == columns:
            continue  # the header row again, as a table broken over pages repeats it
        if start is None:
            start = where
        pending.append(text)
        joined = join_lines(pending) if len(pending) > 1 else text
        if _is_complete(joined, columns):
            if (row := parse_row(joined, columns, start)) is not None:
                rows.append(row)
            pending, start = [], None
    if pending and (row := parse_row(join_lines(pending), columns, start)) is not None:
        rows.append(row)
    return rows


_GAP = re.compile(r"\S+(?: \S+)*")  # a cell: words one space apart, cells two or more apart


def _column_starts(header: str, columns: list[str]) -> list[int] | None:
    """Where each named column starts in a header set with spaces, or None if it is not."""
    names = list(_COLUMN_WORDS.finditer(header))
    cells = _GAP.findall(header)
    if len(names) != len(columns) or len(cells) != len(names) or "\t" in header:
        return None
    return [name.start() for name in names]


def _aligned_rows(
    lines: list[tuple[str, Where]], columns: list[str], starts: list[int]
) -> list[TableRow]:
    """Rows read by position: a line with nothing under the first column continues the row
    above it (a cell wrapped over lines), cell by cell."""
    rows: list[tuple[list[str], Where]] = []
    for text, where in lines:
        if not text.strip() or columns_of(text) == columns:
            continue
        cells = [""] * len(columns)
        for chunk in _GAP.finditer(text):
            column = max((i for i, at in enumerate(starts) if at <= chunk.start() + 2), default=0)
            cells[column] = f"{cells[column]} {chunk.group()}".strip()
        if rows and not cells[0]:
            for i, cell in enumerate(cells):
                rows[-1][0][i] = f"{rows[-1][0][i]} {cell}".strip()
        else:
            rows.append((cells, where))
    out = []
    for cells, where in rows:
        if (row := parse_row("\t".join(cells), columns, where)) is not None:
            out.append(row)
    return out


def _is_complete(text: str, columns: list[str]) -> bool:
    """A row has all its cells once its last column's kind of value ends it."""
    last = next((c for c in reversed(columns) if c != "note"), "text")
    probe = " ".join(_GLYPHS.sub(" ", text).split())
    if last in ("due", "raised"):
        return bool(_DATE_AT_END.search(probe))
    if last == "status":
        return bool(_STATUS_AT_END.search(probe))
    return True


# Where an entry of a log without columns starts: "1.", "3/25", "Action 4".
_ENTRY_START = re.compile(r"^(?:\d{1,3}[.)]\s|[A-Z]{0,3}\d+(?:[/.]\d+)+\b|actions?\b)", re.I)


def parse_log(lines: list[tuple[str, Where]]) -> list[TableRow]:
    """Actions of a log written as a list ("1. CC to report … – due 1 May – open")."""
    entries: list[tuple[list[str], Where]] = []
    for text, where in lines:
        if TABLE_TITLE.match(text):
            continue
        if not entries or _ENTRY_START.match(text):
            entries.append(([text], where))
        else:
            entries[-1][0].append(text)
    rows = []
    for texts, where in entries:
        action = parse_action(join_lines(texts))
        if action is not None:
            action.where = where
            rows.append(TableRow(action))
    return rows
