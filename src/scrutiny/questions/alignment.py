"""A stored meeting's points beside its record's: the record says what each point is, the rows
are what the follow-up rows hang from. Both keep the notes' order, item by section by point."""

from __future__ import annotations

from collections.abc import Sized
from dataclasses import dataclass

from django.db.models import Prefetch

from scrutiny.meetings.models import AgendaItem, Meeting, Point, Section
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

    @property
    def heading(self) -> str:
        """What the section's points fall under: its heading, or its item's title."""
        return self.section.heading or self.item.title


@dataclass(frozen=True)
class PlacedPoint:
    place: PlacedSection
    point: RecordPoint
    row: Point


def placed_sections(meeting: Meeting, record: MeetingRecord) -> list[PlacedSection]:
    points = Prefetch("points", queryset=Point.objects.order_by("position"))
    sections = Prefetch(
        "sections", queryset=Section.objects.order_by("position").prefetch_related(points)
    )
    items: list[AgendaItem] = list(meeting.items.order_by("position").prefetch_related(sections))
    _same_length(items, record.items, "items")
    placed: list[PlacedSection] = []
    for item, stored_item in zip(record.items, items, strict=True):
        stored_sections = list(stored_item.sections.all())
        _same_length(stored_sections, item.sections, f"sections of item {item.number}")
        for section, row in zip(item.sections, stored_sections, strict=True):
            _same_length(list(row.points.all()), section.points, f"points of {row}")
            placed.append(PlacedSection(item, section, row))
    return placed


def placed_points(sections: list[PlacedSection]) -> list[PlacedPoint]:
    return [
        PlacedPoint(place, point, row)
        for place in sections
        for point, row in zip(place.section.points, place.row.points.all(), strict=True)
    ]


def _same_length(rows: Sized, parts: Sized, what: str) -> None:
    if len(rows) != len(parts):
        raise Misaligned(f"the stored meeting has {len(rows)} {what}, its record {len(parts)}")
