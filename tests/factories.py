"""Test data built in code: small meeting records, and meetings stored from them."""

from __future__ import annotations

import itertools
from typing import Any

from django.apps import apps

from scrutiny.ingestion.services import Ingested, store
from scrutiny.meetings.models import Meeting
from scrutiny.read.document import Document, sha256_of
from scrutiny.record import (
    Action,
    Discharged,
    Figure,
    Item,
    MeetingRecord,
    NextMeeting,
    Person,
    Point,
    PreviousMeeting,
    Section,
    Source,
    Where,
)

OFFICE = "Office of the Kent Police and Crime Commissioner"
FORCE = "Kent Police"
BOARD = "Performance & Delivery Board"

_numbers = itertools.count(1)


def make_record(
    *, board: str | None = BOARD, date: str | None = "2025-02-19", **fields: Any
) -> MeetingRecord:
    """A small but complete meeting: people, two items, points, an action, a figure."""
    record = MeetingRecord(
        organisation=OFFICE,
        board=board,
        date=date,
        venue="County Room, Kent Police HQ",
        attendees=[
            Person("Matthew Scott", "Police and Crime Commissioner", "PCC", OFFICE),
            Person("Tim Smith", "Chief Constable", "CC", FORCE),
        ],
        apologies=[Person("Peter Ayling", "Deputy Chief Constable", "DCC", FORCE)],
        previous_meeting=PreviousMeeting("2024-12-11", True),
        discharged=[Discharged("Provide the PEEL update", "update received with thanks")],
        items=[
            Item("1", "Welcome", None, [], [Section(None, [Point("Welcome.", "statement", [])])]),
            Item(
                "3",
                "Delivery & Performance",
                "CC",
                ["https://example.org/3-Delivery.pdf"],
                [
                    Section(
                        "Tackle violence against women and girls (VAWG)",
                        [
                            Point(
                                "The PCC asked about knife crime.",
                                "question",
                                ["PCC", "CC"],
                                Where(line=52, page=2),
                            ),
                            Point("The PCC thanked the team.", "commendation", ["PCC"]),
                        ],
                    )
                ],
            ),
        ],
        actions=[
            Action(
                "Provide an update on the DPR review.",
                "Force",
                "2025-09-16",
                "open",
                "3",
                Where(line=60),
            ),
            Action("Circulate the slides.", None, None, None, "9"),  # item 9 is not on the agenda
        ],
        figures=[
            Figure("77.2%", 77.2, "%", "victims satisfied", "3", Where(line=55, page=2)),
            Figure("12 officers", 12.0, "officers", None, None),
        ],
        next_meeting=NextMeeting("2025-05-28", None),
    )
    for name, value in fields.items():
        setattr(record, name, value)
    return record


def store_record(record: MeetingRecord, text: str | None = None) -> Ingested:
    """Store `record` as if read from a document of `text` (by default, one of its own)."""
    data = (text or f"notes {next(_numbers)}").encode()
    name = f"notes-{sha256_of(data)[:8]}.txt"
    document = Document(name=name, sha256=sha256_of(data), format="txt")
    record.source = Source(name, document.sha256, "txt")
    return store(document, data, record, origin=name)


def stored_meeting(**fields: Any) -> Meeting:
    return store_record(make_record(**fields)).meeting


def make_user(username: str = "officer", *, staff: bool = True) -> Any:
    """A user who can sign in with the password "correct horse battery"."""
    from django.contrib.auth import get_user_model

    return get_user_model().objects.create_user(
        username, password="correct horse battery", is_staff=staff
    )


def snapshot() -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every Scrutiny table, to tell "exactly as it was" from "nearly"."""
    return {
        model._meta.label: list(model.objects.order_by("pk").values_list())
        for config in apps.get_app_configs()
        if config.name.startswith("scrutiny.")
        for model in config.get_models()
    }
