"""SQLite: the FTS5 table search_fts (see migration 0002), ranked by bm25, cut by snippet().

Filters are the ORM's: the filtered entries' SQL is joined to the match as an EXISTS on the
entry's primary key, so each match costs one index lookup however many rows the filters keep;
with no filters, the match stands alone. FTS5 reads a match's entries newest first when asked
for rowid DESC, so ranking the RANKED newest stops reading there. With filters, each match is
checked once where it can be: one pass ranks the newest (and the first pages are kept for
`ranked`), and when no more than RANKED pass the filters that pass has counted them too.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django.db import connection
from django.db.models import QuerySet
from django.db.models.expressions import RawSQL

from scrutiny.search.backends.base import RANKED, SNIPPET_WORDS
from scrutiny.search.highlight import START, STOP
from scrutiny.search.models import Entry
from scrutiny.search.query import Query, to_fts5

# With filters, ranking also keeps this many of the best matches: ten pages of results.
KEPT = 200


class Fts5:
    def __init__(self) -> None:
        # Filtered searches: (total, the KEPT best (rowid, bm25)) by the SQL and parameters.
        self._counted: dict[tuple[str, tuple[Any, ...]], tuple[int, list[tuple[Any, ...]]]] = {}

    def count(self, query: Query, entries: QuerySet[Entry]) -> int:
        where, params = _matching(query, entries)
        if entries.query.has_filters():
            return self._counted_and_best(where, params)[0]
        return _count(where, params)

    def ranked(
        self, query: Query, entries: QuerySet[Entry], offset: int, limit: int
    ) -> list[tuple[int, float]]:
        where, params = _matching(query, entries)
        if entries.query.has_filters():
            total, best = self._counted_and_best(where, params)
            if offset + limit <= len(best) or len(best) == min(total, RANKED):
                return _ranks(best[offset : offset + limit])
        sql = f"SELECT pk, score FROM ({_newest(where)}) ORDER BY score, pk DESC LIMIT %s OFFSET %s"
        return _ranks(_fetch(sql, [*params, RANKED, limit, offset]))

    def matching(self, query: Query, entries: QuerySet[Entry]) -> QuerySet[Entry]:
        match = RawSQL("SELECT rowid FROM search_fts WHERE search_fts MATCH %s", (to_fts5(query),))
        return entries.filter(pk__in=match)

    def _counted_and_best(self, where: str, params: list[Any]) -> tuple[int, list[tuple[Any, ...]]]:
        """The filters cost more than the match: one pass ranks the newest matches that pass
        them, keeping the first pages for `ranked`, and counts them unless more than RANKED
        pass (then a second pass counts the rest)."""
        key = (where, tuple(params))
        if key not in self._counted:
            sql = (
                f"WITH newest AS MATERIALIZED ({_newest(where)}) "
                "SELECT pk, score, (SELECT count(*) FROM newest) "
                "FROM (SELECT pk, score FROM newest ORDER BY pk DESC LIMIT %s) "
                "ORDER BY score, pk DESC LIMIT %s"
            )
            # One more than RANKED is read only to learn whether there are more.
            rows = _fetch(sql, [*params, RANKED + 1, RANKED, KEPT])
            seen = int(rows[0][2]) if rows else 0
            total = seen if seen <= RANKED else _count(where, params)
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


def _newest(where: str) -> str:
    """The newest matches with their bm25 (lower is better), as many as the parameter after
    `where`'s says."""
    return (
        f"SELECT rowid AS pk, bm25(search_fts) AS score FROM search_fts WHERE {where} "
        "ORDER BY rowid DESC LIMIT %s"
    )


def _count(where: str, params: list[Any]) -> int:
    return int(_fetch(f"SELECT count(*) FROM search_fts WHERE {where}", params)[0][0])


def _ranks(rows: Sequence[tuple[Any, ...]]) -> list[tuple[int, float]]:
    return [(int(pk), -float(score)) for pk, score in rows]


def _fetch(sql: str, params: Sequence[Any]) -> list[tuple[Any, ...]]:
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return list(cursor.fetchall())
