"""Meetings written for the series tests: one item, one point per figure, in the genre's words."""

from __future__ import annotations

from factories import BOARD, make_record, store_record
from scrutiny.meetings.models import Meeting
from scrutiny.record import Figure, Item, Point, Section


def quoting(date: str | None, *quotes: tuple[str, Figure], board: str | None = BOARD) -> Meeting:
    """A meeting of the factories' board on `date` whose points say each sentence, quoting
    each figure (all under item 3, "Crime and Policing")."""
    points = [Point(sentence, "statement", ["CC"]) for sentence, _ in quotes]
    figures = [figure for _, figure in quotes]
    item = Item("3", "Delivery & Performance", "CC", [], [Section("Crime and policing", points)])
    record = make_record(board=board, date=date, items=[item], figures=figures, actions=[])
    return store_record(record).meeting


def crimes(
    text: str, value: float, period: str = "in 2024/25", hedge: str = ""
) -> tuple[str, Figure]:
    return (
        f"The CC reported that {hedge}{text} crimes had been recorded {period}.",
        Figure(text, value, "count", "crimes recorded", "3"),
    )
