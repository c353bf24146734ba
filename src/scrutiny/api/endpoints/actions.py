from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Query, Router

from scrutiny.actions.models import Action
from scrutiny.actions.services import update_action
from scrutiny.api import links, published
from scrutiny.api.auth import TokenAuth, token_of
from scrutiny.api.paging import page_of
from scrutiny.api.schemas import ActionChange, ActionFilters, ActionOut, ActionPage, Problem
from scrutiny.meetings.models import Meeting
from scrutiny.web import clock
from scrutiny.web.queries.actions import NEXT_MEETING, filtered, with_overdue
from scrutiny.web.register.next_meetings import next_meetings

router = Router(tags=["Actions"])


def public_actions() -> Any:
    return published.actions().select_related("meeting", "meeting__board", "closed_by", "item")


def action_out(request: HttpRequest, action: Action) -> dict[str, Any]:
    # The meeting that closed it is named only if the public may see that meeting.
    closer = action.closed_by
    closed_publicly = closer is not None and closer.status == Meeting.PUBLISHED
    return {
        "id": action.pk,
        "text": action.text,
        "owner": action.owner,
        "due": action.due,
        "revised_due": action.revised_due,
        "due_now": action.due_now,
        "state": action.state,
        "overdue": bool(getattr(action, "overdue", False)),
        "logged_status": action.status,
        "item": action.item_number,
        "meeting": action.meeting_id,
        "meeting_date": action.meeting.date,
        "board": action.meeting.board.slug if action.meeting.board else None,
        "closed_by_meeting": closer.pk if closer is not None and closed_publicly else None,
        "closing_note": action.closing_note if closer is None or closed_publicly else "",
        "url": links.action_page(request, action.pk),
    }


@router.get("/actions", response=ActionPage, url_name="actions", summary="The action register")
def actions(request: HttpRequest, filters: Query[ActionFilters]) -> dict[str, Any]:
    """Every action of every current published meeting, where it stands now, filtered and
    sorted as on the action register (/actions/)."""
    today = clock.today()
    wanted = filters.model_dump(exclude={"page", "per_page"})
    next_dates = next_meetings(today) if filters.view == NEXT_MEETING else {}
    found = filtered(wanted, today, next_dates, public_actions())
    return page_of(request, found, filters.page, filters.per_page, lambda a: action_out(request, a))


@router.get(
    "/actions/{int:action_id}",
    response={200: ActionOut, 404: Problem},
    url_name="action",
    summary="An action",
)
def action(request: HttpRequest, action_id: int) -> dict[str, Any]:
    found = with_overdue(public_actions(), clock.today())
    return action_out(request, get_object_or_404(found, pk=action_id))


@router.patch(
    "/actions/{int:action_id}",
    response={200: ActionOut, 403: Problem, 404: Problem},
    auth=TokenAuth(),
    url_name="update-action",
    summary="Update an action",
)
def update(request: HttpRequest, action_id: int, change: ActionChange) -> dict[str, Any]:
    """Staff, and the owning organisation's liaison: close or reopen the action, agree a new
    due date, or add a note. Logged in the action's history with the token's user."""
    found = get_object_or_404(public_actions(), pk=action_id)
    update_action(
        found,
        token_of(request).user,
        state=change.state,
        revised_due=change.revised_due,
        note=change.note,
    )
    return action(request, action_id)
