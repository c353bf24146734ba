"""What the action page and the review list show."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date as Date

from django.db.models import Prefetch, QuerySet
from django.shortcuts import get_object_or_404

from scrutiny.actions.models import Action, ActionUpdate, ClosureCandidate
from scrutiny.follow.matching import in_words
from scrutiny.meetings.models import Discharged, Meeting
from scrutiny.meetings.visibility import public_q


@dataclass(frozen=True)
class HistoryEntry:
    """One ActionUpdate as the page tells it: who (a person, a meeting's notes, or a person
    confirming what a meeting's notes said) and what changed."""

    update: ActionUpdate
    person: str  # "" when the notes alone made the change
    meeting: Meeting | None
    changes: list[str]


@dataclass(frozen=True)
class ActionPage:
    action: Action
    overdue: bool
    history: list[HistoryEntry]


def action_page(pk: int, today: Date) -> ActionPage:
    action = get_object_or_404(
        Action.objects.filter(public_q("meeting", "item")).select_related(
            "meeting__board", "owner_organisation", "closed_by__board", "item"
        ),
        pk=pk,
    )
    due = action.due_now
    updates = action.updates.select_related("by", "by_meeting__board").order_by("at", "pk")
    return ActionPage(
        action=action,
        overdue=action.state == Action.OPEN and due is not None and due < today,
        history=[_entry(update) for update in updates],
    )


def _entry(update: ActionUpdate) -> HistoryEntry:
    person = ""
    if update.by is not None:
        person = update.by.get_full_name() or update.by.get_username()
    changes: list[str] = []
    if update.state == Action.CLOSED:
        changes.append("Discharged" if update.by_meeting_id else "Closed")
    elif update.state == Action.OPEN:
        changes.append("Reopened")
    if update.revised_due is not None:
        changes.append(f"Due date changed to {update.revised_due.day} {update.revised_due:%B %Y}")
    return HistoryEntry(update, person, update.by_meeting, changes)


@dataclass(frozen=True)
class Proposal:
    candidate: ClosureCandidate
    match: str  # the score in words


@dataclass(frozen=True)
class ReviewGroup:
    """One discharged line and the open actions it may close, best match first."""

    discharged: Discharged
    proposals: list[Proposal]


def pending() -> QuerySet[ClosureCandidate]:
    """Closures waiting for a reviewer: of open actions, by current meetings on both sides (a
    superseded version's pairs moved to its successor when it was stored)."""
    return ClosureCandidate.objects.filter(
        decision=ClosureCandidate.PENDING,
        action__state=Action.OPEN,
        action__meeting__is_current=True,
        discharged__meeting__is_current=True,
    )


def review_groups() -> list[ReviewGroup]:
    candidates = pending().select_related("action__meeting__board").order_by("-score", "pk")
    lines = (
        Discharged.objects.filter(closure_candidates__in=pending())
        .distinct()
        .select_related("meeting__board")
        .prefetch_related(Prefetch("closure_candidates", queryset=candidates, to_attr="waiting"))
        .order_by("meeting__date", "meeting_id", "position")
    )
    return [
        ReviewGroup(line, [Proposal(c, f"{in_words(c.score)} ({c.score:.0f}%)") for c in waiting])
        for line in lines
        if (waiting := getattr(line, "waiting", []))
    ]
