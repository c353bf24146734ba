"""What a full-text backend does: count, rank and highlight matches among given entries."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from django.db.models import QuerySet

from scrutiny.search.models import Entry
from scrutiny.search.query import Query

SNIPPET_WORDS = 32  # about a sentence either side of the match


class Backend(Protocol):
    def count(self, query: Query, entries: QuerySet[Entry]) -> int:
        """How many of `entries` match."""
        ...

    def ranked(
        self, query: Query, entries: QuerySet[Entry], offset: int, limit: int
    ) -> list[tuple[int, float]]:
        """(pk, rank) of matching entries, best first (higher rank is better)."""
        ...

    def snippets(self, query: Query, pks: Sequence[int]) -> dict[int, str]:
        """The entries' text around the matches, marked with highlight.START and STOP."""
        ...
