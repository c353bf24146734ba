"""Which entries a search may return: current meetings, narrowed by the page's filters."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date as Date

from django.db.models import Exists, OuterRef, Q, QuerySet

from scrutiny.meetings.models import Attendance, Meeting, Person, Point, Speaker
from scrutiny.search.models import Entry

POINT_KINDS = frozenset(kind for kind, _ in Point.KINDS)  # question, commendation, statement
THING_KINDS = frozenset(kind for kind, _ in Entry.KINDS)  # point, action, item, figure


@dataclass(frozen=True)
class Filters:
    board: str | None = None  # a board's slug
    date_from: Date | None = None
    date_to: Date | None = None
    kind: str | None = None  # a kind of point, or of thing
    speaker: str | None = None  # as the notes write them ("CC"), or an attendee's name


def filtered(filters: Filters = Filters()) -> QuerySet[Entry]:
    """The entries `filters` allow (a speaker's abbreviations are looked up now)."""
    # Only what the public may see of current meetings has entries (scrutiny.search.services
    # keeps it so): no condition, and no join for each of tens of thousands of matches.
    entries = Entry.objects.all()
    if (meetings := _meetings(filters)) is not None:
        entries = entries.filter(meeting__in=meetings)
    if filters.kind in POINT_KINDS:
        entries = entries.filter(kind=Entry.POINT, point__kind=filters.kind)
    elif filters.kind in THING_KINDS:
        entries = entries.filter(kind=filters.kind)
    if filters.speaker and filters.speaker.strip():
        entries = entries.filter(_spoken_by(filters.speaker.strip()))
    # No ordering: the backends rank, and an ORDER BY here would only cost a join.
    return entries.order_by()


def _meetings(filters: Filters) -> QuerySet[Meeting] | None:
    """The meetings the board and dates allow, or None if they allow all.

    As a list the database makes once: a common word matches tens of thousands of entries, and
    joining each to its meeting and board cost more than the rest of the search. The speaker
    condition, checked after this one, is then asked only of entries of these meetings.
    """
    if not (filters.board or filters.date_from or filters.date_to):
        return None
    meetings = Meeting.objects.all()
    if filters.board:
        meetings = meetings.filter(board__slug=filters.board)
    if filters.date_from:
        meetings = meetings.filter(date__gte=filters.date_from)
    if filters.date_to:
        meetings = meetings.filter(date__lte=filters.date_to)
    return meetings.order_by()


def _spoken_by(who: str) -> Q:
    """Entries whose point `who` speaks in: by the name the notes give ("CC"), or as the
    attendee of that meeting the notes abbreviate ("Tim Smith" finds "CC")."""
    said = Speaker.objects.filter(point=OuterRef("point"))
    spoken = Q(Exists(said.filter(name__iexact=who)))
    # A full name, or a surname: "Smith" is Tim Smith, but "CC" is not Rebecca. Each of their
    # abbreviations, with the meetings it was theirs at, is found once, not for every speaker of
    # every match (a common word matches tens of thousands of points).
    people = Person.objects.filter(Q(name__iexact=who) | Q(name__iendswith=f" {who}"))
    attended = Attendance.objects.filter(
        person__in=people.order_by().values("pk"), abbreviation__isnull=False
    ).order_by()
    abbreviations = attended.values_list("abbreviation", flat=True)
    for abbreviation in sorted({a for a in abbreviations if a is not None}):
        meetings = attended.filter(abbreviation=abbreviation).values("meeting_id")
        spoken |= Q(meeting__in=meetings) & Q(Exists(said.filter(name=abbreviation)))
    return spoken
