"""Writes to the search entries: the one place they are made.

Ingestion calls `index_stored` inside its transaction, so a meeting is searchable exactly when
it is stored, and the version it supersedes stops being found in the same commit.
`rebuild` (the `reindex` command) makes every entry again from the current meetings.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice

from django.db import connection, transaction
from django.db.models import QuerySet

from scrutiny.actions.models import Action
from scrutiny.figures.models import Figure
from scrutiny.meetings.layout import Layout
from scrutiny.meetings.models import AgendaItem, Meeting, Point
from scrutiny.meetings.rows import insert_rows
from scrutiny.search.highlight import without_markers
from scrutiny.search.models import Entry

CONFIG = "english"  # PostgreSQL's text search configuration: English stemming and stop words
BATCH = 1000


def index_stored(
    meeting: Meeting,
    replaced: Meeting | None,
    layout: Layout,
    actions: list[Action],
    figures: list[Figure],
) -> None:
    """Make `meeting`, stored just now as these rows, searchable and drop the version it
    replaced (the caller's transaction). The entries are made from the rows in hand rather
    than read back."""
    if replaced is not None:
        Entry.objects.filter(meeting=replaced).delete()
    pk = meeting.pk
    rows: list[Row] = [
        (pk, Entry.ITEM, without_markers(i.title), i.pk, None, None, None) for i in layout.items
    ]
    rows += [
        (pk, Entry.POINT, without_markers(point.text), item.pk, point.pk, None, None)
        for item, _, point in layout.rows()
    ]
    rows += [
        (pk, Entry.ACTION, without_markers(a.text), a.item_id, None, a.pk, None) for a in actions
    ]
    rows += [
        (pk, Entry.FIGURE, _figure_text(f.text, f.subject), f.item_id, None, None, f.pk)
        for f in figures
    ]
    insert_rows(Entry, FIELDS, rows)


def index(meetings: QuerySet[Meeting]) -> int:
    """Write the entries of `meetings`, replacing any they had; return how many were written."""
    Entry.objects.filter(meeting__in=meetings).delete()
    written = 0
    for batch in _batches(_entries(meetings), BATCH):
        written += insert_rows(Entry, FIELDS, batch)
    # Each database's triggers index the rows as they are written (see the migrations).
    return written


def rebuild() -> int:
    """Every entry made again from the current meetings, in one transaction."""
    with transaction.atomic():
        Entry.objects.all().delete()
        written = index(Meeting.objects.filter(is_current=True))
        if connection.vendor == "sqlite":
            # The FTS5 table rebuilt from its content, so it is right even if it ever drifted.
            with connection.cursor() as cursor:
                cursor.execute("INSERT INTO search_fts(search_fts) VALUES ('rebuild')")
    return written


# An entry as inserted: its meeting, kind and text, and the rows it stands for (its item, and
# its point, action or figure).
FIELDS = ["meeting", "kind", "text", "item", "point", "action", "figure"]
Row = tuple[int, str, str, int | None, int | None, int | None, int | None]


def _entries(meetings: QuerySet[Meeting]) -> Iterator[Row]:
    items = AgendaItem.objects.filter(meeting__in=meetings).order_by()
    for meeting_id, item_id, title in items.values_list("meeting_id", "pk", "title").iterator():
        yield (meeting_id, Entry.ITEM, without_markers(title), item_id, None, None, None)
    points = Point.objects.filter(section__item__meeting__in=meetings).order_by()
    said = points.values_list("section__item__meeting_id", "section__item_id", "pk", "text")
    for meeting_id, item_id, point_id, text in said.iterator():
        yield (meeting_id, Entry.POINT, without_markers(text), item_id, point_id, None, None)
    actions = Action.objects.filter(meeting__in=meetings).order_by()
    agreed = actions.values_list("meeting_id", "item_id", "pk", "text")
    for meeting_id, item_id, action_id, text in agreed.iterator():
        yield (meeting_id, Entry.ACTION, without_markers(text), item_id, None, action_id, None)
    figures = Figure.objects.filter(meeting__in=meetings).order_by()
    quoted = figures.values_list("meeting_id", "item_id", "pk", "text", "subject")
    for meeting_id, item_id, figure_id, written, subject in quoted.iterator():
        yield (
            meeting_id,
            Entry.FIGURE,
            _figure_text(written, subject),
            item_id,
            None,
            None,
            figure_id,
        )


def _figure_text(written: str, subject: str | None) -> str:
    """ "77.2% victims satisfied": the figure as written, then what it counts."""
    return without_markers(f"{written} {subject or ''}".strip())


def _batches(rows: Iterable[Row], size: int) -> Iterator[list[Row]]:
    iterator = iter(rows)
    while batch := list(islice(iterator, size)):
        yield batch
