"""A stored meeting's points beside its record's: the record says what each point is, the rows
are what the follow-up rows hang from. Both keep the notes' order, item by section by point."""

from __future__ import annotations

from collections.abc import Sized
from dataclasses import dataclass

from scrutiny.meetings.layout import Layout
from scrutiny.meetings.models import Point, Section
from scrutiny.record import Item, MeetingRecord
from scrutiny.record import Point as RecordPoint
from scrutiny.record import Section as RecordSection


class Misaligned(ValueError):
    """The stored meeting is not the record it is followed with."""


@dataclass(frozen=True)
class PlacedSection:
    item: Item
    section: RecordSection
    row: Section
    points: list[Point]  # the section's point rows, in order

    @property
    def heading(self) -> str:
        """What the section's points fall under: its heading, or its item's title."""
        return self.section.heading or self.item.title


@dataclass(frozen=True)
class PlacedPoint:
    place: PlacedSection
    point: RecordPoint
    row: Point


def placed_sections(record: MeetingRecord, layout: Layout) -> list[PlacedSection]:
    _same_length(layout.items, record.items, "items")
    placed: list[PlacedSection] = []
    for item, rows, points in zip(record.items, layout.sections, layout.points, strict=True):
        _same_length(rows, item.sections, f"sections of item {item.number}")
        for section, row, row_points in zip(item.sections, rows, points, strict=True):
            _same_length(row_points, section.points, f"points of {row}")
            placed.append(PlacedSection(item, section, row, row_points))
    return placed


def placed_points(sections: list[PlacedSection]) -> list[PlacedPoint]:
    return [
        PlacedPoint(place, point, row)
        for place in sections
        for point, row in zip(place.section.points, place.points, strict=True)
    ]


def _same_length(rows: Sized, parts: Sized, what: str) -> None:
    if len(rows) != len(parts):
        raise Misaligned(f"the stored meeting has {len(rows)} {what}, its record {len(parts)}")
