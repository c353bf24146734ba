"""Finding the point each figure was quoted in."""

from __future__ import annotations

import pytest

from conftest import FollowHistory
from factories import make_record, store_record
from scrutiny.figures.context import point_of, points_of
from scrutiny.record import Figure, Item, Point, Section, Where

pytestmark = pytest.mark.django_db


def test_figures_written_alike_take_their_points_occurrences_in_order(db: None) -> None:
    point = Point(
        "The team has 1 Detective Inspector, 1 Detective Sergeant and 14 officers.", "statement", []
    )
    record = make_record(
        items=[Item("3", "People", None, [], [Section(None, [point])])],
        figures=[
            Figure("1", 1, "count", "Detective Inspector", "3"),
            Figure("1", 1, "count", "Detective Sergeant", "3"),
            Figure("14", 14, "count", "officers", "3"),
        ],
        actions=[],
    )
    meeting = store_record(record).meeting
    inspector, sergeant, officers = meeting.figures.order_by("position")
    places = points_of(meeting, [inspector, sergeant, officers])
    text = places[inspector.position].point.text
    assert text[places[inspector.position].start :].startswith("1 Detective Inspector")
    assert text[places[sergeant.position].start :].startswith("1 Detective Sergeant")
    assert text[places[officers.position].start :].startswith("14 officers")


def test_the_point_nearest_above_the_figures_line_wins(db: None) -> None:
    first = Point("Arrests were 36 in January.", "statement", [], Where(line=10))
    second = Point("Arrests were 36 again in March.", "statement", [], Where(line=20))
    record = make_record(
        items=[Item("3", "Crime", None, [], [Section(None, [first, second])])],
        figures=[Figure("36", 36, "count", "arrests", "3", Where(line=21))],
        actions=[],
    )
    meeting = store_record(record).meeting
    place = point_of(meeting.figures.get())
    assert place is not None and place.point.line == 20


def test_a_figure_of_an_unknown_item_is_looked_for_in_the_whole_meeting(db: None) -> None:
    point = Point("Overtime cost £1.2m this year.", "statement", [])
    record = make_record(
        items=[Item("6", "Finance", None, [], [Section(None, [point])])],
        figures=[Figure("£1.2m", 1_200_000, "£", "overtime", None)],
        actions=[],
    )
    place = point_of(store_record(record).meeting.figures.get())
    assert place is not None and place.point.text == point.text


def test_a_figure_in_no_point_of_its_item_is_left_out(follow_history: FollowHistory) -> None:
    # The February notes quote 11% in item 2's discharged actions, not in a point; item 3's
    # "11% reduction in road deaths" is another figure.
    february = follow_history.february_2025
    retail = february.figures.get(text="11%", item_number="2")
    assert point_of(retail) is None
    roads = point_of(february.figures.get(text="11%", item_number="3"))
    assert roads is not None and "road deaths" in roads.point.text
