"""The downloads' three formats, each written to a file a table or a meeting at a time, so a
download of everything holds little in memory however much is published."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import zipfile
from collections.abc import Iterator
from datetime import date as Date
from pathlib import Path
from typing import Any, BinaryIO

from django.db.models import F

from scrutiny.api import published
from scrutiny.downloads.tables import TABLES, Table

README = """\
The published notes of police and crime commissioners' accountability boards, from Scrutiny.
One CSV file per table, UTF-8, with a header row. Meetings are the current version of each
published meeting; items exempt from publication, and their points, papers, actions and
figures, are left out. Rows link by id: points.meeting_id is meetings.id, and so on.
"""
MEETINGS_AT_ONCE = 40  # meetings read from the database a batch, for the JSON lines


def write_jsonl(path: Path, board: str | None) -> None:
    """One `scrutiny.meeting/1` record a line, oldest meeting first."""
    meetings = published.current_meetings()
    if board:
        meetings = meetings.filter(board__slug=board)
    ordered = meetings.order_by(F("date").asc(nulls_last=True), "pk")
    with path.open("wb") as out:
        for record in published.records(ordered, MEETINGS_AT_ONCE):
            line = json.dumps(record.to_dict(), ensure_ascii=False)
            out.write(f"{line}\n".encode())


def write_csv_zip(path: Path, board: str | None) -> None:
    with path.open("wb") as out:
        _csv_zip(out, board)


def _csv_zip(out: BinaryIO, board: str | None) -> None:
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("README.txt", README)
        for table in TABLES:
            # force_zip64: the size of a member written as a stream is not known beforehand.
            with (
                archive.open(f"{table.name}.csv", "w", force_zip64=True) as member,
                io.TextIOWrapper(member, encoding="utf-8", newline="") as text,
            ):
                writer = csv.writer(text)
                writer.writerow([c.name for c in table.columns])
                writer.writerows(_cells(table, board))


def write_sqlite(path: Path, board: str | None) -> None:
    """A SQLite database of the tables, with keys and foreign keys for Datasette to follow."""
    connection = sqlite3.connect(path)
    try:
        with connection:
            for table in TABLES:
                connection.execute(_create(table))
                places = ", ".join("?" for _ in table.columns)
                connection.executemany(
                    f'INSERT INTO "{table.name}" VALUES ({places})', _cells(table, board)
                )
    finally:
        connection.close()


def _cells(table: Table, board: str | None) -> Iterator[list[Any]]:
    return ([_cell(v) for v in row] for row in table.rows(board))


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
