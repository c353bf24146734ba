"""A meeting's items, sections and points as rows, in the notes' order.

Storing a meeting makes these rows, and following it up reads them again several times (to
grade questions, place figures, note inspections, judge its discharged lines); the layout made
while storing is handed on so that none of that costs a query. `read_layout` reads it for a
meeting stored earlier (all but the discharged lines, which only closing actions reads).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

from scrutiny.meetings.models import AgendaItem, Discharged, Meeting, Point, Section


@dataclass(frozen=True)
class Layout:
    items: list[AgendaItem]
    sections: list[list[Section]]  # sections[i]: those of items[i], in order
    points: list[list[list[Point]]]  # points[i][s]: those of sections[i][s], in order
    # The discharged list in order, each line's meeting set; None when not at hand (read).
    discharged: list[Discharged] | None = None

    def points_in_order(self) -> list[Point]:
        return [point for item in self.points for section in item for point in section]

    def rows(self) -> Iterator[tuple[AgendaItem, Section, Point]]:
        """Each point with its section and item."""
        for item, sections, points in zip(self.items, self.sections, self.points, strict=True):
            for section, section_points in zip(sections, points, strict=True):
                for point in section_points:
                    yield item, section, point

    def items_by_number(self) -> dict[str, AgendaItem]:
        """The items by number; where a number repeats, the first item has it (as
        `scrutiny.meetings.services.items_by_number` reads them)."""
        found: dict[str, AgendaItem] = {}
        for item in self.items:
            if item.number is not None:
                found.setdefault(item.number, item)
        return found

    def points_by_item(self) -> dict[int, list[Point]]:
        return {
            item.pk: [point for section in sections for point in section]
            for item, sections in zip(self.items, self.points, strict=True)
        }


def read_layout(meeting: Meeting) -> Layout:
    """Three queries; each row's parent is set from the rows read, not fetched again."""
    items = list(AgendaItem.objects.filter(meeting=meeting).order_by("position"))
    by_pk = {item.pk: item for item in items}
    sections: dict[int, list[Section]] = defaultdict(list)
    for section in Section.objects.filter(item__meeting=meeting).order_by("item_id", "position"):
        section.item = by_pk[section.item_id]
        sections[section.item_id].append(section)
    section_by_pk = {s.pk: s for listed in sections.values() for s in listed}
    points: dict[int, list[Point]] = defaultdict(list)
    rows = Point.objects.filter(section__item__meeting=meeting).order_by("section_id", "position")
    for point in rows:
        point.section = section_by_pk[point.section_id]
        points[point.section_id].append(point)
    return Layout(
        items=items,
        sections=[sections[item.pk] for item in items],
        points=[[points[s.pk] for s in sections[item.pk]] for item in items],
    )
