"""Ingest: a document's bytes in, its meeting stored; the one place ingestion writes.

Steps, each explicit: hash (a known document changes nothing), read, extract, then store the
source document, the meeting, its actions and its figures in ONE transaction, so a failure at
any step leaves the database as it was.

On PostgreSQL several processes may store at once (`store`): meetings of one board queue for
its lock, as the follow-up reads the board's history; rows shared between boards are made so
that a race costs at most another try.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from typing import Literal

from django.core.files.base import ContentFile
from django.db import DatabaseError, IntegrityError, OperationalError, connection, transaction
from django.db.models import Q

from scrutiny.actions.services import add_actions
from scrutiny.extract import extract
from scrutiny.figures.services import new_figures
from scrutiny.follow.inspections import InspectionReading, read_inspections
from scrutiny.ingestion.errors import IngestFailed
from scrutiny.ingestion.follow_up import follow_up
from scrutiny.ingestion.models import SourceDocument
from scrutiny.ingestion.version import EXTRACTOR_VERSION
from scrutiny.inspections.models import Inspection
from scrutiny.meetings.models import Meeting
from scrutiny.meetings.services import add_meeting, board_lock, hold_locks
from scrutiny.read import Document, UnreadableDocument, read_bytes
from scrutiny.read.document import sha256_of
from scrutiny.record import MeetingRecord
from scrutiny.search.services import index_stored

Outcome = Literal["stored", "unchanged", "superseded"]

ATTEMPTS = 3  # PostgreSQL: tries at storing one meeting, when it loses races with others
_LOST_RACE = {"40P01", "40001"}  # SQLSTATE: deadlock detected, serialization failure

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Ingested:
    outcome: Outcome
    meeting: Meeting
    replaced: Meeting | None = None  # the version this one superseded


@dataclass(frozen=True)
class Corrections:
    """What a person reviewing a document decided its header says, whatever the text says.

    Every field is the final value: None is "not stated".
    """

    board: str | None
    date: str | None  # ISO
    time: str | None
    venue: str | None

    def apply(self, record: MeetingRecord) -> MeetingRecord:
        return replace(record, board=self.board, date=self.date, time=self.time, venue=self.venue)


def ingest(
    data: bytes,
    name: str,
    *,
    board: str | None = None,
    date: str | None = None,
    origin: str = "",
    corrections: Corrections | None = None,
) -> Ingested:
    """Store the meeting in `data` (a document called `name`), or find it already stored.

    `board` and `date` fill in only what the text does not say; `corrections` (from a review)
    replace what it says. Raises IngestFailed.
    """
    known = already_stored(data)
    if known is not None:
        return Ingested("unchanged", known)
    document, record = read_record(data, name, board=board, date=date)
    if corrections is not None:
        record = corrections.apply(record)
    try:
        return store(document, data, record, origin=origin)
    except (DatabaseError, ValueError, OSError) as error:
        raise IngestFailed(f"could not be stored ({type(error).__name__}: {error})") from error


def already_stored(data: bytes) -> Meeting | None:
    """The meeting already read from exactly these bytes, if any."""
    return Meeting.objects.filter(source__sha256=sha256_of(data)).first()


def read_record(
    data: bytes, name: str, *, board: str | None = None, date: str | None = None
) -> tuple[Document, MeetingRecord]:
    """Read and extract without storing anything: what an upload shows for review."""
    document = _read(data, name)
    return document, _extract(document, board=board, date=date)


def store(document: Document, data: bytes, record: MeetingRecord, *, origin: str) -> Ingested:
    """Store the source document and its meeting whole, in one transaction, or not at all.

    PostgreSQL: other processes may be storing too. The transaction starts by taking the
    board's advisory lock, so one board's meetings are stored one at a time (the follow-up
    reads the board's history), and takes its inspections' forces' locks before the follow-up
    (a force's inspections are shared by its boards). Rows any board may make first
    (organisations, boards, people, topics, inspections) are found or made so that losing a
    race ends in a unique violation or a deadlock at worst: then the whole transaction is tried
    again, up to ATTEMPTS times, unless the caller holds a transaction of its own.
    """
    if connection.vendor != "postgresql":
        return _store(document, data, record, origin=origin, concurrent=False)
    attempts = 1 if connection.in_atomic_block else ATTEMPTS
    attempt = 1
    while True:
        try:
            return _store(document, data, record, origin=origin, concurrent=True)
        except (IntegrityError, OperationalError) as error:
            if attempt >= attempts or not _lost_race(error):
                raise
            logger.info("storing %s lost a race (%s); trying again", document.name, error)
            attempt += 1


def _lost_race(error: DatabaseError) -> bool:
    """Whether trying again may succeed: another transaction made a row first, or the two
    deadlocked (PostgreSQL chose this one to give way)."""
    if isinstance(error, IntegrityError):
        return True
    return getattr(error.__cause__, "sqlstate", None) in _LOST_RACE


def _store(
    document: Document, data: bytes, record: MeetingRecord, *, origin: str, concurrent: bool
) -> Ingested:
    source = SourceDocument(
        name=document.name,
        sha256=document.sha256,
        format=document.format,
        size=len(data),
        origin=origin,
        extractor_version=EXTRACTOR_VERSION,
    )
    try:
        with transaction.atomic():
            if concurrent:
                hold_locks(board_lock(record.organisation, record.board))
            source.file.save(document.name, ContentFile(data), save=False)
            source.save()
            meeting, replaced, layout = add_meeting(record, source)
            actions = add_actions(meeting, record.actions, layout)
            figures = new_figures(meeting, record.figures, layout)  # saved by the follow-up
            reading = read_inspections(record)
            if concurrent:
                hold_locks(*_inspection_locks(reading, replaced))
            follow_up(meeting, record, replaced, layout, figures, inspections=reading)
            # Searchable, and the old version not, on commit.
            index_stored(meeting, replaced, layout, actions, figures)
    except BaseException:
        # The database rolled back; the file written before the failure must go too.
        if source.file.name:
            source.file.storage.delete(source.file.name)
        raise
    return Ingested("superseded" if replaced else "stored", meeting, replaced)


def _inspection_locks(reading: InspectionReading, replaced: Meeting | None) -> list[str]:
    """The locks of the forces whose inspections the follow-up will settle: those the record
    reads of (`reading`), and those the version it replaces had. Every board of a force shares
    them, and settling one reads what every meeting says of it."""
    reports = [m.report for m in reading.mentions] + [t.report for t in reading.tallies]
    reports += [f.report for f in reading.findings]
    forces = {report.force or reading.force for report in reports if report is not None}
    if replaced is not None:
        had = Q(discussions__meeting=replaced) | Q(tallies__meeting=replaced)
        had |= Q(findings__mentions__meeting=replaced)
        forces.update(Inspection.objects.filter(had).values_list("force__name", flat=True))
    return [f"inspections:{force or ''}" for force in forces]


def _read(data: bytes, name: str) -> Document:
    try:
        return read_bytes(data, name)
    except UnreadableDocument as problem:
        raise IngestFailed(problem.reason) from None


def _extract(document: Document, *, board: str | None, date: str | None) -> MeetingRecord:
    try:
        return extract(document, board=board, date=date)
    except Exception as error:
        # The extractor is tested against every style we know of; a document in a style we
        # don't should cost that document, not the rest of the batch.
        reason = f"could not be read into a meeting ({type(error).__name__}: {error})"
        raise IngestFailed(reason) from error
