"""Downloads of everything published, or of one board's, served from the files
`scrutiny.downloads.built` keeps."""

from __future__ import annotations

from django.http import FileResponse, Http404, HttpRequest, HttpResponse, HttpResponseBase
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import http_date

from scrutiny.api import published
from scrutiny.api.conditional import MAX_AGE, last_change
from scrutiny.downloads.built import FORMATS, StillChanging, opened, seconds, stem, version

RETRY_AFTER = 60  # seconds, when the data kept changing as a download was written


def everything(request: HttpRequest, fmt: str) -> HttpResponseBase:
    return _download(request, fmt, None)


def board(request: HttpRequest, slug: str, fmt: str) -> HttpResponseBase:
    if not published.boards().filter(slug=slug).exists():
        raise Http404("No published meetings of this board")
    return _download(request, fmt, slug)


def _download(request: HttpRequest, fmt: str, slug: str | None) -> HttpResponseBase:
    if fmt not in FORMATS:
        raise Http404("No such format")
    at = version(last_change())
    # A client holding this version is told so before anything is built or read.
    unchanged = get_conditional_response(request, etag=_etag(at, fmt), last_modified=seconds(at))
    if unchanged is not None:
        return unchanged
    try:
        built, at = opened(fmt, slug, at)
    except StillChanging:
        busy = HttpResponse(
            "The published data is changing as the download is written. Try again in a minute.",
            status=503,
            content_type="text/plain; charset=utf-8",
        )
        busy["Retry-After"] = str(RETRY_AFTER)
        return busy
    _, content_type = FORMATS[fmt]
    response = FileResponse(
        built, as_attachment=True, filename=f"{stem(slug)}.{fmt}", content_type=content_type
    )
    response["ETag"] = _etag(at, fmt)
    if (modified := seconds(at)) is not None:
        response["Last-Modified"] = http_date(modified)
    patch_cache_control(response, public=True, max_age=MAX_AGE)
    return response


def _etag(at: str, fmt: str) -> str:
    return f'"{at}-{fmt}"'
