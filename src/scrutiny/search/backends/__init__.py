"""Search what the public may see of every current meeting: one interface, the database's own
full-text search beneath. A search matching more than RANKED entries ranks the most recently
indexed RANKED of them (see `base.RANKED`) and still counts them all.

    search("knife crime", Filters(board="performance-delivery-board"), page=2) -> Results

SQLite uses FTS5 (`sqlite.Fts5`), PostgreSQL its text search (`postgres.PostgresFullText`),
chosen by the connection's vendor; both answer the same parsed query (`scrutiny.search.query`).
"""

from __future__ import annotations

from collections.abc import Sequence

from django.core.exceptions import ImproperlyConfigured
from django.db import connection
from django.db.models import Exists, OuterRef, QuerySet

from scrutiny.meetings.models import AgendaItem
from scrutiny.search.backends.base import RANKED, Backend
from scrutiny.search.filters import Filters, filtered
from scrutiny.search.highlight import fragments
from scrutiny.search.models import Entry
from scrutiny.search.query import Query, parse
from scrutiny.search.results import PER_PAGE, Hit, Results, anchor, label

__all__ = ["Filters", "Hit", "Results", "backend", "best", "search"]


def backend() -> Backend:
    # Imported here: the PostgreSQL backend needs nothing SQLite does, and the other way round.
    if connection.vendor == "sqlite":
        from scrutiny.search.backends.sqlite import Fts5

        return Fts5()
    if connection.vendor == "postgresql":
        from scrutiny.search.backends.postgres import PostgresFullText

        return PostgresFullText()
    raise ImproperlyConfigured(f"search works on SQLite and PostgreSQL, not {connection.vendor}")


def search(text: str, filters: Filters | None = None, page: int = 1) -> Results:
    """Page `page` of the current meetings' things matching `text`, best first: of the
    RANKED most recently indexed, when more match.

    Any text is a valid query; one with no words in it finds nothing. A page past the last
    gives the last.
    """
    query = parse(text)
    if not query:
        return Results(text, (), 0)
    engine = backend()
    entries = filtered(filters or Filters())
    total = engine.count(query, entries)
    listed = min(total, RANKED)
    page = min(max(page, 1), max(1, -(-listed // PER_PAGE)))
    ranked = engine.ranked(query, entries, (page - 1) * PER_PAGE, PER_PAGE) if total else []
    pks = [pk for pk, _ in ranked]
    hits = _hits(ranked, engine.snippets(query, pks))
    return Results(text, hits, total, page, listed=listed)


def best(query: Query, entries: QuerySet[Entry], limit: int) -> list[int]:
    """The pks of up to `limit` of `entries` matching `query`, best first."""
    if not query:
        return []
    return [pk for pk, _ in backend().ranked(query, entries, 0, limit)]


def _hits(ranked: Sequence[tuple[int, float]], snippets: dict[int, str]) -> tuple[Hit, ...]:
    # Whether an earlier item of the meeting has the same number: the page's item ids say.
    repeated = AgendaItem.objects.filter(
        meeting=OuterRef("item__meeting"),
        number=OuterRef("item__number"),
        position__lt=OuterRef("item__position"),
    )
    entries = (
        Entry.objects.filter(pk__in=[pk for pk, _ in ranked])
        .select_related("meeting__board", "item", "point")
        .prefetch_related("point__speakers")
        .annotate(item_repeated=Exists(repeated))
        .in_bulk()
    )
    return tuple(
        Hit(
            kind=entry.kind,
            label=label(entry),
            meeting=entry.meeting,
            item=entry.item,
            speakers=tuple(s.name for s in entry.point.speakers.all()) if entry.point else (),
            anchor=anchor(entry, bool(getattr(entry, "item_repeated", False))),
            snippet=fragments(snippets.get(pk) or entry.text),
            rank=rank,
        )
        for pk, rank in ranked
        if (entry := entries.get(pk)) is not None
    )
