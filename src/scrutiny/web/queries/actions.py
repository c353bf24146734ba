"""The action register: every action of every current meeting, filtered, sorted, in pages."""

from __future__ import annotations

from datetime import date as Date
from typing import Any

from django.core.paginator import Page, Paginator
from django.db.models import BooleanField, Case, F, Q, QuerySet, Value, When

from scrutiny.actions.models import Action

PER_PAGE = 25


def current_actions() -> QuerySet[Action]:
    """Actions of current meetings only: a superseded version's log repeats its successor's."""
    return Action.objects.filter(meeting__is_current=True).select_related(
        "meeting", "meeting__board"
    )


def filtered(filters: dict[str, Any], today: Date) -> QuerySet[Action]:
    """`filters`: an ActionFilterForm's cleaned data (its valid fields only)."""
    actions = current_actions()
    if board := filters.get("board"):
        actions = actions.filter(meeting__board__slug=board)
    if owner := filters.get("owner"):
        actions = actions.filter(owner__icontains=owner)
    status = filters.get("status")
    if status in (Action.OPEN, Action.CLOSED):
        actions = actions.filter(status=status)
    elif status == "overdue":
        actions = actions.filter(status=Action.OPEN, due__lt=today)
    elif status == "unknown":
        actions = actions.filter(status__isnull=True)
    if after := filters.get("due_after"):
        actions = actions.filter(due__gte=after)
    if before := filters.get("due_before"):
        actions = actions.filter(due__lte=before)
    return with_overdue(actions, today).order_by(*_ORDER[filters.get("sort") or "due"])


def with_overdue(actions: QuerySet[Action], today: Date) -> QuerySet[Action]:
    """Each action marked `overdue`: open, and due before today."""
    return actions.annotate(
        overdue=Case(
            When(Q(status=Action.OPEN) & Q(due__lt=today), then=Value(True)),
            default=Value(False),
            output_field=BooleanField(),
        )
    )


# Undated actions last whichever way dates run; ties broken by meeting and log order, so a page
# boundary never shows one action twice.
_TIES = (F("meeting__date").desc(nulls_last=True), "meeting_id", "position")
_ORDER: dict[str, tuple[Any, ...]] = {
    "due": (F("due").asc(nulls_last=True), *_TIES),
    "-due": (F("due").desc(nulls_last=True), *_TIES),
    "board": (
        F("meeting__board__name").asc(nulls_last=True),
        F("due").asc(nulls_last=True),
        *_TIES,
    ),
    "status": (F("status").desc(nulls_last=True), F("due").asc(nulls_last=True), *_TIES),
}


def page_of(actions: QuerySet[Action], number: str | None) -> Page[Action]:
    # get_page: a page past the end or not a number shows the last or first, not an error.
    return Paginator(actions, PER_PAGE).get_page(number)
