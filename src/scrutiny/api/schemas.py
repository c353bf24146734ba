"""The API's shapes, from which its OpenAPI document is written.

The meeting record's shapes follow `meeting-record.schema.json` field for field, both for what
the API serves and for what a write may send; a record sent is checked more strictly than the
JSON schema can say (dates must be real days, text may not hold NUL characters, which no
database column takes).
"""

from __future__ import annotations

from datetime import date as Date
from typing import Annotated, Literal

from ninja import Schema
from pydantic import AfterValidator, ConfigDict, Field


def _no_nul(text: str) -> str:
    if "\x00" in text:
        raise ValueError("text may not contain NUL characters")
    return text


def _real_date(text: str | None) -> str | None:
    if text is not None:
        Date.fromisoformat(text)  # ValueError for 2025-02-30, which the pattern lets by
    return text


Text = Annotated[str, AfterValidator(_no_nul)]
IsoDate = Annotated[str | None, Field(pattern=r"^\d{4}-\d{2}-\d{2}$"), AfterValidator(_real_date)]
IsoTime = Annotated[str | None, Field(pattern=r"^\d{2}:\d{2}$")]


class Where(Schema):
    page: int | None = None
    line: int = Field(ge=0)


class Person(Schema):
    name: Text
    role: Text | None = None
    abbreviation: Text | None = None
    organisation: Text | None = None


class Point(Schema):
    text: Text
    kind: Literal["question", "commendation", "statement"]
    speakers: list[Text]
    where: Where | None = None


class Section(Schema):
    heading: Text | None
    points: list[Point]


class Item(Schema):
    number: Text | None
    title: Text
    presenter: Text | None = None
    papers: list[Text] = Field(default_factory=list)
    sections: list[Section]


class RecordAction(Schema):
    text: Text
    owner: Text | None = None
    due: IsoDate = None
    status: Literal["open", "closed"] | None = None
    item: Text | None = None
    where: Where | None = None


class RecordFigure(Schema):
    model_config = ConfigDict(allow_inf_nan=False)

    text: Text
    value: int | float  # an int stays one, as the record writes it
    unit: Text
    subject: Text | None = None
    item: Text | None = None
    where: Where | None = None


class DischargedAction(Schema):
    text: Text
    note: Text | None = None


class PreviousMeeting(Schema):
    date: IsoDate = None
    approved: bool | None = None


class NextMeeting(Schema):
    date: IsoDate = None
    time: IsoTime = None


class Source(Schema):
    name: Text
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    format: Literal["pdf", "docx", "html", "txt"]


class MeetingRecord(Schema):
    """A meeting as `scrutiny.meeting/1`: what `scrutiny extract --json` prints."""

    schema_: Literal["scrutiny.meeting/1"] = Field(alias="schema")
    source: Source | None = None
    organisation: Text | None = None
    board: Text | None
    date: IsoDate
    time: IsoTime = None
    venue: Text | None = None
    attendees: list[Person]
    apologies: list[Person]
    previous_meeting: PreviousMeeting | None = None
    discharged: list[DischargedAction] = Field(default_factory=list)
    items: list[Item]
    actions: list[RecordAction]
    figures: list[RecordFigure]
    next_meeting: NextMeeting | None


class BoardOut(Schema):
    slug: str
    name: str
    organisation: str | None
    url: str  # the board's page
    meetings_url: str  # its meetings in the API


class MeetingSummary(Schema):
    id: int
    board: str | None  # the board's slug
    board_name: str | None
    date: Date | None
    version: int
    current: bool
    url: str  # the meeting's page
    record_url: str  # its record in the API


class ActionOut(Schema):
    id: int
    text: str
    owner: str | None
    due: Date | None  # as the notes gave it
    revised_due: Date | None  # agreed since
    due_now: Date | None
    state: Literal["open", "closed"]
    overdue: bool
    logged_status: Literal["open", "closed"] | None  # what the notes said when it was logged
    item: str | None
    meeting: int
    meeting_date: Date | None
    board: str | None
    closed_by_meeting: int | None
    closing_note: str
    url: str


class ActionChange(Schema):
    """A change to an action: any of its state and revised due date, and a note saying why."""

    state: Literal["open", "closed"] | None = None
    revised_due: Date | None = None
    note: Text = Field(default="", max_length=5000)


class FigureOut(Schema):
    id: int
    text: str
    value: float
    unit: str
    subject: str | None
    period: str | None
    meeting: int
    meeting_date: Date | None


class SeriesOut(Schema):
    id: int
    board: str
    name: str
    unit: str
    url: str


class SeriesDetail(SeriesOut):
    figures: list[FigureOut]


class SearchHit(Schema):
    kind: Literal["point", "action", "item", "figure"]
    label: str
    text: str  # the words around the match, as plain text
    matched: list[str]  # the words of `text` that matched, in order
    meeting: int
    meeting_date: Date | None
    board: str | None
    speakers: list[str]
    url: str


class Stored(Schema):
    """What storing a record did: `stored`, `superseded` (it replaced an earlier version of
    the meeting) or `unchanged` (this very record was stored before)."""

    outcome: Literal["stored", "unchanged", "superseded"]
    id: int
    url: str
    record_url: str


class Problem(Schema):
    detail: str


class PageOf(Schema):
    count: int
    page: int
    pages: int
    next: str | None
    previous: str | None


class BoardPage(PageOf):
    items: list[BoardOut]


class MeetingPage(PageOf):
    items: list[MeetingSummary]


class ActionPage(PageOf):
    items: list[ActionOut]


class SeriesPage(PageOf):
    items: list[SeriesOut]


class SearchPage(PageOf):
    query: str
    listed: int = Field(
        description="How many of the matches are ranked and paged: all of them, or the most "
        "recently added when very many match"
    )
    items: list[SearchHit]


class PageParams(Schema):
    page: int = Field(1, ge=1, le=1_000_000)
    per_page: int = Field(50, ge=1, le=200)


class MeetingFilters(PageParams):
    board: Text | None = Field(None, max_length=120, description="A board's slug")
    date_from: Date | None = Field(None, alias="from", description="Meetings on or after")
    date_to: Date | None = Field(None, alias="to", description="Meetings on or before")


class ActionFilters(PageParams):
    """The action register's filters (/actions/), with the same names and meanings."""

    view: Literal["overdue", "next-meeting"] | None = None
    board: Text | None = Field(None, max_length=120, description="A board's slug")
    owner: Text | None = Field(None, max_length=200, description="Part of the owner's name")
    status: Literal["open", "overdue", "closed"] | None = None
    due_after: Date | None = None
    due_before: Date | None = None
    sort: Literal["due", "-due", "board", "status"] | None = None


class SeriesFilters(PageParams):
    board: Text | None = Field(None, max_length=120, description="A board's slug")


class SearchParams(Schema):
    q: Text = Field(max_length=500, description='Words, "a phrase", a or b, -not')
    board: Text | None = Field(None, max_length=120, description="A board's slug")
    date_from: Date | None = Field(None, alias="from")
    date_to: Date | None = Field(None, alias="to")
    kind: (
        Literal["point", "question", "commendation", "statement", "action", "item", "figure"] | None
    ) = None
    speaker: Text | None = Field(None, max_length=200)
    page: int = Field(1, ge=1, le=10_000)
