"""What a board's briefing pack holds, for its page and its PDF alike: when the board meets
next, the actions to chase, what the force offered or put off, the figures that moved most,
the priorities no one asked about lately, and the inspection findings still open.

Each section asks the query helpers its own page uses (the register, coverage, series,
inspections), so the pack never says other than the pages it links to. Only current meetings
count, and only what those pages show anyone: the pack is public.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date as Date

from django.db.models import F, QuerySet
from django.shortcuts import get_object_or_404

from scrutiny.actions.models import Action
from scrutiny.figures.models import Figure, Series
from scrutiny.inspections.models import Finding, Inspection
from scrutiny.meetings.models import Board, Meeting, Organisation
from scrutiny.meetings.visibility import public_q
from scrutiny.questions.models import Commitment, Question
from scrutiny.web.inspections.queries import Force, Report, force_of, force_register
from scrutiny.web.queries.actions import NEXT_MEETING, OVERDUE, filtered, overdue_on
from scrutiny.web.questions.coverage import Unexamined, coverage
from scrutiny.web.register.next_meetings import latest_announcements, next_meetings
from scrutiny.web.series.queries import rows_of
from scrutiny.web.series.wording import MINUS

LAST_MEETINGS = 3  # the window for what was offered, put off, or left unasked
TOP_FIGURES = 5

# A point's place in its notes, for listing commitments and questions as the notes run.
_NOTES_ORDER = (
    F("meeting__date").desc(nulls_last=True),
    "meeting_id",
    "point__section__item__position",
    "point__section__position",
    "point__position",
)


@dataclass(frozen=True)
class NextMeeting:
    date: Date
    time: str | None  # as the notes announcing it give it
    announced_by: Meeting | None  # the notes that give the date, when it comes from them


@dataclass(frozen=True)
class Actions:
    overdue: list[Action]
    due_next: list[Action]  # open, not yet overdue, due on or before the next meeting
    other_open: int  # open, and neither of the above


@dataclass(frozen=True)
class Moved:
    """A series' change between the last two dated meetings that quoted it."""

    series: Series
    previous: Figure
    latest: Figure
    change: str  # in the series' unit: "+4", "−0.24 days"
    relative: float  # the change as a share of the previous value: 0.8 for +80%

    @property
    def relative_text(self) -> str:
        share = abs(self.relative)
        amount = f"{share:.0%}" if share >= 0.1 else f"{share:.1%}"
        return f"{'+' if self.relative > 0 else MINUS}{amount}"


@dataclass(frozen=True)
class OpenReport:
    report: Report
    open_findings: list[Finding]  # not met, closed or the like, as the force last reported


@dataclass(frozen=True)
class ForceFindings:
    force: Force
    reports: list[OpenReport]  # those with findings open or a count reported, latest first


@dataclass(frozen=True)
class Briefing:
    board: Board
    today: Date
    next_meeting: NextMeeting | None
    actions: Actions
    meetings: list[Meeting]  # the board's last few dated meetings, oldest first: the window
    commitments: list[Commitment]  # waiting for a decision, from the window's meetings
    other_commitments: int  # waiting for a decision, from the board's other current meetings
    deferred: list[Question]  # answers put off, in the window's meetings
    moved: list[Moved]
    unexamined: list[Unexamined]
    inspections: list[ForceFindings]


def briefing(slug: str, today: Date) -> Briefing:
    """The pack for the board at `slug` as it stands on `today` (404 for no such board)."""
    board = get_object_or_404(Board.objects.select_related("organisation"), slug=slug)
    next_meeting = next_meeting_of(board, today)
    covered = coverage(board, LAST_MEETINGS)
    window = [m.pk for m in covered.meetings]
    commitments = pending_commitments(board)
    return Briefing(
        board=board,
        today=today,
        next_meeting=next_meeting,
        actions=actions_of(board, today, next_meeting.date if next_meeting else None),
        meetings=covered.meetings,
        commitments=list(commitments.filter(meeting_id__in=window)),
        other_commitments=commitments.exclude(meeting_id__in=window).count(),
        deferred=deferred_answers(window),
        moved=moved_most(board, TOP_FIGURES, set(window)),
        unexamined=covered.unexamined,
        inspections=open_findings(board),
    )


