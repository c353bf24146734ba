"""What the public may see: published meetings, less their private (exempt) items; and, from
the publication of a meeting's agenda, that agenda (its items that are not private, with their
presenters and papers, never their notes).

Every public page, search result, feed, export, download and API answer narrows its querysets
through these functions, so that one rule decides what is private.
"""

from __future__ import annotations

from typing import TypeVar

from django.db.models import Model, Q, QuerySet

from scrutiny.meetings.models import Meeting

M = TypeVar("M", bound=Model)


def public_meetings(meetings: QuerySet[Meeting] | None = None) -> QuerySet[Meeting]:
    """Meetings whose notes are published."""
    queryset = Meeting.objects.all() if meetings is None else meetings
    return queryset.filter(status=Meeting.PUBLISHED)


def public_q(meeting_path: str, item_path: str | None = None) -> Q:
    """A filter keeping rows of published meetings and, when the row belongs to an item, only
    rows of items that are not private. `meeting_path` and `item_path` are the lookups from the
    row to its meeting and item ("section__item__meeting", "section__item"); a row that may have
    no item (an action) passes when its item is null."""
    keep = Q(**{f"{meeting_path}__status": Meeting.PUBLISHED})
    if item_path is not None:
        keep &= Q(**{f"{item_path}__isnull": True}) | Q(**{f"{item_path}__private": False})
    return keep


def only_public(rows: QuerySet[M], meeting_path: str, item_path: str | None = None) -> QuerySet[M]:
    """`rows` narrowed to what the public may see (see `public_q`)."""
    return rows.filter(public_q(meeting_path, item_path))


# From the agenda's publication on, a meeting's agenda is public; its notes only once published.
AGENDA_PUBLIC = [
    Meeting.AGENDA_PUBLISHED,
    Meeting.NOTES_DRAFT,
    Meeting.NOTES_AGREED,
    Meeting.PUBLISHED,
]


def agenda_public_meetings(meetings: QuerySet[Meeting] | None = None) -> QuerySet[Meeting]:
    """Meetings whose agenda the public may see: date, time, venue, and the items that are not
    private with their numbers, titles, presenters and papers. Not their points, actions or
    figures, which only `public_meetings` shows."""
    queryset = Meeting.objects.all() if meetings is None else meetings
    return queryset.filter(status__in=AGENDA_PUBLIC)


def agenda_visible(meeting: Meeting) -> bool:
    """Whether the public may see the meeting's agenda (see `agenda_public_meetings`)."""
    return meeting.status in AGENDA_PUBLIC
