"""The reading pages: each asks its queries module for what it shows, and renders it."""

from __future__ import annotations

from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from scrutiny.meetings.visibility import public_meetings
from scrutiny.web import clock
from scrutiny.web.queries.agenda import agenda_page
from scrutiny.web.queries.boards import board_page
from scrutiny.web.queries.home import home as home_query
from scrutiny.web.queries.meetings import meeting_page
from scrutiny.web.register.listing import listing

CONTENT_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "html": "text/html; charset=utf-8",
    "txt": "text/plain; charset=utf-8",
}


def home(request: HttpRequest) -> HttpResponse:
    today = clock.today()
    return render(request, "scrutiny/home.html", {"home": home_query(today), "today": today})


def board(request: HttpRequest, slug: str) -> HttpResponse:
    return render(request, "scrutiny/board.html", {"page": board_page(slug)})


def agenda(request: HttpRequest, slug: str, day: str) -> HttpResponse:
    page = agenda_page(slug, day)
    return render(request, "scrutiny/agenda.html", {"page": page, "meeting": page.meeting})


def meeting(request: HttpRequest, pk: int) -> HttpResponse:
    page = meeting_page(pk, clock.today())
    return render(request, "scrutiny/meeting.html", {"page": page, "meeting": page.meeting})


def document(request: HttpRequest, pk: int) -> FileResponse:
    """The document a meeting was read from, exactly as stored, always as a download.

    Published HTML notes are someone else's markup: served inline from this site they could run
    script as this site, so they are never rendered here (attachment, nosniff, and a sandbox).
    """
    source = get_object_or_404(public_meetings().select_related("source"), pk=pk).source
    if source is None:
        raise Http404("The meeting was written here: it has no source document")
    try:
        handle = source.file.open("rb")
    except (FileNotFoundError, ValueError):
        raise Http404("The stored document is missing") from None
    response = FileResponse(
        handle,
        as_attachment=True,
        filename=source.name,
        content_type=CONTENT_TYPES.get(source.format, "application/octet-stream"),
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "sandbox; default-src 'none'"
    return response


def actions(request: HttpRequest) -> HttpResponse:
    return render(request, "scrutiny/actions.html", listing(request, clock.today()))
