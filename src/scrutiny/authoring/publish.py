"""Published notes as documents: the meeting's record, less its private items, rendered by
scrutiny.render in the seeds' layout as HTML, PDF (tagged) or DOCX."""

from __future__ import annotations

from dataclasses import replace

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.text import slugify

from scrutiny.accounts import permissions
from scrutiny.meetings.export import meeting_record
from scrutiny.meetings.models import Meeting
from scrutiny.record import MeetingRecord
from scrutiny.render import Format, Style, render

STYLE: Style = "notes"
DOWNLOADS: dict[str, tuple[Format, str]] = {
    "html": ("html", "text/html; charset=utf-8"),
    "pdf": ("pdf", "application/pdf"),
    "docx": ("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
}


def public_record(meeting: Meeting) -> MeetingRecord:
    """The meeting's record with its private items, and their actions and figures, left out."""
    record = meeting_record(meeting)
    items = list(meeting.items.order_by("position"))
    private = {item.number for item in items if item.private and item.number}
    # A section the secretariat left without points is not part of the notes.
    kept = [
        replace(entry, sections=[s for s in entry.sections if s.points])
        for entry, row in zip(record.items, items, strict=True)
        if not row.private
    ]
    return replace(
        record,
        items=kept,
        actions=[a for a in record.actions if a.item not in private],
        figures=[f for f in record.figures if f.item not in private],
    )


def filename(meeting: Meeting, fmt: str) -> str:
    board = slugify(meeting.board.name) if meeting.board else "meeting"
    day = meeting.date.isoformat() if meeting.date else str(meeting.pk)
    return f"{board}-{day}-notes.{fmt}"


def notes(request: HttpRequest, pk: int, fmt: str) -> HttpResponse:
    """The notes as a download: published notes for everyone; the board's secretariat may also
    preview notes not yet published."""
    if fmt not in DOWNLOADS:
        raise Http404("No such format")
    meeting = get_object_or_404(Meeting.objects.select_related("board"), pk=pk, is_current=True)
    if not permissions.can_see_meeting(request.user, meeting):
        raise Http404("No such meeting")
    kind, content_type = DOWNLOADS[fmt]
    body = render(public_record(meeting), STYLE, kind)
    response = HttpResponse(body, content_type=content_type)
    disposition = "inline" if fmt == "html" else "attachment"
    response["Content-Disposition"] = f'{disposition}; filename="{filename(meeting, fmt)}"'
    response["X-Content-Type-Options"] = "nosniff"
    return response
