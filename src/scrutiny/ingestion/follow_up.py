"""After a meeting is stored: tie it into its board's history.

Each app follows its own part (actions closed by later meetings, answers graded, figures into
series, inspections into the register). Every step is idempotent: running it again for a
meeting changes nothing, so `scrutiny manage follow` can redo the whole history at any time.
"""

from __future__ import annotations

from collections.abc import Iterator

from scrutiny.actions.follow import follow_actions
from scrutiny.figures.models import Figure
from scrutiny.figures.series import follow_figures
from scrutiny.follow.inspections import InspectionReading
from scrutiny.inspections.services import follow_inspections
from scrutiny.meetings.export import meeting_record
from scrutiny.meetings.layout import Layout, read_layout
from scrutiny.meetings.models import Meeting
from scrutiny.questions.services import follow_questions
from scrutiny.record import MeetingRecord


def follow_up(
    meeting: Meeting,
    record: MeetingRecord,
    replaced: Meeting | None,
    layout: Layout,
    new_figures: list[Figure] | None = None,
    *,
    inspections: InspectionReading | None = None,
) -> None:
    """Run inside the transaction that stored `meeting` (whose rows `layout` holds, and whose
    figures `new_figures` holds when they are not saved yet): all of it lands, or none.
    `inspections`: what `read_inspections` made of `record`, when the caller read it too."""
    fresh = new_figures is not None  # stored just now: no follow-up rows of its own yet
    follow_actions(meeting, replaced, layout.discharged)
    follow_questions(meeting, record, layout, fresh=fresh)
    follow_figures(meeting, replaced, layout, new_figures)
    follow_inspections(meeting, record, layout, fresh=fresh, reading=inspections)


def meetings_in_order() -> Iterator[Meeting]:
    """Every current meeting, each board's oldest first: the order they happened in."""
    meetings = Meeting.objects.filter(is_current=True).order_by("board_id", "date", "pk")
    yield from meetings.iterator(chunk_size=200)


def follow_again(meeting: Meeting) -> None:
    follow_up(meeting, meeting_record(meeting), None, read_layout(meeting))
