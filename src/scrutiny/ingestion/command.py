"""`scrutiny ingest PATH|URL...`: one line per document, a progress bar for several.

Presentation only: what to ingest comes from `sources`, every write from `services`. With
`jobs` above 1 the documents are shared among worker processes (`parallel`), each running
`ingest_one` as the serial path does, so the lines are the same, in the order they finish.
"""

from __future__ import annotations

import sys
from collections.abc import Generator
from contextlib import closing
from dataclasses import dataclass
from functools import partial
from typing import Literal, TextIO

from django.db import DatabaseError, IntegrityError, connection
from django.db.migrations.executor import MigrationExecutor
from tqdm import tqdm

from scrutiny.alerts.services import send_after_ingest
from scrutiny.ingestion.errors import IngestFailed
from scrutiny.ingestion.parallel import in_workers
from scrutiny.ingestion.services import Ingested, Outcome, already_stored, ingest
from scrutiny.ingestion.sources import expand, load
from scrutiny.ingestion.statistics import refresh_statistics
from scrutiny.meetings.models import Meeting

EXIT_FAILED = 2
EXIT_NOT_READY = 1
# Documents stored between refreshes of PostgreSQL's statistics (see ingestion.statistics).
ANALYSE_EVERY = 200


@dataclass(frozen=True)
class Done:
    """What became of one document, and the line that says so."""

    outcome: Outcome | Literal["failed"]
    line: str


def ingest_all(
    locations: list[str],
    *,
    board: str | None = None,
    date: str | None = None,
    jobs: int = 1,
    out: TextIO = sys.stdout,
    err: TextIO = sys.stderr,
) -> int:
    """Ingest every document named; one that fails is reported and the rest still stored.

    `jobs` above 1: that many worker processes at once, the lines in the order the documents
    finish."""
    if problem := database_problem():
        print(f"scrutiny: {problem}", file=err)
        return EXIT_NOT_READY
    targets = expand(locations)
    work = partial(ingest_one, board=board, date=date)
    each: Generator[Done, None, None]
    if jobs > 1 and len(targets) > 1:
        each = in_workers(work, targets, jobs=jobs, lost=failed)
    else:
        each = (work(target) for target in targets)
    failures = stored = 0
    # Shown for several documents on a terminal; tqdm stays quiet when stderr is a file.
    bar = tqdm(total=len(targets), file=err, unit="doc", disable=True if len(targets) < 2 else None)
    with bar, closing(each):
        for done in each:
            if done.outcome == "failed":
                failures += 1
            elif done.outcome != "unchanged":
                stored += 1
                if stored % ANALYSE_EVERY == 0:
                    refresh_statistics()  # later documents planned on what is there now
            bar.write(done.line, file=out)
            bar.update()
    refresh_statistics()
    send_after_ingest()  # one alert digest for what this run stored; never fails the run
    return EXIT_FAILED if failures else 0


def ingest_one(target: str, *, board: str | None, date: str | None) -> Done:
    """Load and store one document (a file or an address): the serial run's step, and each
    worker's."""
    data: bytes | None = None
    try:
        data, name = load(target)
        result = ingest(data, name, board=board, date=date, origin=target)
    except IngestFailed as failure:
        if (known := _stored_meanwhile(data, failure)) is not None:
            result = Ingested("unchanged", known)
        else:
            return failed(target, failure.reason)
    return Done(result.outcome, f"{target}: {describe(result)}")


def failed(target: str, reason: str) -> Done:
    return Done("failed", f"{target}: failed: {reason}")


def _stored_meanwhile(data: bytes | None, failure: IngestFailed) -> Meeting | None:
    """The meeting the same bytes (under another name) were stored as by another worker while
    this one read them: it lost on the document's unique SHA-256, and is as unchanged as the
    second of the two would be in a serial run."""
    if data is None or not isinstance(failure.__cause__, IntegrityError):
        return None
    return already_stored(data)


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
