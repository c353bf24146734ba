"""The meeting record, `scrutiny.meeting/1`: the one interchange format of the project.

Plain dataclasses whose `to_dict` gives exactly the JSON shape of `meeting-record.md`; the
optional `where` of points, actions and figures is emitted only when known.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

SCHEMA = "scrutiny.meeting/1"

Kind = Literal["question", "commendation", "statement"]
Status = Literal["open", "closed"]


@dataclass(frozen=True)
class Where:
    line: int
    page: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"page": self.page, "line": self.line}


@dataclass
class Person:
    name: str
    role: str | None = None
    abbreviation: str | None = None
    organisation: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "role": self.role,
            "abbreviation": self.abbreviation,
            "organisation": self.organisation,
        }


@dataclass
class Point:
    text: str
    kind: Kind
    speakers: list[str]
    where: Where | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"text": self.text, "kind": self.kind, "speakers": self.speakers}
        if self.where:
            out["where"] = self.where.to_dict()
        return out


@dataclass
class Section:
    heading: str | None
    points: list[Point] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"heading": self.heading, "points": [p.to_dict() for p in self.points]}


@dataclass
class Item:
    number: str | None
    title: str
    presenter: str | None = None
    papers: list[str] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "title": self.title,
            "presenter": self.presenter,
            "papers": self.papers,
            "sections": [s.to_dict() for s in self.sections],
        }


@dataclass
class Action:
    text: str
    owner: str | None = None
    due: str | None = None
    status: Status | None = None
    item: str | None = None
    where: Where | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "text": self.text,
            "owner": self.owner,
            "due": self.due,
            "status": self.status,
            "item": self.item,
        }
        if self.where:
            out["where"] = self.where.to_dict()
        return out


@dataclass
class Figure:
    text: str
    value: float
    unit: str
    subject: str | None = None
    item: str | None = None
    where: Where | None = None

    def to_dict(self) -> dict[str, Any]:
        value: float | int = int(self.value) if float(self.value).is_integer() else self.value
        out: dict[str, Any] = {
            "text": self.text,
            "value": value,
            "unit": self.unit,
            "subject": self.subject,
            "item": self.item,
        }
        if self.where:
            out["where"] = self.where.to_dict()
        return out


@dataclass
class Discharged:
    text: str
    note: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "note": self.note}


@dataclass
class PreviousMeeting:
    date: str | None = None
    approved: bool | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"date": self.date, "approved": self.approved}


@dataclass
class NextMeeting:
    date: str | None = None
    time: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"date": self.date, "time": self.time}


@dataclass
class Source:
    name: str
    sha256: str
    format: str

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "sha256": self.sha256, "format": self.format}


@dataclass
class MeetingRecord:
    source: Source | None = None
    organisation: str | None = None
    board: str | None = None
    date: str | None = None
    time: str | None = None
    venue: str | None = None
    attendees: list[Person] = field(default_factory=list)
    apologies: list[Person] = field(default_factory=list)
    previous_meeting: PreviousMeeting | None = None
    discharged: list[Discharged] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    next_meeting: NextMeeting | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "source": self.source.to_dict() if self.source else None,
            "organisation": self.organisation,
            "board": self.board,
            "date": self.date,
            "time": self.time,
            "venue": self.venue,
            "attendees": [p.to_dict() for p in self.attendees],
            "apologies": [p.to_dict() for p in self.apologies],
            "previous_meeting": self.previous_meeting.to_dict() if self.previous_meeting else None,
            "discharged": [d.to_dict() for d in self.discharged],
            "items": [i.to_dict() for i in self.items],
            "actions": [a.to_dict() for a in self.actions],
            "figures": [f.to_dict() for f in self.figures],
            "next_meeting": self.next_meeting.to_dict() if self.next_meeting else None,
        }
