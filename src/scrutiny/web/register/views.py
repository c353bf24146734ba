"""The register's own pages: who owns the actions, each owner's actions, and each board's
action log and calendar as downloads."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse

from scrutiny.meetings.models import Board
from scrutiny.web import clock
from scrutiny.web.queries.actions import current_actions
from scrutiny.web.register.calendar import Links, board_calendar
from scrutiny.web.register.links import action_path
from scrutiny.web.register.listing import listing
from scrutiny.web.register.log import action_log
from scrutiny.web.register.owners import owners as owners_of
from scrutiny.web.register.owners import spellings_of
from scrutiny.web.register.spreadsheets import csv_bytes, xlsx_bytes

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def owners(request: HttpRequest) -> HttpResponse:
    found = owners_of(current_actions(), clock.today())
    return render(request, "scrutiny/register/owners.html", {"owners": found})


def owner(request: HttpRequest, slug: str) -> HttpResponse:
    today = clock.today()
    spellings = spellings_of(current_actions(), slug)
    if not spellings:
        raise Http404("No action names this owner")
    actions = current_actions().filter(owner__in=spellings)
    (summary,) = owners_of(actions, today).owners
    context = listing(request, today, actions)
    return render(request, "scrutiny/register/owner.html", {**context, "owner": summary})


def board_csv(request: HttpRequest, slug: str) -> HttpResponse:
    board = get_object_or_404(Board, slug=slug)
    rows = action_log(board, lambda pk: request.build_absolute_uri(action_path(pk)))
    response = HttpResponse(csv_bytes(rows), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{board.slug}-actions.csv"'
    return response


def board_xlsx(request: HttpRequest, slug: str) -> HttpResponse:
    board = get_object_or_404(Board, slug=slug)
    rows = action_log(board, lambda pk: request.build_absolute_uri(action_path(pk)))
    response = HttpResponse(xlsx_bytes(rows, board.name), content_type=XLSX)
    response["Content-Disposition"] = f'attachment; filename="{board.slug}-actions.xlsx"'
    return response


def board_ics(request: HttpRequest, slug: str) -> HttpResponse:
    """Inline, not a download: calendar programs subscribe to the address."""
    board = get_object_or_404(Board, slug=slug)
    links = Links(
        host=request.get_host(),
        meeting=lambda pk: request.build_absolute_uri(reverse("meeting", args=[pk])),
        action=lambda pk: request.build_absolute_uri(action_path(pk)),
    )
    response = HttpResponse(
        board_calendar(board, links), content_type="text/calendar; charset=utf-8"
    )
    response["Content-Disposition"] = f'inline; filename="{board.slug}.ics"'
    return response
