"""A board's coverage: over its last N dated meetings, how many questions each plan priority and
each topic drew, and which of the board's priorities drew none."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date as Date

from django.db.models import Count, Max

from scrutiny.meetings.models import Board, Meeting
from scrutiny.meetings.visibility import public_meetings
from scrutiny.questions.models import Priority, PrioritySection, Question, Topic


@dataclass(frozen=True)
class PriorityRow:
    priority: Priority
    cells: list[int | None]  # per meeting: questions asked, None when not on its agenda
    total: int


@dataclass(frozen=True)
class TopicRow:
    topic: Topic
    cells: list[int]
    total: int


@dataclass(frozen=True)
class Unexamined:
    priority: Priority
    last_on_agenda: Date | None
    questioned: bool  # ever, in the board's current meetings
    last_questioned: Date | None


@dataclass(frozen=True)
class Coverage:
    board: Board
    meetings: list[Meeting]  # oldest first
    priorities: list[PriorityRow]
    topics: list[TopicRow]
    unexamined: list[Unexamined]
    questions: int
    undated: int  # current meetings left out for want of a date


def coverage(board: Board, last: int) -> Coverage:
    current = public_meetings().filter(board=board, is_current=True)
    meetings = list(current.exclude(date=None).order_by("-date")[:last])[::-1]
    ids = [m.pk for m in meetings]
    column = {pk: i for i, pk in enumerate(ids)}
    asked = _questions_by_priority(ids)
    on_agenda = set(
        PrioritySection.objects.filter(meeting_id__in=ids).values_list("priority_id", "meeting_id")
    )
    shown = {p for p, _ in on_agenda} | {p for p, _ in asked}
    rows = []
    for priority in Priority.objects.filter(pk__in=shown).order_by("name", "pk"):
        cells: list[int | None] = [None] * len(ids)
        for pk in ids:
            if (priority.pk, pk) in on_agenda or (priority.pk, pk) in asked:
                cells[column[pk]] = asked.get((priority.pk, pk), 0)
        rows.append(PriorityRow(priority, cells, sum(c or 0 for c in cells)))
    return Coverage(
        board=board,
        meetings=meetings,
        priorities=rows,
        topics=_topic_rows(ids, column),
        unexamined=_unexamined(board, {p for p, _ in asked}),
        questions=Question.objects.filter(meeting_id__in=ids).count(),
        undated=current.filter(date=None).count(),
    )


def _questions_by_priority(ids: list[int]) -> dict[tuple[int, int], int]:
    counted = (
        Question.objects.filter(meeting_id__in=ids)
        .exclude(priority=None)
        .values("priority_id", "meeting_id")
        .annotate(n=Count("pk"))
    )
    return {(row["priority_id"], row["meeting_id"]): row["n"] for row in counted}


def _topic_rows(ids: list[int], column: dict[int, int]) -> list[TopicRow]:
    counted = (
        Question.topics.through.objects.filter(question__meeting_id__in=ids)
        .values("topic_id", "question__meeting_id")
        .annotate(n=Count("pk"))
    )
    cells: dict[int, list[int]] = defaultdict(lambda: [0] * len(ids))
    for row in counted:
        cells[row["topic_id"]][column[row["question__meeting_id"]]] = row["n"]
    topics = Topic.objects.in_bulk(list(cells))
    rows = [TopicRow(topics[pk], counts, sum(counts)) for pk, counts in cells.items()]
    return sorted(rows, key=lambda r: (-r.total, r.topic.name))


def _unexamined(board: Board, questioned: set[int]) -> list[Unexamined]:
    """The board's priorities (as its current meetings' headings have them) that drew no
    question in the window, the most recently discussed first."""
    history = (
        Priority.objects.filter(board=board, sections__meeting__is_current=True)
        .exclude(pk__in=questioned)
        .annotate(last_on_agenda=Max("sections__meeting__date"))
        .order_by("pk")
    )
    asked = dict(
        Question.objects.filter(priority__board=board, meeting__is_current=True)
        .values_list("priority_id")
        .annotate(last=Max("meeting__date"))
        .values_list("priority_id", "last")
    )
    found = [Unexamined(p, p.last_on_agenda, p.pk in asked, asked.get(p.pk)) for p in history]
    return sorted(
        found, key=lambda u: (-(u.last_on_agenda or Date.min).toordinal(), u.priority.name)
    )
