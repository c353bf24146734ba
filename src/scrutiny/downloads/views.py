"""Downloads of everything published, or of one board's."""

from __future__ import annotations

from collections.abc import Callable

from django.http import Http404, HttpRequest, HttpResponse

from scrutiny.api import published
from scrutiny.downloads.formats import csv_zip, jsonl, sqlite_file

Maker = Callable[[str | None], bytes]
FORMATS: dict[str, tuple[Maker, str]] = {
    "jsonl": (jsonl, "application/jsonl; charset=utf-8"),
    "csv.zip": (csv_zip, "application/zip"),
    "sqlite": (sqlite_file, "application/vnd.sqlite3"),
}


def everything(request: HttpRequest, fmt: str) -> HttpResponse:
    return _download(fmt, None, "scrutiny")


def board(request: HttpRequest, slug: str, fmt: str) -> HttpResponse:
    if not published.boards().filter(slug=slug).exists():
        raise Http404("No published meetings of this board")
    return _download(fmt, slug, f"scrutiny-{slug}")


def _download(fmt: str, slug: str | None, stem: str) -> HttpResponse:
    if fmt not in FORMATS:
        raise Http404("No such format")
    make, content_type = FORMATS[fmt]
    response = HttpResponse(make(slug), content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{stem}.{fmt}"'
    return response
