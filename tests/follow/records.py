"""Gold meeting records as `MeetingRecord`s, for the follow-up tests."""

from __future__ import annotations

from typing import Any

from gold import SEED_NAMES, gold
from scrutiny.record import Action, Item, MeetingRecord, Person, Point, Section, Where


def _where(raw: dict[str, Any] | None) -> Where | None:
    return Where(line=raw["line"], page=raw.get("page")) if raw else None


def record_from_dict(raw: dict[str, Any]) -> MeetingRecord:
    return MeetingRecord(
        organisation=raw["organisation"],
        board=raw["board"],
        date=raw["date"],
        attendees=[Person(**p) for p in raw["attendees"]],
        items=[
            Item(
                number=i["number"],
                title=i["title"],
                presenter=i["presenter"],
                papers=i["papers"],
                sections=[
                    Section(
                        heading=s["heading"],
                        points=[
                            Point(p["text"], p["kind"], p["speakers"], _where(p.get("where")))
                            for p in s["points"]
                        ],
                    )
                    for s in i["sections"]
                ],
            )
            for i in raw["items"]
        ],
        actions=[
            Action(a["text"], a["owner"], a["due"], a["status"], a["item"], _where(a.get("where")))
            for a in raw["actions"]
        ],
    )


def gold_record(index: int) -> MeetingRecord:
    return record_from_dict(gold(SEED_NAMES[index]))
