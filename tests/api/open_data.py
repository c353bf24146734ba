"""A small published world with secrets in it, for the open data tests: everything marked
SECRET or DRAFT must never come out of the API, a download, a feed or an alert."""

from __future__ import annotations

from dataclasses import dataclass

from factories import make_record, store_record
from scrutiny.meetings.models import AgendaItem, Board, Meeting
from scrutiny.record import Action, Figure, Item, Point, Section

SECRETS = ("SECRET", "DRAFT", "Hidden Board", "informants")


@dataclass
class World:
    board: Board
    published: Meeting
    private_item: AgendaItem
    draft: Meeting


def public_record(date: str = "2025-02-19", board: str = "Performance & Delivery Board") -> object:
    return make_record(
        date=date,
        board=board,
        items=[
            Item(
                "1",
                "Burglary",
                "CC",
                ["https://example.org/1-burglary.pdf"],
                [Section(None, [Point("The PCC asked about burglary.", "question", ["PCC"])])],
            ),
            Item(
                "2",
                "SECRET item on informants",
                "CC",
                ["https://example.org/SECRET-paper.pdf"],
                [Section("SECRET heading", [Point("SECRET informants point", "statement", [])])],
            ),
        ],
        actions=[
            Action("Report on burglary arrests.", "Force", "2025-09-16", "open", "1"),
            Action("SECRET action on informants.", "Force", "2025-09-16", "open", "2"),
        ],
        figures=[
            Figure("42 officers", 42.0, "officers", "burglary officers", "1"),
            Figure("999 informants", 999.0, "count", "SECRET informants", "2"),
        ],
    )


def make_world() -> World:
    published = store_record(public_record()).meeting  # type: ignore[arg-type]
    private_item = AgendaItem.objects.get(meeting=published, number="2")
    private_item.private = True
    private_item.save(update_fields=["private"])
    draft_record = make_record(
        date="2025-03-01",
        board="Hidden Board",
        items=[
            Item(
                "1",
                "DRAFT burglary item",
                None,
                ["https://example.org/DRAFT.pdf"],
                [Section(None, [Point("DRAFT burglary point", "question", ["PCC"])])],
            )
        ],
        actions=[Action("DRAFT burglary action", "Force", "2025-04-01", "open", "1")],
        figures=[Figure("7 burglaries", 7.0, "count", "DRAFT burglaries", "1")],
    )
    draft = store_record(draft_record).meeting
    draft.status = Meeting.NOTES_DRAFT
    draft.save(update_fields=["status"])
    assert published.board is not None
    return World(published.board, published, private_item, draft)


def assert_no_secrets(text: str) -> None:
    for secret in SECRETS:
        assert secret not in text, f"{secret!r} leaked"
