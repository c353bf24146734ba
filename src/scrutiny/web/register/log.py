"""A board's action log as rows to export: every action of its current meetings, where each
stands now."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date as Date

from django.db.models import F

from scrutiny.actions.models import Action
from scrutiny.meetings.models import Board
from scrutiny.meetings.visibility import public_q

HEADERS = (
    "Meeting date",
    "Item",
    "Action",
    "Owner",
    "Due",
    "Revised due",
    "State",
    "Closed by (meeting date)",
    "Closing note",
    "Action page",
)


@dataclass(frozen=True)
class LogRow:
    meeting_date: Date | None
    item: str
    action: str
    owner: str
    due: Date | None
    revised_due: Date | None
    state: str
    closed_by: Date | None
    closing_note: str
    link: str

    def cells(self) -> tuple[str | Date | None, ...]:
        """The row in HEADERS' order."""
        return (
            self.meeting_date,
            self.item,
            self.action,
            self.owner,
            self.due,
            self.revised_due,
            self.state,
            self.closed_by,
            self.closing_note,
            self.link,
        )


def action_log(board: Board, link: Callable[[int], str]) -> list[LogRow]:
    """`link`: an action's pk -> the full address of its page. Oldest meeting first (undated
    meetings last), each meeting's actions in the order its log gives them."""
    actions = (
        Action.objects.filter(
            public_q("meeting", "item"), meeting__board=board, meeting__is_current=True
        )
        .select_related("meeting", "item", "closed_by")
        .order_by(F("meeting__date").asc(nulls_last=True), "meeting_id", "position")
    )
    return [_row(action, link) for action in actions]


def _row(action: Action, link: Callable[[int], str]) -> LogRow:
    return LogRow(
        meeting_date=action.meeting.date,
        item=item_label(action),
        action=action.text,
        owner=action.owner or "",
        due=action.due,
        revised_due=action.revised_due,
        state=action.get_state_display(),
        closed_by=action.closed_by.date if action.closed_by else None,
        closing_note=action.closing_note,
        link=link(action.pk),
    )


def item_label(action: Action) -> str:
    """The agenda item as "3 Delivery & Performance", or the number alone when the agenda does
    not list it."""
    if action.item is None:
        return action.item_number or ""
    return " ".join(part for part in (action.item.number, action.item.title) if part)
