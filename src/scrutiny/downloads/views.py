"""Downloads of everything published, or of one board's, served from the files
`scrutiny.downloads.built` keeps."""

from __future__ import annotations

from django.http import FileResponse, Http404, HttpRequest, HttpResponseBase
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import http_date

from scrutiny.api import published
from scrutiny.api.conditional import MAX_AGE, last_change
from scrutiny.downloads.built import FORMATS, opened, stem, version


def everything(request: HttpRequest, fmt: str) -> HttpResponseBase:
    return _download(request, fmt, None)


def board(request: HttpRequest, slug: str, fmt: str) -> HttpResponseBase:
    if not published.boards().filter(slug=slug).exists():
        raise Http404("No published meetings of this board")
    return _download(request, fmt, slug)


def _download(request: HttpRequest, fmt: str, slug: str | None) -> HttpResponseBase:
    if fmt not in FORMATS:
        raise Http404("No such format")
    changed = last_change()
    at = version(changed)
    etag = f'"{at}-{fmt}"'
    modified = int(changed.timestamp()) if changed else None
    # A client holding this version is told so before anything is built or read.
    unchanged = get_conditional_response(request, etag=etag, last_modified=modified)
    if unchanged is not None:
        return unchanged
    _, content_type = FORMATS[fmt]
    response = FileResponse(
        opened(fmt, slug, at),
        as_attachment=True,
        filename=f"{stem(slug)}.{fmt}",
        content_type=content_type,
    )
    response["ETag"] = etag
    if modified is not None:
        response["Last-Modified"] = http_date(modified)
    patch_cache_control(response, public=True, max_age=MAX_AGE)
    return response
