"""PostgreSQL: the stored tsvector and its GIN index, ts_rank (of the RANKED newest matches),
and ts_headline.

The query is built from the parsed terms as phraseto_tsquery calls joined by the ORM's &, |
and ~: every word reaches PostgreSQL as a parameter, and nothing the user typed is parsed there.
ts_headline drops what its parser takes for an HTML tag ("<b>") from the snippet; the page
escapes whatever remains.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import reduce
from operator import and_, or_
from typing import Any, cast

from django.contrib.postgres.search import (
    SearchHeadline,
    SearchQuery,
    SearchQueryCombinable,
)
from django.db import connection
from django.db.models import Expression, QuerySet

from scrutiny.search.backends.base import RANKED, SNIPPET_WORDS
from scrutiny.search.highlight import START, STOP, without_markers
from scrutiny.search.models import Entry
from scrutiny.search.query import Phrase, Query
from scrutiny.search.services import CONFIG


class PostgresFullText:
    def count(self, query: Query, entries: QuerySet[Entry]) -> int:
        return entries.filter(vector=to_tsquery(query)).count()

    def ranked(
        self, query: Query, entries: QuerySet[Entry], offset: int, limit: int
    ) -> list[tuple[int, float]]:
        tsquery = to_tsquery(query)
        newest = entries.filter(vector=tsquery).order_by("-pk").values("pk")[:RANKED]
        newest_sql, newest_params = newest.query.sql_with_params()
        asked_sql, asked_params = _compiled(tsquery)
        # ts_rank reads a row's whole vector: only the newest RANKED are ranked, fetched by
        # primary key (an IN (subquery) here has the planner rank every row of the table, or
        # every match before the limit when it finds them by the text index).
        sql = (
            f"SELECT id, ts_rank(vector, {asked_sql}) AS rank FROM search_entry "
            f"WHERE id = ANY(ARRAY({newest_sql})) ORDER BY rank DESC, id DESC LIMIT %s OFFSET %s"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [*asked_params, *newest_params, limit, offset])
            return [(int(pk), float(rank)) for pk, rank in cursor.fetchall()]

    def matching(self, query: Query, entries: QuerySet[Entry]) -> QuerySet[Entry]:
        return entries.filter(vector=to_tsquery(query))

    def snippets(self, query: Query, pks: Sequence[int]) -> dict[int, str]:
        headline = SearchHeadline(
            "text",
            to_tsquery(query),
            config=CONFIG,
            start_sel=START,
            stop_sel=STOP,
            max_words=SNIPPET_WORDS,
            min_words=SNIPPET_WORDS // 2,
        )
        rows = Entry.objects.filter(pk__in=pks).annotate(snippet=headline)
        return {
            pk: _elided(text, snippet)
            for pk, text, snippet in rows.values_list("pk", "text", "snippet")
        }


def _compiled(tsquery: SearchQueryCombinable) -> tuple[str, list[Any]]:
    """The query as SQL and parameters, to use in SQL the ORM cannot write."""
    query = Entry.objects.all().query
    compiler = query.get_compiler(connection=connection)
    # Every SearchQueryCombinable is an expression: a SearchQuery or a combination of them.
    expression = cast(Expression, tsquery).resolve_expression(query)
    sql, params = compiler.compile(expression)
    return sql, list(params)


def _elided(text: str, snippet: str) -> str:
    """The headline with "…" where it cuts the text short, as SQLite's snippet() shows."""
    shown = without_markers(snippet)
    start = text.find(shown)
    if not shown or start < 0:
        return snippet
    before = "…" if start > 0 else ""
    after = "…" if start + len(shown) < len(text) else ""
    return f"{before}{snippet}{after}"


def to_tsquery(query: Query) -> SearchQueryCombinable:
    def phrase(p: Phrase) -> SearchQuery:
        return SearchQuery(" ".join(p.words), config=CONFIG, search_type="phrase")

    wanted = [reduce(or_, map(phrase, c.phrases)) for c in query.positive]
    # NOT (a OR b) as NOT a AND NOT b: the ORM negates single queries only.
    unwanted = [~phrase(p) for c in query.negative for p in c.phrases]
    return reduce(and_, [*wanted, *unwanted])
