"""Meetings built to be searched: points that say exactly what a test looks for."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest


@pytest.fixture
def meeting_saying(db: None) -> Callable[..., Any]:
    """Store the factory's meeting with one more item, "7. Any other business", holding the
    given points (statements); other arguments go to `make_record`."""
    from factories import make_record, store_record
    from scrutiny.record import Item, Point, Section

    def make(*points: str, speakers: list[str] | None = None, **fields: Any) -> Any:
        record = make_record(**fields)
        said = [Point(text, "statement", list(speakers or [])) for text in points]
        record.items.append(Item("7", "Any other business", None, [], [Section(None, said)]))
        return store_record(record).meeting

    return make


def rank_at_most(monkeypatch: pytest.MonkeyPatch, ranked: int) -> None:
    """Searches rank at most `ranked` matches (RANKED, as each backend module imported it)."""
    from scrutiny.search import backends
    from scrutiny.search.backends import base, postgres, sqlite

    for module in (backends, base, postgres, sqlite):
        monkeypatch.setattr(module, "RANKED", ranked)
