"""Store generated records through the real storage code, one transaction per meeting.

Each record is stored by `scrutiny.ingestion.services.store`, the step of `ingest` after
extraction: the same source document row and file, meeting, actions, figures, follow-up (actions
closed, answers graded, figure series, inspections) and search entries that ingesting its notes
would make, on the database's own settings (SQLite's default journal, a commit a meeting), with
PostgreSQL's statistics refreshed as `scrutiny ingest` refreshes them. The document is the
record's own JSON (`benchmarks.synthetic`), since there are no notes to keep.

Django must be set up before this module is imported.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from tqdm import tqdm

from benchmarks.synthetic import document_of
from scrutiny.ingestion.command import ANALYSE_EVERY
from scrutiny.ingestion.services import Ingested, store
from scrutiny.ingestion.statistics import refresh_statistics
from scrutiny.record import MeetingRecord, Source

ORIGIN = "scrutiny.generate"
SLICE = 500  # records a slice: the rate slice by slice shows whether storing slows as data grows


@dataclass(frozen=True)
class Loaded:
    records: int
    seconds: float
    slices: list[float] = field(default_factory=list)  # records a second, SLICE at a time

    @property
    def per_second(self) -> float:
        return self.records / self.seconds if self.seconds else 0.0


def store_generated(record: MeetingRecord) -> Ingested:
    """Store one generated record as ingest stores an extracted one (its own transaction)."""
    document, data = document_of(record)
    record.source = Source(document.name, document.sha256, document.format)
    return store(document, data, record, origin=ORIGIN)


def load(
    records: Iterable[MeetingRecord],
    total: int | None = None,
    *,
    stored_one: Callable[[], None] | None = None,
) -> Loaded:
    """Store every record; how many and how long. With a progress bar on stderr, or, given
    `stored_one`, none: it is called after each record instead (a worker of a parallel load
    reports to the process that draws the one bar)."""
    started = slice_started = time.perf_counter()
    stored = 0
    slices: list[float] = []
    if stored_one is None:
        records = tqdm(records, total=total, unit=" meetings", file=sys.stderr, smoothing=0.1)
    for record in records:
        store_generated(record)
        stored += 1
        if stored % ANALYSE_EVERY == 0:
            refresh_statistics()  # as `scrutiny ingest` does: plans keep up with the data
        if stored_one is not None:
            stored_one()
        if stored % SLICE == 0:
            now = time.perf_counter()
            slices.append(round(SLICE / (now - slice_started), 2))
            slice_started = now
    refresh_statistics()
    return Loaded(stored, time.perf_counter() - started, slices)