def next_meeting_of(board: Board, today: Date) -> NextMeeting | None:
    """The board's next meeting as the register places it (the same date its "due before the
    next meeting" view uses), with the notes that announce it when they do."""
    day = next_meetings(today).get(board.pk)
    if day is None:
        return None
    announced = latest_announcements(board).get(board.pk)
    if announced is None or announced.date != day:
        return NextMeeting(day, None, None)
    return NextMeeting(day, announced.time, announced.by)


def actions_of(board: Board, today: Date, next_day: Date | None) -> Actions:
    """The board's open actions as the register's views split them."""
    mine = {"board": board.slug}
    overdue = list(filtered({**mine, "view": OVERDUE}, today))
    due_next: list[Action] = []
    if next_day is not None:
        before_next = filtered({**mine, "view": NEXT_MEETING}, today, {board.pk: next_day})
        # The register's view counts the overdue as due before the next meeting too; the
        # pack lists them once, as overdue.
        due_next = list(before_next.exclude(overdue_on(today)))
    open_now = filtered({**mine, "status": Action.OPEN}, today).count()
    return Actions(overdue, due_next, open_now - len(overdue) - len(due_next))


def pending_commitments(board: Board) -> QuerySet[Commitment]:
    """Candidates waiting for a decision in the board's current meetings: public, as each
    meeting's page shows them as possible actions."""
    return (
        Commitment.objects.filter(
            decision=Commitment.PENDING, meeting__board=board, meeting__is_current=True
        )
        .select_related("meeting", "point")
        .order_by(*_NOTES_ORDER, "kind")
    )


def deferred_answers(meeting_ids: list[int]) -> list[Question]:
    return list(
        Question.objects.filter(meeting_id__in=meeting_ids, grade=Question.DEFERRED)
        .select_related("meeting", "point")
        .order_by(*_NOTES_ORDER)
    )


def moved_most(board: Board, top: int, recent: set[int]) -> list[Moved]:
    """The board's series whose last two values moved most for their size, largest first.

    Only series last quoted at one of the `recent` meetings: a figure no one has quoted for
    years is history, not news for the next meeting. A series whose previous value is nought
    has no relative change to rank by, and is left out, as is one that did not move."""
    figures = (
        Figure.objects.filter(
            public_q("meeting", "item"), meeting__is_current=True, series__board=board
        )
        .select_related("meeting", "series")
        .order_by("meeting__date", "meeting_id", "position")
    )
    by_series: dict[int, list[Figure]] = defaultdict(list)
    for figure in figures:
        assert figure.series_id is not None  # chosen by their series
        by_series[figure.series_id].append(figure)
    found = [
        moved
        for group in by_series.values()
        if (moved := _moved(group)) is not None and moved.latest.meeting_id in recent
    ]
    found.sort(key=lambda m: (-abs(m.relative), m.series.name.lower(), m.series.pk))
    return found[:top]


def _moved(figures: list[Figure]) -> Moved | None:
    """The change between the series' last two meetings' values, as its page counts them."""
    dated = [r for r in rows_of(figures) if r.headline and r.figure.meeting.date is not None]
    if len(dated) < 2:
        return None
    previous, latest = dated[-2].figure, dated[-1].figure
    if previous.series_value == 0 or latest.series_value == previous.series_value:
        return None
    relative = (latest.series_value - previous.series_value) / abs(previous.series_value)
    assert latest.series is not None
    return Moved(latest.series, previous, latest, dated[-1].change, relative)


def open_findings(board: Board) -> list[ForceFindings]:
    """The inspections registers of the forces whose reports the board's current meetings
    discussed, narrowed to the reports with something still open or counted.

    A report whose force the notes did not let us tell is left out: its register gathers
    every board's such reports, not this board's force's."""
    forces = Organisation.objects.filter(
        pk__in=Inspection.objects.filter(
            discussions__meeting__board=board, discussions__meeting__is_current=True
        ).values("force_id")
    ).order_by("name")
    found = []
    for organisation in forces:
        register = force_register(force_of(organisation))
        reports = [
            OpenReport(report, [f for f in report.findings if not f.closed])
            for report in register.reports
        ]
        found.append(
            ForceFindings(
                register.force, [r for r in reports if r.open_findings or r.report.latest]
            )
        )
    return found
