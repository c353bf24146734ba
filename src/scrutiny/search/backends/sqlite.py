"""SQLite: the FTS5 table search_fts (see migration 0002), ranked by bm25, cut by snippet().

Filters are the ORM's: the filtered entries' SQL is joined to the match as an EXISTS on the
entry's primary key, so each match costs one index lookup however many rows the filters keep;
with no filters, the match stands alone. A common word matches tens of thousands of entries, so
with filters each match is checked once, not once to count and again to rank: counting also
ranks the first pages (bm25, materialised), and `ranked` takes its page from them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django.db import connection
from django.db.models import QuerySet
from django.db.models.expressions import RawSQL

from scrutiny.search.backends.base import SNIPPET_WORDS
from scrutiny.search.highlight import START, STOP
from scrutiny.search.models import Entry
from scrutiny.search.query import Query, to_fts5

# With filters, counting also keeps this many of the best matches: ten pages of results.
KEPT = 200


class Fts5:
    def __init__(self) -> None:
        # Filtered searches: (total, the KEPT best (rowid, bm25)) by the SQL and parameters.
        self._counted: dict[tuple[str, tuple[Any, ...]], tuple[int, list[tuple[Any, ...]]]] = {}

    def count(self, query: Query, entries: QuerySet[Entry]) -> int:
        where, params = _matching(query, entries)
        if entries.query.has_filters():
            return self._counted_and_best(where, params)[0]
        rows = _fetch(f"SELECT count(*) FROM search_fts WHERE {where}", params)
        return int(rows[0][0])

    def ranked(
        self, query: Query, entries: QuerySet[Entry], offset: int, limit: int
    ) -> list[tuple[int, float]]:
        where, params = _matching(query, entries)
        if entries.query.has_filters():
            total, best = self._counted_and_best(where, params)
            if offset + limit <= len(best) or len(best) == total:
                return _ranks(best[offset : offset + limit])
        sql = f"{_ranked_sql(where)} LIMIT %s OFFSET %s"
        return _ranks(_fetch(sql, [*params, limit, offset]))

    def _counted_and_best(self, where: str, params: list[Any]) -> tuple[int, list[tuple[Any, ...]]]:
        """The filters cost more than the match: one pass over the matches both counts them and
        ranks the first pages, which `count` and then `ranked` share."""
        key = (where, tuple(params))
        if key not in self._counted:
            sql = (
                "WITH matched AS MATERIALIZED "
                f"(SELECT rowid AS pk, bm25(search_fts) AS score FROM search_fts WHERE {where}) "
                "SELECT pk, score, (SELECT count(*) FROM matched) FROM matched "
                "ORDER BY score, pk DESC LIMIT %s"
            )
            rows = _fetch(sql, [*params, KEPT])
            total = int(rows[0][2]) if rows else 0
            self._counted[key] = (total, [(pk, score) for pk, score, _ in rows])
        return self._counted[key]

    def snippets(self, query: Query, pks: Sequence[int]) -> dict[int, str]:
        if not pks:
            return {}
        # snippet() works only inside the MATCH query that found the row, hence MATCH again.
        places = ", ".join(["%s"] * len(pks))
        sql = (
            "SELECT rowid, snippet(search_fts, 0, %s, %s, '…', %s) FROM search_fts "
            f"WHERE search_fts MATCH %s AND rowid IN ({places})"
        )
        params = [START, STOP, SNIPPET_WORDS, to_fts5(query), *pks]
        return {int(pk): str(text) for pk, text in _fetch(sql, params)}


def _matching(query: Query, entries: QuerySet[Entry]) -> tuple[str, list[Any]]:
    """The WHERE clause: the FTS5 match, among `entries` (whatever filters they carry)."""
    if not entries.query.has_filters():
        # Every entry: the match alone, which FTS5 counts without reading search_entry at all.
        return "search_fts MATCH %s", [to_fts5(query)]
    among = entries.filter(pk=RawSQL("search_fts.rowid", ())).values("pk")
    among_sql, among_params = among.query.sql_with_params()
    return (
        f"search_fts MATCH %s AND EXISTS ({among_sql})",
        [to_fts5(query), *among_params],
    )


def _ranked_sql(where: str) -> str:
    # bm25 is lower for better matches; the rank reported is its negation.
    return (
        f"SELECT rowid, bm25(search_fts) FROM search_fts WHERE {where} "
        "ORDER BY bm25(search_fts), rowid DESC"
    )


def _ranks(rows: Sequence[tuple[Any, ...]]) -> list[tuple[int, float]]:
    return [(int(pk), -float(score)) for pk, score in rows]


def _fetch(sql: str, params: Sequence[Any]) -> list[tuple[Any, ...]]:
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return list(cursor.fetchall())
