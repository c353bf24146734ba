"""The point each figure was quoted in, and what its words say about it.

The record keeps a figure apart from its point, so the point is found again: in the figure's
item (or anywhere in the meeting when it has none), a point whose text holds the figure
as written; where several do, the one starting nearest above the figure's line. Two figures
written alike in one point ("1 Detective Inspector, 1 Detective Sergeant") take its
occurrences in order.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from scrutiny.figures.models import Figure
from scrutiny.follow.changes import direction, firmness
from scrutiny.follow.periods import figure_period
from scrutiny.follow.spans import find_figure
from scrutiny.meetings.layout import Layout, read_layout
from scrutiny.meetings.models import Meeting, Point


@dataclass(frozen=True)
class InPoint:
    """A figure's place in its point: `point.text[start:end]` is the figure as written."""

    point: Point
    start: int
    end: int


def points_of(
    meeting: Meeting, figures: Iterable[Figure], layout: Layout | None = None
) -> dict[int, InPoint]:
    """Each figure's place in its point, by the figure's position in the meeting (figures not
    yet saved have no id); figures found in no point are left out. The meeting's rows are read
    unless `layout` holds them."""
    layout = layout or read_layout(meeting)
    points = layout.points_in_order()
    by_item = layout.points_by_item()
    taken: dict[tuple[int, str], int] = defaultdict(int)  # occurrences used, by point and text
    found: dict[int, InPoint] = {}
    for figure in sorted(figures, key=lambda f: f.position):
        # A figure of a known item was read there; one of no item, anywhere.
        candidates = by_item.get(figure.item_id, []) if figure.item_id else points
        place = _place(figure, candidates, taken)
        if place is not None:
            taken[(place.point.pk, _loose(figure.text))] += 1
            found[figure.position] = place
    return found


def point_of(figure: Figure) -> InPoint | None:
    """The point `figure` was quoted in, and where in it."""
    return points_of(figure.meeting, figure.meeting.figures.all()).get(figure.position)


def _place(
    figure: Figure, points: list[Point], taken: dict[tuple[int, str], int]
) -> InPoint | None:
    places = []
    loose = _loose(figure.text)
    for point in points:
        span = find_figure(point.text, figure.text, taken[(point.pk, loose)])
        if span is not None:
            places.append(InPoint(point, *span))
    if len(places) <= 1 or figure.line is None:
        return places[0] if places else None
    above = [p for p in places if p.point.line is not None and p.point.line <= figure.line]
    if not above:
        return places[0]
    return max(above, key=lambda p: p.point.line or 0)


def _loose(text: str) -> str:
    return " ".join(text.lower().split())


def read_figure(figure: Figure, place: InPoint | None, meeting: Meeting) -> None:
    """Set what the figure's words say: its period, whether it is a rise or a fall, and
    whether it was measured, approximate or a goal. Unsaved: the caller saves."""
    text = place.point.text if place else None
    start, end = (place.start, place.end) if place else (0, 0)
    period = figure_period(text, start, end, meeting.date) if text is not None else None
    figure.period_key = period.key if period else None
    figure.period_text = period.words if period else None
    figure.direction = direction(figure.subject, text, start, end) or ""
    figure.firmness = firmness(text, start, end)
    figure.heading = _heading(figure, place)


def _heading(figure: Figure, place: InPoint | None) -> str | None:
    if place is not None:
        section = place.point.section
        return section.heading or section.item.title
    return figure.item.title if figure.item is not None else None
