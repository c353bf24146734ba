from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse

from scrutiny.api import published
from scrutiny.web.feeds.calendar import public_calendar
from scrutiny.web.register.calendar import Links
from scrutiny.web.register.links import action_path


def board_ics(request: HttpRequest, slug: str) -> HttpResponse:
    board = get_object_or_404(published.boards(), slug=slug)
    links = Links(
        host=request.get_host(),
        meeting=lambda pk: request.build_absolute_uri(reverse("meeting", args=[pk])),
        action=lambda pk: request.build_absolute_uri(action_path(pk)),
    )
    response = HttpResponse(
        public_calendar(board, links), content_type="text/calendar; charset=utf-8"
    )
    response["Content-Disposition"] = f'inline; filename="{board.slug}.ics"'
    return response
