"""The audit trail: every change to the rows a meeting's notes are written in, with who and when,
and the rows deleted from it, to restore (django-simple-history's tables, read here)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.db.models import Model

from scrutiny.actions.models import Action
from scrutiny.meetings.models import AgendaItem, Attendance, Meeting, Point, Section

CHANGES = {"+": "Added", "~": "Changed", "-": "Deleted"}


def history(model: type[Model]) -> Any:
    """The model's historical rows (its `history` manager, which simple-history adds)."""
    return model.history  # type: ignore[attr-defined]


@dataclass(frozen=True)
class Change:
    at: datetime
    who: str
    change: str  # Added, Changed, Deleted
    what: str  # "Point", "Action"...
    text: str


def _who(row: Any) -> str:
    user = row.history_user
    return user.get_username() if user is not None else "the system"


def trail(meeting: Meeting, limit: int = 500) -> list[Change]:
    """Every change to the meeting's notes, newest first."""
    item_ids = list(history(AgendaItem).filter(meeting_id=meeting.pk).values_list("id", flat=True))
    section_ids = list(
        history(Section).filter(item_id__in=set(item_ids)).values_list("id", flat=True)
    )
    sources: list[tuple[str, Any, Any]] = [
        ("Meeting", history(Meeting).filter(id=meeting.pk), lambda r: r.get_status_display()),
        ("Item", history(AgendaItem).filter(meeting_id=meeting.pk), lambda r: r.title),
        ("Section", history(Section).filter(item_id__in=set(item_ids)), lambda r: r.heading),
        ("Point", history(Point).filter(section_id__in=set(section_ids)), lambda r: r.text),
        ("Action", history(Action).filter(meeting_id=meeting.pk), lambda r: r.text),
        (
            "Attendance",
            history(Attendance).filter(meeting_id=meeting.pk).select_related("person"),
            lambda r: f"{r.person.name} ({r.kind})",
        ),
    ]
    changes: list[Change] = []
    for what, rows, describe in sources:
        for row in rows.select_related("history_user")[:limit]:
            text = describe(row) or ""
            changes.append(
                Change(row.history_date, _who(row), CHANGES[row.history_type], what, text)
            )
    changes.sort(key=lambda c: c.at, reverse=True)
    return changes[:limit]


@dataclass(frozen=True)
class Deleted:
    kind: str  # "point" or "action"
    id: int
    text: str
    at: datetime
    who: str


def deleted(meeting: Meeting) -> list[Deleted]:
    """Points and actions deleted from the meeting and not restored since, newest first."""
    found: list[Deleted] = []
    section_ids = set(
        history(Section)
        .filter(
            item_id__in=set(
                history(AgendaItem).filter(meeting_id=meeting.pk).values_list("id", flat=True)
            )
        )
        .values_list("id", flat=True)
    )
    candidates: list[tuple[str, type[Model], Any]] = [
        ("point", Point, history(Point).filter(section_id__in=section_ids, history_type="-")),
        ("action", Action, history(Action).filter(meeting_id=meeting.pk, history_type="-")),
    ]
    for kind, model, rows in candidates:
        for row in rows.select_related("history_user"):
            latest = history(model).filter(id=row.id).order_by("-history_date", "-history_id")
            if latest.first().history_id != row.history_id:
                continue  # restored (or deleted again later: that row is listed instead)
            found.append(Deleted(kind, row.id, row.text, row.history_date, _who(row)))
    found.sort(key=lambda d: d.at, reverse=True)
    return found
