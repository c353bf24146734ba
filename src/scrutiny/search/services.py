"""Writes to the search entries: the one place they are made.

Ingestion calls `index_stored` inside its transaction, so a meeting is searchable exactly when
it is stored, and the version it supersedes stops being found in the same commit.
`rebuild` (the `reindex` command) makes every entry again from the current meetings.

Only what the public may see is indexed: published meetings, less their private items. A
meeting's notes and its items' privacy are fixed once it is published (the authoring cycle
allows no edit after), so the index needs no visibility check at query time, and an unfiltered
search is the full-text match alone. Should either change anyway, `forget_hidden` drops the
entries at once.
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
from scrutiny.meetings.visibility import only_public, public_meetings, public_q
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
    if meeting.status != Meeting.PUBLISHED:
        return
    pk = meeting.pk
    private = {i.pk for i in layout.items if i.private}
    rows: list[Row] = [
        (pk, Entry.ITEM, without_markers(i.title), i.pk, None, None, None)
        for i in layout.items
        if not i.private
    ]
    rows += [
        (pk, Entry.POINT, without_markers(point.text), item.pk, point.pk, None, None)
        for item, _, point in layout.rows()
        if not item.private
    ]
    rows += [
        (pk, Entry.ACTION, without_markers(a.text), a.item_id, None, a.pk, None)
        for a in actions
        if a.item_id not in private
    ]
    rows += [
        (pk, Entry.FIGURE, _figure_text(f.text, f.subject), f.item_id, None, None, f.pk)
        for f in figures
        if f.item_id not in private
    ]
    insert_rows(Entry, FIELDS, rows)


def forget_hidden(meetings: QuerySet[Meeting]) -> int:
    """Drop the entries of `meetings` that the public may no longer see (the meeting is not
    published, or the entry's item is private); return how many."""
    hidden = Entry.objects.filter(meeting__in=meetings).exclude(public_q("meeting", "item"))
    deleted, _ = hidden.delete()
    return deleted


def index(meetings: QuerySet[Meeting]) -> int:
    """Write the entries of `meetings` that the public may see, replacing any they had; return
    how many were written."""
    Entry.objects.filter(meeting__in=meetings).delete()
    written = 0
    for batch in _batches(_entries(public_meetings(meetings)), BATCH):
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
    # `meetings` are published; their private items' rows are left out.
    items = AgendaItem.objects.filter(meeting__in=meetings, private=False).order_by()
    for meeting_id, item_id, title in items.values_list("meeting_id", "pk", "title").iterator():
        yield (meeting_id, Entry.ITEM, without_markers(title), item_id, None, None, None)
    points = Point.objects.filter(
        section__item__meeting__in=meetings, section__item__private=False
    ).order_by()
    said = points.values_list("section__item__meeting_id", "section__item_id", "pk", "text")
    for meeting_id, item_id, point_id, text in said.iterator():
        yield (meeting_id, Entry.POINT, without_markers(text), item_id, point_id, None, None)
    actions = only_public(Action.objects.filter(meeting__in=meetings), "meeting", "item").order_by()
    agreed = actions.values_list("meeting_id", "item_id", "pk", "text")
    for meeting_id, item_id, action_id, text in agreed.iterator():
        yield (meeting_id, Entry.ACTION, without_markers(text), item_id, None, action_id, None)
    figures = only_public(Figure.objects.filter(meeting__in=meetings), "meeting", "item").order_by()
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
