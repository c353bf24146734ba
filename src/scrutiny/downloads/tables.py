"""The published data as flat tables: what the CSV zip and the SQLite file both hold.

Every table is read through `scrutiny.api.published`, so only published, current meetings and
never a private item's rows; `board` (a slug) narrows them to one board.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from django.db.models import QuerySet

from scrutiny.api import published
from scrutiny.meetings.models import Speaker

Row = tuple[Any, ...]
CHUNK = 2000  # rows read from the database at once: a download's memory does not grow with it


@dataclass(frozen=True)
class Column:
    name: str
    kind: str  # SQLite's: INTEGER, TEXT, REAL
    references: str | None = None  # "table(column)", for Datasette to link rows


@dataclass(frozen=True)
class Table:
    name: str
    columns: tuple[Column, ...]
    rows: Callable[[str | None], Iterable[Row]]
    key: str | None = "id"


def _on(rows: QuerySet[Any], board: str | None, path: str) -> QuerySet[Any]:
    return rows.filter(**{f"{path}__slug": board}) if board else rows


def _boards(board: str | None) -> Iterator[Row]:
    boards = published.boards()
    if board:
        boards = boards.filter(slug=board)
    for b in boards.iterator(chunk_size=CHUNK):
        yield (b.slug, b.name, b.organisation.name if b.organisation else None)


def _meetings(board: str | None) -> Iterator[Row]:
    meetings = _on(published.current_meetings(), board, "board").order_by("date", "pk")
    for m in meetings.iterator(chunk_size=CHUNK):
        yield (
            m.pk,
            m.board.slug if m.board else None,
            m.date,
            m.time,
            m.venue,
            m.version,
            m.next_meeting_date,
            m.source.name if m.source else None,
            m.source.sha256 if m.source else None,
        )


def _attendance(board: str | None) -> Iterator[Row]:
    rows = _on(published.attendance(), board, "meeting__board").select_related(
        "person__organisation"
    )
    for a in rows.order_by("meeting_id", "kind", "position").iterator(chunk_size=CHUNK):
        organisation = a.person.organisation.name if a.person.organisation else None
        yield (
            a.meeting_id,
            a.kind,
            a.position,
            a.person.name,
            a.role,
            a.abbreviation,
            organisation,
        )


def _items(board: str | None) -> Iterator[Row]:
    items = _on(published.items(), board, "meeting__board").order_by("meeting_id", "position")
    for i in items.iterator(chunk_size=CHUNK):
        yield (i.pk, i.meeting_id, i.position, i.number, i.title, i.presenter)


def _papers(board: str | None) -> Iterator[Row]:
    papers = _on(published.papers(), board, "item__meeting__board").order_by("item_id", "position")
    for p in papers.iterator(chunk_size=CHUNK):
        yield (p.item_id, p.position, p.url)


def _points(board: str | None) -> Iterator[Row]:
    # Rows as tuples, and each chunk's speakers in one query: the table has a row for every
    # point ever said, and model instances made it the slowest by far.
    rows = (
        _on(published.points(), board, "section__item__meeting__board")
        .order_by(
            "section__item__meeting_id", "section__item__position", "section__position", "position"
        )
        .values_list(
            "pk",
            "section__item__meeting_id",
            "section__item_id",
            "section__heading",
            "position",
            "text",
            "kind",
        )
    )
    chunk: list[Row] = []
    for row in rows.iterator(chunk_size=CHUNK):
        chunk.append(row)
        if len(chunk) == CHUNK:
            yield from _with_speakers(chunk)
            chunk = []
    yield from _with_speakers(chunk)


def _with_speakers(points: list[Row]) -> Iterator[Row]:
    """Each point's row, with its speakers in the order they speak, joined by "; "."""
    speakers: dict[int, list[str]] = defaultdict(list)
    said = Speaker.objects.filter(point_id__in=[row[0] for row in points])
    for point, name in said.order_by("point_id", "position").values_list("point_id", "name"):
        speakers[point].append(name)
    for row in points:
        yield (*row, "; ".join(speakers[row[0]]))


def _actions(board: str | None) -> Iterator[Row]:
    rows = _on(published.actions(), board, "meeting__board").order_by("meeting_id", "position")
    for a in rows.iterator(chunk_size=CHUNK):
        yield (
            a.pk,
            a.meeting_id,
            a.item_number,
            a.text,
            a.owner,
            a.due,
            a.revised_due,
            a.state,
            a.status,
        )


def _figures(board: str | None) -> Iterator[Row]:
    rows = _on(published.figures(), board, "meeting__board").select_related("series")
    for f in rows.order_by("meeting_id", "position").iterator(chunk_size=CHUNK):
        series = f.series.live().pk if f.series else None
        yield (
            f.pk,
            f.meeting_id,
            f.item_number,
            f.text,
            f.value,
            f.unit,
            f.subject,
            series,
            f.period_text,
        )


def _series(board: str | None) -> Iterator[Row]:
    for s in _on(published.series(), board, "board").iterator(chunk_size=CHUNK):
        yield (s.pk, s.board.slug, s.name, s.unit)


def _c(name: str, kind: str = "TEXT", references: str | None = None) -> Column:
    return Column(name, kind, references)


MEETING = _c("meeting_id", "INTEGER", "meetings(id)")

TABLES = (
    Table("boards", (_c("slug"), _c("name"), _c("organisation")), _boards, key="slug"),
    Table(
        "meetings",
        (
            _c("id", "INTEGER"),
            _c("board", references="boards(slug)"),
            _c("date"),
            _c("time"),
            _c("venue"),
            _c("version", "INTEGER"),
            _c("next_meeting_date"),
            _c("source_name"),
            _c("source_sha256"),
        ),
        _meetings,
    ),
    Table(
        "attendance",
        (
            MEETING,
            _c("kind"),
            _c("position", "INTEGER"),
            _c("name"),
            _c("role"),
            _c("abbreviation"),
            _c("organisation"),
        ),
        _attendance,
        key=None,
    ),
    Table(
        "items",
        (
            _c("id", "INTEGER"),
            MEETING,
            _c("position", "INTEGER"),
            _c("number"),
            _c("title"),
            _c("presenter"),
        ),
        _items,
    ),
    Table(
        "papers",
        (_c("item_id", "INTEGER", "items(id)"), _c("position", "INTEGER"), _c("url")),
        _papers,
        key=None,
    ),
    Table(
        "points",
        (
            _c("id", "INTEGER"),
            MEETING,
            _c("item_id", "INTEGER", "items(id)"),
            _c("section_heading"),
            _c("position", "INTEGER"),
            _c("text"),
            _c("kind"),
            _c("speakers"),
        ),
        _points,
    ),
    Table(
        "actions",
        (
            _c("id", "INTEGER"),
            MEETING,
            _c("item"),
            _c("text"),
            _c("owner"),
            _c("due"),
            _c("revised_due"),
            _c("state"),
            _c("logged_status"),
        ),
        _actions,
    ),
    Table(
        "figures",
        (
            _c("id", "INTEGER"),
            MEETING,
            _c("item"),
            _c("text"),
            _c("value", "REAL"),
            _c("unit"),
            _c("subject"),
            _c("series_id", "INTEGER", "series(id)"),
            _c("period"),
        ),
        _figures,
    ),
    Table(
        "series",
        (_c("id", "INTEGER"), _c("board", references="boards(slug)"), _c("name"), _c("unit")),
        _series,
    ),
)
