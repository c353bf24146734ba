"""The action log as a file a spreadsheet opens: CSV and XLSX."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from datetime import date as Date

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from scrutiny.web.register.log import HEADERS, LogRow

# A spreadsheet reads a cell that starts with one of these as a formula, and a formula in notes
# someone else wrote must never run: "=HYPERLINK(...)" in an action's text stays text.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# Column widths in characters, in HEADERS' order: dates narrow, the action and note wide.
_WIDTHS = (14, 28, 60, 24, 12, 12, 9, 14, 40, 36)
_DATE_FORMAT = "yyyy-mm-dd"


def guarded(text: str) -> str:
    """`text` as a spreadsheet will show it, never run it (OWASP's CSV injection advice)."""
    return f"'{text}" if text.startswith(_FORMULA_STARTS) else text


def csv_bytes(rows: Sequence[LogRow]) -> bytes:
    """UTF-8 with a byte order mark, which is how Excel knows it is UTF-8; ISO dates."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(HEADERS)
    for row in rows:
        writer.writerow([_csv_cell(cell) for cell in row.cells()])
    return out.getvalue().encode("utf-8-sig")


def _csv_cell(cell: str | Date | None) -> str:
    if cell is None:
        return ""
    if isinstance(cell, Date):
        return cell.isoformat()
    return guarded(cell)


def xlsx_bytes(rows: Sequence[LogRow], title: str) -> bytes:
    """One sheet: a bold header row that stays in view, real dates, an autofilter."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = _sheet_title(title)
    sheet.append(HEADERS)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for number, row in enumerate(rows, start=2):
        for column, value in enumerate(row.cells(), start=1):
            cell = sheet.cell(row=number, column=column)
            if isinstance(value, Date):
                cell.value = value
                cell.number_format = _DATE_FORMAT
            elif value:
                # Control characters a PDF's text layer can carry are not allowed in XLSX.
                cell.value = ILLEGAL_CHARACTERS_RE.sub("", value)
                # openpyxl stores a string starting "=" as a formula; text stays text.
                cell.data_type = "s"
            cell.alignment = Alignment(vertical="top", wrap_text=column in (3, 9))
        if row.link:
            sheet.cell(row=number, column=len(HEADERS)).hyperlink = row.link
    for column, width in enumerate(_WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(HEADERS))}{len(rows) + 1}"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _sheet_title(title: str) -> str:
    """A sheet's name: at most 31 characters, none of Excel's forbidden ones."""
    cleaned = "".join(" " if ch in "[]:*?/\\" else ch for ch in title).strip()
    return cleaned[:31] or "Actions"
