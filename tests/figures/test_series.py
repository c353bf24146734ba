"""Figures into series across one board's history, and contradictions between meetings."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import HISTORY, FollowHistory
from figures.records import crimes, quoting
from scrutiny.figures.models import Contradiction, Figure, Series
from scrutiny.figures.series import follow_figures
from scrutiny.ingestion.follow_up import follow_again, meetings_in_order
from scrutiny.ingestion.services import ingest
from scrutiny.meetings.models import Meeting
from scrutiny.web.series.queries import rows_of

pytestmark = pytest.mark.django_db


def series_of(meeting: Meeting, text: str) -> Series:
    figure = meeting.figures.get(text=text)
    assert figure.series is not None, f"{text} joined no series"
    return figure.series


def values(series: Series) -> list[str]:
    """The series' current figures as written, oldest meeting first."""
    figures = Figure.objects.filter(series=series, meeting__is_current=True)
    return [row.figure.text for row in rows_of(figures.select_related("meeting"))]


def changes(series: Series) -> list[str]:
    figures = Figure.objects.filter(series=series, meeting__is_current=True)
    return [row.change for row in rows_of(figures.select_related("meeting")) if row.headline]


def test_the_historys_series_form_with_both_values(follow_history: FollowHistory) -> None:
    h = follow_history
    hate = series_of(h.march_2019, "79.1%")
    assert series_of(h.december_2018, "77.2%") == hate
    assert values(hate) == ["77.2%", "79.1%"]
    days = series_of(h.may_2025, "6.8")
    assert values(days) == ["8.1", "7.04", "6.8"]
    drugs = series_of(h.may_2025, "10.4%")
    assert values(drugs) == ["8.9%", "10.4%"]
    assert {f.direction for f in drugs.figures.all()} == {Figure.UP}
    premises = series_of(h.may_2025, "131")
    assert values(premises) == ["109", "131"]
    officers = series_of(h.march_2019, "3,455.20 FTE")
    assert values(officers) == ["3401.71 FTE", "3,455.20 FTE"]
    assert officers.unit == "FTE"


def test_the_change_since_the_previous_meeting(follow_history: FollowHistory) -> None:
    h = follow_history
    assert changes(series_of(h.march_2019, "79.1%")) == ["", "+1.9 percentage points"]
    assert changes(series_of(h.may_2025, "6.8")) == ["", "\u22121.06 days", "\u22120.24 days"]
    assert changes(series_of(h.may_2025, "10.4%")) == ["", "+1.5 percentage points"]
    assert changes(series_of(h.may_2025, "131")) == ["", "+22"]
    assert changes(series_of(h.march_2019, "3,455.20 FTE")) == ["", "+53.49 FTE"]


def test_periods_are_read_from_each_figures_point(follow_history: FollowHistory) -> None:
    h = follow_history
    officers = h.december_2018.figures.get(text="3401.71 FTE")
    assert (officers.period_key, officers.period_text) == ("day:2018-10-31", "As at 31 October")
    calls = h.march_2019.figures.get(text="30,500")
    assert (calls.period_key, calls.period_text) == ("months:2019-02/2019-02", "in February")
    days = h.february_2025.figures.get(text="7.04")
    assert days.period_text == "April to December 2024"
    assert days.heading == "Attendance and wellbeing"


def test_a_goal_joins_no_series(follow_history: FollowHistory) -> None:
    target = follow_history.december_2018.figures.get(text="3452.50 FTE")
    assert (target.firmness, target.series) == (Figure.GOAL, None)


def placement() -> list[tuple[Any, ...]]:
    return sorted(
        Figure.objects.values_list(
            "pk", "series__key", "series_pinned", "period_key", "direction", "firmness"
        )
    )


def test_following_again_changes_nothing(follow_history: FollowHistory) -> None:
    before = (placement(), Series.objects.count(), Contradiction.objects.count())
    for meeting in meetings_in_order():
        follow_again(meeting)
    assert (placement(), Series.objects.count(), Contradiction.objects.count()) == before


