"""What the series pages show: a board's series, and one series meeting by meeting.

Only current meetings count. Where a meeting quotes a series more than once (a headcount and a
target, a force and a division), its first figure is the meeting's value: the change since the
previous meeting and the trend compare those.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date as Date
from typing import Any

from django.db.models import Prefetch, Q, QuerySet
from django.shortcuts import get_object_or_404

from scrutiny.figures.models import Contradiction, Figure, Series, SeriesChange
from scrutiny.meetings.models import Board, Meeting
from scrutiny.meetings.visibility import public_q
from scrutiny.web.series.wording import change_text, long_date, value_text


@dataclass
class Row:
    figure: Figure
    headline: bool  # the first figure its meeting quotes for the series
    change: str = ""  # since the previous meeting's value, on headline rows after the first
    differs: list[Figure] = field(default_factory=list)  # other meetings' figures it contradicts


@dataclass(frozen=True)
class Summary:
    series: Series
    meetings: int
    latest: Row


@dataclass(frozen=True)
class SeriesPage:
    series: Series
    rows: list[Row]
    meetings: int
    chart: dict[str, Any]  # for json_script: what the chart draws, the same data as the table
    trend: str  # the chart's summary in words
    history: list[SeriesChange]
    merge_choices: list[Series]


def figures_for_meeting(meeting: Meeting) -> QuerySet[Figure]:
    """A meeting's figures for its page: each with its series and the figures it contradicts."""
    return meeting.figures.select_related("item", "series").prefetch_related(_differs())


def _differs() -> Prefetch[str, QuerySet[Contradiction], str]:
    """Each figure's contradictions with current meetings, the other figure and its meeting
    loaded, oldest meeting first."""
    current = Q(figure__meeting__is_current=True, other__meeting__is_current=True)
    contradictions = (
        Contradiction.objects.filter(current)
        .select_related("other__meeting")
        .order_by("other__meeting__date", "other_id")
    )
    return Prefetch("contradictions", queryset=contradictions)


def _current_figures() -> QuerySet[Figure]:
    return (
        Figure.objects.filter(public_q("meeting", "item"), meeting__is_current=True)
        .select_related("meeting")
        .order_by("meeting__date", "meeting_id", "position")
    )


def rows_of(figures: Iterable[Figure]) -> list[Row]:
    """Rows oldest meeting first (undated meetings last), each meeting's first figure its
    headline, with the change since the previous dated meeting's headline."""
    ordered = sorted(
        figures, key=lambda f: (f.meeting.date is None, f.meeting.date or Date.min, f.meeting_id)
    )
    rows: list[Row] = []
    seen: set[int] = set()
    previous: Figure | None = None
    for figure in ordered:
        headline = figure.meeting_id not in seen
        seen.add(figure.meeting_id)
        row = Row(figure, headline)
        if headline and figure.meeting.date is not None:
            if previous is not None:
                row.change = change_text(previous, figure)
            previous = figure
        rows.append(row)
    return rows


def board_series(slug: str) -> tuple[Board, list[Summary]]:
    """The board's series with figures from current meetings: those quoted at two or more
    meetings first, then the rest, each group by name."""
    board = get_object_or_404(Board.objects.select_related("organisation"), slug=slug)
    by_series: dict[int, list[Figure]] = {}
    for figure in _current_figures().filter(series__board=board).select_related("series"):
        by_series.setdefault(figure.series_id or 0, []).append(figure)
    summaries = []
    for figures in by_series.values():
        series = figures[0].series
        assert series is not None  # the figures were chosen by their series
        headlines = [r for r in rows_of(figures) if r.headline]
        summaries.append(Summary(series, len(headlines), _latest(headlines)))
    summaries.sort(key=lambda s: (s.meetings < 2, s.series.name.lower(), s.series.pk))
    return board, summaries


def _latest(headlines: list[Row]) -> Row:
    dated = [r for r in headlines if r.figure.meeting.date is not None]
    return dated[-1] if dated else headlines[-1]


def series_page(pk: int) -> SeriesPage:
    series = get_object_or_404(
        Series.objects.select_related("board", "board__organisation"), pk=pk, merged_into=None
    )
    figures = _current_figures().filter(series=series).prefetch_related(_differs())
    rows = rows_of(figures)
    for row in rows:
        row.differs = differs(row.figure)
    return SeriesPage(
        series=series,
        rows=rows,
        meetings=sum(1 for r in rows if r.headline),
        chart=_chart(series, rows),
        trend=_trend(series, rows),
        history=history(series),
        merge_choices=list(
            Series.objects.filter(board_id=series.board_id, unit=series.unit, merged_into=None)
            .exclude(pk=series.pk)
            .filter(figures__meeting__is_current=True)
            .distinct()
            .order_by("name", "pk")
        ),
    )


def differs(figure: Figure) -> list[Figure]:
    """The figures of other meetings `figure` contradicts (their meetings loaded)."""
    return [c.other for c in figure.contradictions.all()]


def history(series: Series) -> list[SeriesChange]:
    """Hand changes to this series, and to those merged into it, newest first."""
    merged = {series.pk}
    frontier = {series.pk}
    while frontier:
        frontier = (
            set(Series.objects.filter(merged_into__in=frontier).values_list("pk", flat=True))
            - merged
        )
        merged |= frontier
    return list(
        SeriesChange.objects.filter(Q(series__in=merged) | Q(other__in=merged))
        .select_related("series", "other")
        .prefetch_related(Prefetch("figures", queryset=_current_figures()))
        .order_by("-at", "-pk")
    )


def _chart(series: Series, rows: list[Row]) -> dict[str, Any]:
    return {
        "name": series.name,
        "unit": series.unit,
        "points": [
            {
                "date": row.figure.meeting.date.isoformat(),
                "value": row.figure.series_value,
                "label": f"{value_text(row.figure)}, {long_date(row.figure.meeting.date)}",
            }
            for row in rows
            if row.figure.meeting.date is not None
        ],
    }


def _trend(series: Series, rows: list[Row]) -> str:
    headlines = [r for r in rows if r.headline and r.figure.meeting.date is not None]
    name = series.name[:1].upper() + series.name[1:]
    if not headlines:
        return f"{name}: no figure from a dated meeting to chart."
    first, last = headlines[0].figure, headlines[-1].figure
    if len(headlines) == 1:
        return f"{name}: {value_text(first)} on {long_date(first.meeting.date)}, one meeting only."
    return (
        f"{name}: {value_text(first)} on {long_date(first.meeting.date)}, "
        f"{value_text(last)} on {long_date(last.meeting.date)}; "
        f"{change_text(first, last, spoken=True)} over {len(headlines)} meetings."
    )
