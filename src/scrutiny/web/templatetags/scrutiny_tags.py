"""Small presentation helpers the templates share."""

from __future__ import annotations

from django import forms, template
from django.core.exceptions import NON_FIELD_ERRORS
from django.urls import reverse

from scrutiny.meetings.models import Located, Meeting

register = template.Library()


@register.simple_tag
def error_links(form: forms.Form) -> list[tuple[str, str]]:
    """GOV.UK's error summary: each message, linked to the field it is about."""
    links: list[tuple[str, str]] = []
    for name, errors in form.errors.items():
        if name == NON_FIELD_ERRORS or name not in form.fields:
            anchor = f"#{form[next(iter(form.fields))].auto_id}" if form.fields else "#"
        else:
            anchor = f"#{form[name].auto_id}"
        links.extend((anchor, str(message)) for message in errors)
    return links


@register.filter
def where(thing: Located) -> str:
    """Where in its document something was read: "page 2, line 52"."""
    parts = []
    if thing.page is not None:
        parts.append(f"page {thing.page}")
    if thing.line is not None:
        parts.append(f"line {thing.line}")
    return ", ".join(parts)


@register.simple_tag
def source_link(meeting: Meeting, thing: Located | None = None) -> str:
    """The meeting's source document, opened at the page where `thing` was read (PDFs)."""
    url = reverse("meeting-document", args=[meeting.pk])
    if (
        thing is not None
        and thing.page is not None
        and meeting.source
        and meeting.source.format == "pdf"
    ):
        url += f"#page={thing.page}"
    return url


@register.filter
def meeting_title(meeting: Meeting) -> str:
    board = meeting.board.name if meeting.board else "Board not stated"
    if meeting.date is None:
        return f"{board}, date not stated"
    return f"{board}, {meeting.date.day} {meeting.date:%B %Y}"


@register.filter
def web_address(url: str) -> str:
    """`url` if it is an http(s) address, else "": papers are addresses as the notes wrote
    them, and a "javascript:" one must never become a link."""
    return url if url.lower().startswith(("http://", "https://")) else ""


@register.filter
def anchor_for(anchors: dict[str, str], number: str | None) -> str:
    return anchors.get(number or "", "")
