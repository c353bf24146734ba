from __future__ import annotations

from typing import Any

from django.db.models import F
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Query, Router

from scrutiny.api import links, published
from scrutiny.api.paging import page_of
from scrutiny.api.schemas import Problem, SeriesDetail, SeriesFilters, SeriesPage
from scrutiny.figures.models import Series

router = Router(tags=["Figure series"])


def series_out(request: HttpRequest, series: Series) -> dict[str, Any]:
    return {
        "id": series.pk,
        "board": series.board.slug,
        "name": series.name,
        "unit": series.unit,
        "url": links.series_page(request, series.pk),
    }


@router.get("/series", response=SeriesPage, url_name="series-list", summary="Figure series")
def series_list(request: HttpRequest, filters: Query[SeriesFilters]) -> dict[str, Any]:
    """Each board's measures quoted in published meetings ("FTE officers"), by board and name."""
    found = published.series()
    if filters.board:
        found = found.filter(board__slug=filters.board)
    return page_of(request, found, filters.page, filters.per_page, lambda s: series_out(request, s))


@router.get(
    "/series/{int:series_id}",
    response={200: SeriesDetail, 404: Problem},
    url_name="series",
    summary="A figure series",
)
def series(request: HttpRequest, series_id: int) -> dict[str, Any]:
    """The series with every figure published meetings quote for it, oldest meeting first."""
    found = get_object_or_404(published.series(), pk=series_id)
    figures = (
        published.figures()
        .filter(series=found)
        .select_related("meeting")
        .order_by(F("meeting__date").asc(nulls_last=True), "meeting_id", "position")
    )
    return {
        **series_out(request, found),
        "figures": [
            {
                "id": f.pk,
                "text": f.text,
                "value": f.value,
                "unit": f.unit,
                "subject": f.subject,
                "period": f.period_text,
                "meeting": f.meeting_id,
                "meeting_date": f.meeting.date,
            }
            for f in figures
        ],
    }
