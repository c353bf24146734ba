"""What the rendering tests share: the gold records as records, and the round-trip check."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from gold import SEED_NAMES, first_difference, gold
from scrutiny.extract import extract
from scrutiny.read import read_bytes
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
)
from scrutiny.render import Format, Style, render

# Every field of the record but its source (a rendered document is a new document).
FIELDS = [
    "schema", "organisation", "board", "date", "time", "venue", "attendees", "apologies",
    "previous_meeting", "discharged", "items", "actions", "figures", "next_meeting",
]  # fmt: skip


def record_of(data: dict[str, Any]) -> MeetingRecord:
    """A `scrutiny.meeting/1` dictionary back as a record (without its source and `where`s)."""
    previous, following = data["previous_meeting"], data["next_meeting"]
    return MeetingRecord(
        organisation=data["organisation"],
        board=data["board"],
        date=data["date"],
        time=data["time"],
        venue=data["venue"],
        attendees=[Person(**p) for p in data["attendees"]],
        apologies=[Person(**p) for p in data["apologies"]],
        previous_meeting=PreviousMeeting(**previous) if previous else None,
        discharged=[Discharged(**d) for d in data["discharged"]],
        items=[
            Item(
                i["number"],
                i["title"],
                i["presenter"],
                list(i["papers"]),
                [
                    Section(
                        s["heading"],
                        [Point(p["text"], p["kind"], p["speakers"]) for p in s["points"]],
                    )
                    for s in i["sections"]
                ],
            )
            for i in data["items"]
        ],
        actions=[
            Action(a["text"], a["owner"], a["due"], a["status"], a["item"]) for a in data["actions"]
        ],
        figures=[
            Figure(f["text"], f["value"], f["unit"], f["subject"], f["item"])
            for f in data["figures"]
        ],
        next_meeting=NextMeeting(**following) if following else None,
    )


@pytest.fixture(scope="session")
def gold_records() -> dict[str, MeetingRecord]:
    return {name: record_of(gold(name)) for name in SEED_NAMES}


def differences(record: MeetingRecord, style: Style, fmt: Format) -> list[str]:
    """Where extracting the rendered record departs from it, figure subjects (as the gold tests
    compare) and line numbers aside."""
    data = render(record, style, fmt)
    got = extract(read_bytes(data, f"rendered.{fmt}")).to_dict()
    assert got["source"]["format"] == fmt
    want = record.to_dict()
    ignore = ("subject", "where")
    found = [first_difference(got[field], want[field], field, ignore=ignore) for field in FIELDS]
    return [difference for difference in found if difference]


@pytest.fixture
def round_trip() -> Callable[[MeetingRecord, Style, Format], list[str]]:
    return differences
