"""Which entries a search may return: current meetings, narrowed by the page's filters."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date as Date

from django.db.models import Exists, OuterRef, Q, QuerySet

from scrutiny.meetings.models import Attendance, Point, Speaker
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


def filtered(filters: Filters) -> QuerySet[Entry]:
    # Only current meetings have entries (scrutiny.search.services keeps it so): no condition.
    entries = Entry.objects.all()
    if filters.board:
        entries = entries.filter(meeting__board__slug=filters.board)
    if filters.date_from:
        entries = entries.filter(meeting__date__gte=filters.date_from)
    if filters.date_to:
        entries = entries.filter(meeting__date__lte=filters.date_to)
    if filters.kind in POINT_KINDS:
        entries = entries.filter(kind=Entry.POINT, point__kind=filters.kind)
    elif filters.kind in THING_KINDS:
        entries = entries.filter(kind=filters.kind)
    if filters.speaker and filters.speaker.strip():
        entries = entries.filter(Exists(_spoken_by(filters.speaker.strip())))
    # No ordering: the backends rank, and an ORDER BY here would only cost a join.
    return entries.order_by()


def _spoken_by(who: str) -> QuerySet[Speaker]:
    """The entry's point's speakers who are `who`: by the name the notes give ("CC"), or as
    the attendee of that meeting the notes abbreviate ("Tim Smith" finds "CC")."""
    # A full name, or a surname: "Smith" is Tim Smith, but "CC" is not Rebecca.
    named = Q(person__name__iexact=who) | Q(person__name__iendswith=f" {who}")
    abbreviations = (
        Attendance.objects.filter(meeting=OuterRef(OuterRef("meeting")), abbreviation__isnull=False)
        .filter(named)
        .values("abbreviation")
    )
    return Speaker.objects.filter(point=OuterRef("point")).filter(
        Q(name__iexact=who) | Q(name__in=abbreviations)
    )