def grouping() -> set[frozenset[tuple[Any, str]]]:
    """The series as sets of (meeting date, figure text): comparable between databases."""
    return {
        frozenset((f.meeting.date, f.text) for f in s.figures.select_related("meeting"))
        for s in Series.objects.all()
        if s.figures.exists()
    }


def test_meetings_followed_newest_first_form_the_same_series(
    follow_history: FollowHistory,
) -> None:
    in_order = grouping()
    Series.objects.all().delete()
    for meeting in reversed(list(meetings_in_order())):
        follow_figures(meeting, None)
    assert grouping() == in_order


def test_a_meeting_with_no_board_joins_no_series(db: None) -> None:
    meeting = quoting(None, crimes("12,450", 12450), board=None)
    assert meeting.board is None
    assert list(meeting.figures.values_list("series", flat=True)) == [None]


def test_a_superseded_version_keeps_its_series_but_leaves_the_page(
    follow_history: FollowHistory,
) -> None:
    h = follow_history
    old = h.may_2025.figures.get(text="131")
    text = (HISTORY / "2025-05-28-performance-delivery.txt").read_text()
    newer = ingest(text.replace("131 premises", "133 premises").encode(), "may-v2.txt").meeting
    assert newer.version == 2
    old.refresh_from_db()
    premises = series_of(newer, "133")
    assert old.series == premises  # kept as history
    assert values(premises) == ["109", "133"]


def test_a_contradiction_is_flagged_between_meetings(db: None) -> None:
    february = quoting("2025-02-19", crimes("12,450", 12450))
    may = quoting("2025-05-28", crimes("12,800", 12800))
    pairs = {(c.figure.meeting, c.other.meeting, c.period) for c in Contradiction.objects.all()}
    both_years = "months:2024-04/2025-03"
    assert pairs == {(february, may, both_years), (may, february, both_years)}  # both ways


@pytest.mark.parametrize(
    "later",
    [
        crimes("12,500", 12500),  # 12,450 rounded to hundreds
        crimes("12,800", 12800, "in 2023/24"),  # another year
        crimes("12,800", 12800, "so far"),  # no period stated
        crimes("12,800", 12800, hedge="around "),  # approximate
    ],
)
def test_no_contradiction(db: None, later: tuple[str, Any]) -> None:
    quoting("2025-02-19", crimes("12,450", 12450))
    quoting("2025-05-28", later)
    assert not Contradiction.objects.exists()


def test_a_contradiction_goes_when_its_meeting_is_superseded(db: None) -> None:
    quoting("2025-02-19", crimes("12,450", 12450))
    quoting("2025-05-28", crimes("12,800", 12800))
    assert Contradiction.objects.count() == 2
    quoting("2025-05-28", crimes("12,450", 12450))  # the corrected notes
    assert not Contradiction.objects.exists()


def contradiction_pairs() -> set[tuple[Any, ...]]:
    rows = Contradiction.objects.values_list(
        "figure__meeting__date", "other__meeting__date", "period"
    )
    return set(rows)


def test_contradictions_found_while_storing_are_those_found_by_following_everything_again(
    db: None,
) -> None:
    # Stored out of date order: each new meeting's figures are compared with those before and
    # after it, and the pairs among the others are left as they were.
    quoting("2025-05-28", crimes("12,800", 12800))
    quoting("2025-02-19", crimes("12,450", 12450))
    quoting("2025-08-20", crimes("12,950", 12950))
    stored = contradiction_pairs()
    assert len(stored) == 6  # three meetings, each pair both ways
    Contradiction.objects.all().delete()
    for meeting in meetings_in_order():
        follow_again(meeting)
    assert contradiction_pairs() == stored


def test_a_pinned_figure_is_left_alone(follow_history: FollowHistory) -> None:
    figure = follow_history.may_2025.figures.get(text="131")
    elsewhere = Series.objects.create(
        board=follow_history.board, name="Licensed premises", unit="count"
    )
    Figure.objects.filter(pk=figure.pk).update(series=elsewhere, series_pinned=True)
    follow_again(follow_history.may_2025)
    figure.refresh_from_db()
    assert figure.series == elsewhere
