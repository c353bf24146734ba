"""`scrutiny ingest PATH|URL...`: one line per document, a progress bar for several.

Presentation only: what to ingest comes from `sources`, every write from `services`.
"""

from __future__ import annotations

import sys
from typing import TextIO

from django.db import DatabaseError, connection
from django.db.migrations.executor import MigrationExecutor
from tqdm import tqdm

from scrutiny.alerts.services import send_after_ingest
from scrutiny.ingestion.errors import IngestFailed
from scrutiny.ingestion.services import Ingested, ingest
from scrutiny.ingestion.sources import expand, load
from scrutiny.ingestion.statistics import refresh_statistics
from scrutiny.meetings.models import Meeting

EXIT_FAILED = 2
EXIT_NOT_READY = 1
# Documents stored between refreshes of PostgreSQL's statistics (see ingestion.statistics).
ANALYSE_EVERY = 200


def ingest_all(
    locations: list[str],
    *,
    board: str | None = None,
    date: str | None = None,
    out: TextIO = sys.stdout,
    err: TextIO = sys.stderr,
) -> int:
    """Ingest every document named; one that fails is reported and the rest still stored."""
    if problem := database_problem():
        print(f"scrutiny: {problem}", file=err)
        return EXIT_NOT_READY
    targets = expand(locations)
    failed = False
    stored = 0
    # Shown for several documents on a terminal; tqdm stays quiet when stderr is a file.
    with tqdm(targets, file=err, unit="doc", disable=True if len(targets) < 2 else None) as bar:
        for target in bar:
            try:
                data, name = load(target)
                result = ingest(data, name, board=board, date=date, origin=target)
                line = f"{target}: {describe(result)}"
                if result.outcome != "unchanged":
                    stored += 1
                    if stored % ANALYSE_EVERY == 0:
                        refresh_statistics()  # later documents planned on what is there now
            except IngestFailed as failure:
                failed = True
                line = f"{target}: failed: {failure.reason}"
            bar.write(line, file=out)
    refresh_statistics()
    send_after_ingest()  # one alert digest for what this run stored; never fails the run
    return EXIT_FAILED if failed else 0


def describe(result: Ingested) -> str:
    meeting = result.meeting
    notes = [f"meeting {meeting.pk}"]
    if result.replaced is not None:
        notes.append(f"version {meeting.version}, replacing version {result.replaced.version}")
    return f"{result.outcome}: {_meeting(meeting)} ({'; '.join(notes)})"


def database_problem() -> str | None:
    """Why the database cannot take meetings yet, or None when it can."""
    try:
        executor = MigrationExecutor(connection)
        unapplied = executor.migration_plan(executor.loader.graph.leaf_nodes())
    except DatabaseError as error:
        return f"cannot use the database ({error})"
    if unapplied:
        return "the database is not set up yet: run `scrutiny manage migrate` first"
    return None


def _meeting(meeting: Meeting) -> str:
    board = meeting.board.name if meeting.board else "board not stated"
    date = meeting.date.isoformat() if meeting.date else "date not stated"
    return f"{board}, {date}"
