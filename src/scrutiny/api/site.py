"""The API itself: version 1, its routers, its errors as JSON, and its OpenAPI document at
/api/v1/openapi.json with interactive docs at /api/v1/docs."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from ninja import NinjaAPI

from scrutiny.api.auth import TooManyWrites
from scrutiny.api.endpoints import actions, boards, meetings, search, series

DESCRIPTION = """\
The published notes of police and crime commissioners' accountability boards, as data.

Reading is open to anyone, with no key: boards, meetings (each as a `scrutiny.meeting/1`
record), the action register, figure series and search. Only published meetings are served,
and never an item exempt from publication. Answers carry an `ETag` and `Last-Modified`, so a
client can ask again with `If-None-Match` or `If-Modified-Since` and get `304 Not Modified`.
Lists come in pages (`page`, `per_page`), with `next` and `previous` addresses.

Writing (storing a meeting from its record, updating an action) needs an API token that staff
issue: send it as `Authorization: Bearer scr_…`. Writes are limited to 60 a minute per token.

Bulk downloads are at /downloads/, feeds at /feeds/.
"""

api = NinjaAPI(
    title="Scrutiny open data API",
    version="1",
    description=DESCRIPTION,
    urls_namespace="api-v1",
    docs_url="/docs",
)
for module in (boards, meetings, actions, series, search):
    api.add_router("", module.router)


@api.exception_handler(Http404)
def not_found(request: HttpRequest, error: Http404) -> HttpResponse:
    return api.create_response(request, {"detail": "Not found"}, status=404)


@api.exception_handler(PermissionDenied)
def forbidden(request: HttpRequest, error: PermissionDenied) -> HttpResponse:
    detail = str(error) or "Not allowed"
    return api.create_response(request, {"detail": detail}, status=403)


@api.exception_handler(TooManyWrites)
def too_many(request: HttpRequest, error: TooManyWrites) -> HttpResponse:
    response = api.create_response(
        request, {"detail": "Too many writes: try again in a minute"}, status=429
    )
    response["Retry-After"] = str(error.retry_after)
    return response
