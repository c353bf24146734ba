"""A meeting record sent to the API, stored as if it had been read from a document.

The record's own JSON (keys sorted) is kept as its source document, so sending the same record
again changes nothing, and a different record for the same board and date becomes the meeting's
next version: exactly as `scrutiny ingest` treats documents.
"""

from __future__ import annotations

import json
from typing import Any

from scrutiny.api import schemas
from scrutiny.ingestion.services import Ingested, already_stored, store
from scrutiny.read.document import Document, sha256_of
from scrutiny.record import (
    Action,
    Discharged,
    Figure,
    Item,
    MeetingRecord,
    NextMeeting,
    Person,
    Point,
    PreviousMeeting,
    Section,
    Source,
    Where,
)


def store_sent(sent: schemas.MeetingRecord, origin: str) -> Ingested:
    data = json.dumps(sent.model_dump(by_alias=True), sort_keys=True, ensure_ascii=False).encode()
    if (known := already_stored(data)) is not None:
        return Ingested("unchanged", known)
    sha256 = sha256_of(data)
    name = sent.source.name if sent.source else f"record-{sha256[:12]}.json"
    record = to_record(sent)
    record.source = Source(name, sha256, "txt")
    return store(Document(name=name, sha256=sha256, format="txt"), data, record, origin=origin)


def to_record(sent: schemas.MeetingRecord) -> MeetingRecord:
    return MeetingRecord(
        organisation=sent.organisation,
        board=sent.board,
        date=sent.date,
        time=sent.time,
        venue=sent.venue,
        attendees=[_person(p) for p in sent.attendees],
        apologies=[_person(p) for p in sent.apologies],
        previous_meeting=(
            PreviousMeeting(sent.previous_meeting.date, sent.previous_meeting.approved)
            if sent.previous_meeting
            else None
        ),
        discharged=[Discharged(d.text, d.note) for d in sent.discharged],
        items=[
            Item(
                number=i.number,
                title=i.title,
                presenter=i.presenter,
                papers=list(i.papers),
                sections=[
                    Section(
                        s.heading,
                        [
                            Point(p.text, p.kind, list(p.speakers), _where(p.where))
                            for p in s.points
                        ],
                    )
                    for s in i.sections
                ],
            )
            for i in sent.items
        ],
        actions=[
            Action(a.text, a.owner, a.due, a.status, a.item, _where(a.where)) for a in sent.actions
        ],
        figures=[
            Figure(f.text, f.value, f.unit, f.subject, f.item, _where(f.where))
            for f in sent.figures
        ],
        next_meeting=(
            NextMeeting(sent.next_meeting.date, sent.next_meeting.time)
            if sent.next_meeting
            else None
        ),
    )


def _person(p: schemas.Person) -> Person:
    return Person(p.name, p.role, p.abbreviation, p.organisation)


def _where(where: schemas.Where | None) -> Where | None:
    return Where(line=where.line, page=where.page) if where else None


def as_json(record: MeetingRecord) -> dict[str, Any]:
    return record.to_dict()
