from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied
from django.db import DatabaseError
from django.db.models import F
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Query, Router, Status

from scrutiny.api import links, published
from scrutiny.api.auth import TokenAuth, token_of
from scrutiny.api.paging import page_of
from scrutiny.api.records import store_sent
from scrutiny.api.schemas import MeetingFilters, MeetingPage, MeetingRecord, Problem, Stored
from scrutiny.ingestion.errors import IngestFailed
from scrutiny.meetings.models import Meeting

router = Router(tags=["Meetings"])


def summary(request: HttpRequest, meeting: Meeting) -> dict[str, Any]:
    return {
        "id": meeting.pk,
        "board": meeting.board.slug if meeting.board else None,
        "board_name": meeting.board.name if meeting.board else None,
        "date": meeting.date,
        "version": meeting.version,
        "current": meeting.is_current,
        "url": links.meeting_page(request, meeting.pk),
        "record_url": links.api(request, "meeting", meeting.pk),
    }


@router.get("/meetings", response=MeetingPage, url_name="meetings", summary="Meetings")
def meetings(request: HttpRequest, filters: Query[MeetingFilters]) -> dict[str, Any]:
    """The current version of every published meeting, newest first."""
    found = published.current_meetings()
    if filters.board:
        found = found.filter(board__slug=filters.board)
    if filters.date_from:
        found = found.filter(date__gte=filters.date_from)
    if filters.date_to:
        found = found.filter(date__lte=filters.date_to)
    found = found.order_by(F("date").desc(nulls_last=True), "-pk")
    return page_of(request, found, filters.page, filters.per_page, lambda m: summary(request, m))


@router.get(
    "/meetings/{int:meeting_id}",
    response={200: MeetingRecord, 404: Problem},
    url_name="meeting",
    summary="A meeting's record",
    exclude_unset=True,
    by_alias=True,
)
def meeting(request: HttpRequest, meeting_id: int) -> dict[str, Any]:
    """The meeting as a `scrutiny.meeting/1` record, less any item exempt from publication."""
    return published.record_dict(get_object_or_404(published.meetings(), pk=meeting_id))


@router.post(
    "/meetings",
    response={200: Stored, 201: Stored, 400: Problem, 403: Problem},
    auth=TokenAuth(),
    url_name="store-meeting",
    summary="Store a meeting from its record",
)
def store_meeting(request: HttpRequest, record: MeetingRecord) -> Status[dict[str, Any]]:
    """Staff only. The record is stored as `scrutiny ingest` stores a document's: the same
    record again is `unchanged`; another for the same board and date supersedes it."""
    token = token_of(request)
    if not token.user.is_staff:
        raise PermissionDenied("Only staff may store meetings.")
    try:
        result = store_sent(record, origin=f"api:{token.prefix}")
    except (IngestFailed, ValueError, DatabaseError) as problem:
        return Status(400, {"detail": str(problem)})
    stored = result.meeting
    answer = {
        "outcome": result.outcome,
        "id": stored.pk,
        "url": links.meeting_page(request, stored.pk),
        "record_url": links.api(request, "meeting", stored.pk),
    }
    return Status(200 if result.outcome == "unchanged" else 201, answer)
