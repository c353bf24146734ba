"""What a page listing actions needs: the register's tabs, filters, table and pages, for every
action or for a narrower set (one owner's)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date as Date
from typing import Any

from django.db.models import QuerySet
from django.http import HttpRequest

from scrutiny.actions.models import Action
from scrutiny.meetings.models import Board
from scrutiny.web.forms import ActionFilterForm
from scrutiny.web.queries.actions import ALL, NEXT_MEETING, VIEWS, filtered, page_of
from scrutiny.web.register.next_meetings import boards_with, boards_without, next_meetings


@dataclass(frozen=True)
class Tab:
    label: str
    href: str
    current: bool


def listing(
    request: HttpRequest, today: Date, actions: QuerySet[Action] | None = None
) -> dict[str, Any]:
    """The template context for the register's view, filters, table and pagination."""
    form = ActionFilterForm(request.GET)
    form.is_valid()  # invalid fields are reported and left out; the valid ones still filter
    view = form.cleaned_data.get("view") or ALL
    next_dates = next_meetings(today) if view == NEXT_MEETING else {}
    page = page_of(filtered(form.cleaned_data, today, next_dates, actions), request.GET.get("page"))
    board_slug = form.cleaned_data.get("board")
    board = Board.objects.filter(slug=board_slug).first() if board_slug else None
    return {
        "form": form,
        "page": page,
        "elided": page.paginator.get_elided_page_range(page.number, on_each_side=2),
        "filtering": filtering(form),
        "view": view,
        "view_label": dict(VIEWS)[view],
        "tabs": tabs(request, view),
        # Said of the board filtered to, or of every board.
        "next_meetings": boards_with(next_dates, board) if view == NEXT_MEETING else [],
        "no_next_meeting": boards_without(next_dates, board) if view == NEXT_MEETING else [],
        "clear": f"{request.path}?view={view}" if view else request.path,
        "board": board,
        "today": today,
    }


def filtering(form: ActionFilterForm) -> bool:
    """Whether any filter narrows the list (the view and the order do not)."""
    return any(form.cleaned_data.get(name) for name in form.fields if name not in ("sort", "view"))


def tabs(request: HttpRequest, current: str) -> list[Tab]:
    """A link per view, each keeping the filters and order and starting again at page one."""
    found: list[Tab] = []
    for value, label in VIEWS:
        query = request.GET.copy()
        query.pop("page", None)
        query.pop("view", None)
        if value:
            query["view"] = value
        href = f"?{query.urlencode()}" if query else request.path
        found.append(Tab(label, href, value == current))
    return found
