"""What a full-text backend does: count, rank and highlight matches among given entries."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from django.db.models import QuerySet

from scrutiny.search.models import Entry
from scrutiny.search.query import Query

SNIPPET_WORDS = 32  # about a sentence either side of the match

# A search ranks at most this many of its matches: the most recently indexed (highest ids).
# Ranking costs the database about a microsecond a match, and a common word ("police") matches
# a fifth of everything ever said, so ranking them all grows with the archive, past a page's
# time budget. Counting stays exact; words and filters (board, dates) narrow the matches, so
# older ones come into the ranking as a search is narrowed.
RANKED = 10_000


class Backend(Protocol):
    def count(self, query: Query, entries: QuerySet[Entry]) -> int:
        """How many of `entries` match."""
        ...

    def ranked(
        self, query: Query, entries: QuerySet[Entry], offset: int, limit: int
    ) -> list[tuple[int, float]]:
        """(pk, rank) of the RANKED most recently indexed matching entries, best first (higher
        rank is better), from `offset`."""
        ...

    def matching(self, query: Query, entries: QuerySet[Entry]) -> QuerySet[Entry]:
        """Every matching entry, unranked."""
        ...

    def snippets(self, query: Query, pks: Sequence[int]) -> dict[int, str]:
        """The entries' text around the matches, marked with highlight.START and STOP."""
        ...
