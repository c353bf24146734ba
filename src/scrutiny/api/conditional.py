"""Caching for the open data: every successful read of the API, the downloads and the feeds
carries an ETag (of its content) and a Last-Modified (the latest change to the stored data),
and a client that already has it gets 304 Not Modified."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from django.db.models import Max
from django.http import HttpRequest, HttpResponse, HttpResponseBase
from django.utils.cache import get_conditional_response, patch_cache_control, set_response_etag
from django.utils.http import http_date

from scrutiny.actions.models import ActionUpdate
from scrutiny.ingestion.models import SourceDocument

OPEN_DATA = ("/api/v1/", "/downloads/", "/feeds/")
MAX_AGE = 300


def last_change() -> datetime | None:
    """When a document was last stored or an action last changed. Publishing a meeting, or
    marking an item private, is not dated, so the ETag (from the content) is what to trust."""
    stored = SourceDocument.objects.aggregate(at=Max("ingested_at"))["at"]
    updated = ActionUpdate.objects.aggregate(at=Max("at"))["at"]
    return max((at for at in (stored, updated) if at is not None), default=None)


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
        if changed is not None and not response.has_header("Last-Modified"):
            response["Last-Modified"] = http_date(changed.timestamp())
        patch_cache_control(response, public=True, max_age=MAX_AGE)
        conditional = get_conditional_response(
            request,
            etag=response.get("ETag"),
            last_modified=int(changed.timestamp()) if changed is not None else None,
            response=response,
        )
        return conditional if conditional is not None else response
