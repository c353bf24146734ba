"""The downloads' three formats, each made whole in memory from `tables` or the records."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import tempfile
import zipfile
from datetime import date as Date
from pathlib import Path
from typing import Any

from django.db.models import F

from scrutiny.api import published
from scrutiny.downloads.tables import TABLES, Table

README = """\
The published notes of police and crime commissioners' accountability boards, from Scrutiny.
One CSV file per table, UTF-8, with a header row. Meetings are the current version of each
published meeting; items exempt from publication, and their points, papers, actions and
figures, are left out. Rows link by id: points.meeting_id is meetings.id, and so on.
"""


def jsonl(board: str | None) -> bytes:
    """One `scrutiny.meeting/1` record a line, oldest meeting first."""
    meetings = published.current_meetings()
    if board:
        meetings = meetings.filter(board__slug=board)
    lines = (
        json.dumps(published.record_dict(m), ensure_ascii=False)
        for m in meetings.order_by(F("date").asc(nulls_last=True), "pk")
    )
    return "".join(f"{line}\n" for line in lines).encode()


def csv_zip(board: str | None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("README.txt", README)
        for table in TABLES:
            text = io.StringIO()
            writer = csv.writer(text)
            writer.writerow([c.name for c in table.columns])
            writer.writerows([_cell(v) for v in row] for row in table.rows(board))
            archive.writestr(f"{table.name}.csv", text.getvalue())
    return buffer.getvalue()


def sqlite_file(board: str | None) -> bytes:
    """A SQLite database of the tables, with keys and foreign keys for Datasette to follow."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "scrutiny.sqlite"
        connection = sqlite3.connect(path)
        try:
            with connection:
                for table in TABLES:
                    connection.execute(_create(table))
                    places = ", ".join("?" for _ in table.columns)
                    connection.executemany(
                        f'INSERT INTO "{table.name}" VALUES ({places})',
                        ([_cell(v) for v in row] for row in table.rows(board)),
                    )
        finally:
            connection.close()
        return path.read_bytes()


def _create(table: Table) -> str:
    columns = []
    for column in table.columns:
        spec = f'"{column.name}" {column.kind}'
        if column.name == table.key:
            spec += " PRIMARY KEY"
        if column.references:
            spec += f" REFERENCES {column.references}"
        columns.append(spec)
    return f'CREATE TABLE "{table.name}" ({", ".join(columns)})'


def _cell(value: Any) -> Any:
    return value.isoformat() if isinstance(value, Date) else value
