"""The action register: every action of every current meeting, where it stands now (its
`state` and the date it is due now, not what the notes said when it was logged), filtered,
seen through one of the register's views, sorted, in pages."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date as Date
from typing import Any

from django.core.paginator import Page, Paginator
from django.db.models import BooleanField, Case, F, Q, QuerySet, Value, When
from django.db.models.functions import Coalesce

from scrutiny.actions.models import Action
from scrutiny.meetings.visibility import public_q

PER_PAGE = 25

# The register's views: its tabs.
ALL = ""
OVERDUE = "overdue"
NEXT_MEETING = "next-meeting"
VIEWS = [(ALL, "All actions"), (OVERDUE, "Overdue"), (NEXT_MEETING, "Due before the next meeting")]


def current_actions() -> QuerySet[Action]:
    """Actions of current meetings only: a superseded version's log repeats its successor's."""
    public = public_q("meeting", "item")
    return Action.objects.filter(public, meeting__is_current=True).select_related(
        "meeting", "meeting__board", "closed_by", "closed_by__board"
    )


def filtered(
    filters: dict[str, Any],
    today: Date,
    next_meetings: Mapping[int, Date] | None = None,
    actions: QuerySet[Action] | None = None,
) -> QuerySet[Action]:
    """`filters`: an ActionFilterForm's cleaned data (its valid fields only). `next_meetings`
    (board id -> date) is what the "due before the next meeting" view needs; `actions` narrows
    the register first (one owner's actions, say)."""
    actions = with_overdue(current_actions() if actions is None else actions, today)
    actions = _in_view(actions, filters.get("view") or ALL, today, next_meetings or {})
    if board := filters.get("board"):
        actions = actions.filter(meeting__board__slug=board)
    if owner := filters.get("owner"):
        actions = actions.filter(owner__icontains=owner)
    status = filters.get("status")
    if status in (Action.OPEN, Action.CLOSED):
        actions = actions.filter(state=status)
    elif status == OVERDUE:
        actions = actions.filter(overdue_on(today))
    if after := filters.get("due_after"):
        actions = actions.filter(due_now("gte", after))
    if before := filters.get("due_before"):
        actions = actions.filter(due_now("lte", before))
    return actions.order_by(*_ORDER[filters.get("sort") or "due"])


def _in_view(
    actions: QuerySet[Action], view: str, today: Date, next_meetings: Mapping[int, Date]
) -> QuerySet[Action]:
    if view == OVERDUE:
        return actions.filter(overdue_on(today))
    if view == NEXT_MEETING:
        # Each board against its own next meeting; overdue actions are due before it too.
        due_by_next = Q(pk__in=[])
        for board_id, day in next_meetings.items():
            due_by_next |= Q(meeting__board_id=board_id) & due_now("lte", day)
        return actions.filter(due_by_next, state=Action.OPEN)
    return actions


def due_now(lookup: str, day: Date) -> Q:
    """The date an action is due now (the revised date if one was agreed), compared with `day`
    by `lookup` ("lt", "lte", "gte"...); an action with no date is never matched."""
    return Q(**{f"revised_due__{lookup}": day}) | Q(revised_due=None, **{f"due__{lookup}": day})


def overdue_on(today: Date) -> Q:
    """Open now, and due now before today."""
    return Q(state=Action.OPEN) & due_now("lt", today)


def with_due_by(actions: QuerySet[Action]) -> QuerySet[Action]:
    """Each action with `due_by`, the date it is due now: the revised date if one was agreed
    (the model's `due_now`, as the database can filter and sort on it)."""
    if "due_by" in actions.query.annotations:
        return actions
    return actions.annotate(due_by=Coalesce("revised_due", "due"))


def with_overdue(actions: QuerySet[Action], today: Date) -> QuerySet[Action]:
    """Each action marked `overdue`: open now, and due now before today."""
    return with_due_by(actions).annotate(
        overdue=Case(
            When(overdue_on(today), then=Value(True)),
            default=Value(False),
            output_field=BooleanField(),
        )
    )


# Undated actions last whichever way dates run; ties broken by meeting and log order, so a page
# boundary never shows one action twice.
_TIES = (F("meeting__date").desc(nulls_last=True), "meeting_id", "position")
_ORDER: dict[str, tuple[Any, ...]] = {
    "due": (F("due_by").asc(nulls_last=True), *_TIES),
    "-due": (F("due_by").desc(nulls_last=True), *_TIES),
    "board": (
        F("meeting__board__name").asc(nulls_last=True),
        F("due_by").asc(nulls_last=True),
        *_TIES,
    ),
    # Open before closed ("open" > "closed"), the overdue first among the open.
    "status": (
        F("state").desc(),
        F("overdue").desc(),
        F("due_by").asc(nulls_last=True),
        *_TIES,
    ),
}


def page_of(actions: QuerySet[Action], number: str | None) -> Page[Action]:
    # get_page: a page past the end or not a number shows the last or first, not an error.
    return Paginator(actions, PER_PAGE).get_page(number)
