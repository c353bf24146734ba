"""Search, as the search page does it, over what the public may see only.

`scrutiny.search.backends.search` answers for every current meeting; this asks the same backend
with the entries narrowed by the visibility rule first, so counts and pages are right too.
"""

from __future__ import annotations

from django.db.models import QuerySet

from scrutiny.meetings.visibility import public_q
from scrutiny.search.backends import Filters, Results, backend
from scrutiny.search.backends import _hits as hits_of
from scrutiny.search.filters import filtered
from scrutiny.search.models import Entry
from scrutiny.search.query import Query, parse
from scrutiny.search.results import PER_PAGE


def public_entries(filters: Filters) -> QuerySet[Entry]:
    return filtered(filters).filter(public_q("meeting", "item"))


def public_search(text: str, filters: Filters, page: int = 1) -> Results:
    query = parse(text)
    if not query:
        return Results(text, (), 0)
    engine = backend()
    entries = public_entries(filters)
    total = engine.count(query, entries)
    page = min(max(page, 1), max(1, -(-total // PER_PAGE)))
    ranked = engine.ranked(query, entries, (page - 1) * PER_PAGE, PER_PAGE) if total else []
    snippets = engine.snippets(query, [pk for pk, _ in ranked])
    return Results(text, hits_of(ranked, snippets), total, page)


def matching_entries(query: Query, entries: QuerySet[Entry], limit: int) -> list[int]:
    """The pks of up to `limit` of `entries` matching `query`, best first."""
    if not query:
        return []
    return [pk for pk, _ in backend().ranked(query, entries, 0, limit)]
