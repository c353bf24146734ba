"""Caching for the open data: every successful read of the API, the downloads and the feeds
carries an ETag (of its content) and a Last-Modified (the latest change to the stored data),
and a client that already has it gets 304 Not Modified."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from django.db.models import Max, Model
from django.http import HttpRequest, HttpResponse, HttpResponseBase
from django.utils.cache import get_conditional_response, patch_cache_control, set_response_etag
from django.utils.http import http_date, parse_http_date_safe

from scrutiny.actions.models import Action, ActionUpdate
from scrutiny.ingestion.models import SourceDocument
from scrutiny.meetings.models import (
    AgendaItem,
    Attendance,
    Meeting,
    Paper,
    Point,
    Section,
    Speaker,
)

OPEN_DATA = ("/api/v1/", "/downloads/", "/feeds/")
MAX_AGE = 300


# The rows the published notes are made of. Each change to one (publishing a meeting, marking
# an item private, an edit, a deletion) is dated in its django-simple-history table, which
# scrutiny.authoring registers.
NOTE_ROWS: tuple[type[Model], ...] = (
    Meeting,
    AgendaItem,
    Section,
    Point,
    Speaker,
    Attendance,
    Paper,
    Action,
)


def last_change() -> datetime | None:
    """When the stored data last changed: a document stored, an action updated, or any row of
    the notes changed (its latest history_date)."""
    found = [
        SourceDocument.objects.aggregate(at=Max("ingested_at"))["at"],
        ActionUpdate.objects.aggregate(at=Max("at"))["at"],
    ]
    for model in NOTE_ROWS:
        history = getattr(model, "history", None)  # added by simple-history's register()
        if history is not None:
            found.append(history.aggregate(at=Max("history_date"))["at"])
    return max((at for at in found if at is not None), default=None)


class ConditionalReads:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        response = self.get_response(request)
        if (
            request.method not in ("GET", "HEAD")
            or not request.path.startswith(OPEN_DATA)
            or response.status_code != 200
            or not isinstance(response, HttpResponse)
            or request.path.startswith("/api/v1/docs")
        ):
            return response
        set_response_etag(response)
        changed = last_change()
        # A feed dates itself by its newest entry, which an older meeting published today is
        # not: the later of that and the data's last change, so the header is what is checked.
        stated = parse_http_date_safe(response.get("Last-Modified") or "")
        latest = max(
            (at for at in (stated, int(changed.timestamp()) if changed else None) if at),
            default=None,
        )
        if latest is not None:
            response["Last-Modified"] = http_date(latest)
        patch_cache_control(response, public=True, max_age=MAX_AGE)
        conditional = get_conditional_response(
            request, etag=response.get("ETag"), last_modified=latest, response=response
        )
        return conditional if conditional is not None else response
