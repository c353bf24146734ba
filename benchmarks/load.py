"""Store generated records through the real storage code, one transaction per meeting.

Each record is stored by `scrutiny.ingestion.services.store`, the step of `ingest` after
extraction: the same source document row and file, meeting, actions, figures and search
entries that ingesting its notes would make. The "document" is the record's own JSON (as a
text file, known by its SHA-256), since there are no notes to keep.

Django must be set up before this module is imported.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass

from django.db import connection
from tqdm import tqdm

from scrutiny.ingestion.services import Ingested, store
from scrutiny.read.document import Document, sha256_of
from scrutiny.record import MeetingRecord, Source

ORIGIN = "scrutiny.generate"


@dataclass(frozen=True)
class Loaded:
    records: int
    seconds: float

    @property
    def per_second(self) -> float:
        return self.records / self.seconds if self.seconds else 0.0


def document_of(record: MeetingRecord) -> tuple[Document, bytes]:
    """The synthetic source: the record's JSON, named by board, date and hash."""
    data = json.dumps(record.to_dict(), ensure_ascii=False, indent=1).encode("utf-8")
    sha256 = sha256_of(data)
    name = f"{record.date or 'undated'}-{sha256[:12]}.txt"
    return Document(name=name, sha256=sha256, format="txt"), data


def store_generated(record: MeetingRecord) -> Ingested:
    """Store one generated record as ingest stores an extracted one (its own transaction)."""
    document, data = document_of(record)
    record.source = Source(document.name, document.sha256, document.format)
    return store(document, data, record, origin=ORIGIN)


def load(records: Iterable[MeetingRecord], total: int | None = None) -> Loaded:
    """Store every record, with a progress bar on stderr; how many and how long."""
    fast_sqlite_writes()
    started = time.perf_counter()
    stored = 0
    for record in tqdm(records, total=total, unit=" meetings", file=sys.stderr, smoothing=0.1):
        store_generated(record)
        stored += 1
    seconds = time.perf_counter() - started
    settle_sqlite()
    return Loaded(stored, seconds)


def fast_sqlite_writes() -> None:
    """A throwaway database need not survive a power cut mid-load: no fsync per commit.

    This changes how commits reach the disk, not what is stored. Write-ahead logging is
    switched off again by `settle_sqlite`, so the pages are measured on the default journal.
    """
    if connection.vendor != "sqlite":
        return
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=OFF")


def settle_sqlite() -> None:
    if connection.vendor != "sqlite":
        return
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        cursor.execute("PRAGMA journal_mode=DELETE")
        cursor.execute("PRAGMA synchronous=FULL")
