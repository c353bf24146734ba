"""Setting up a board: the board itself, its members, its plan and priorities, its agenda
template, and the organisations that take part in it."""

from __future__ import annotations

from collections.abc import Sequence

from django.db import IntegrityError, transaction

from scrutiny.actions.models import Action
from scrutiny.authoring.models import (
    STANDARD_AGENDA,
    BoardMember,
    BoardSetup,
    PlanPriority,
    TemplateItem,
)
from scrutiny.authoring.services.common import _next_position
from scrutiny.meetings.models import Attendance, Board, Meeting, Organisation
from scrutiny.meetings.services import board_named


def organisation_named(name: str) -> Organisation | None:
    name = name.strip()
    if not name:
        return None
    found = Organisation.objects.filter(name__iexact=name).order_by("pk").first()
    if found is not None:
        return found
    try:
        with transaction.atomic():  # a savepoint: an ingest may make it first
            return Organisation.objects.create(name=name)
    except IntegrityError:
        return Organisation.objects.get(name=name)


@transaction.atomic
def create_board(name: str, organisation_name: str, plan_title: str = "") -> Board:
    organisation = organisation_named(organisation_name)
    board = board_named(name.strip(), organisation)
    assert board is not None
    BoardSetup.objects.get_or_create(board=board, defaults={"plan_title": plan_title.strip()})
    if not board.template_items.exists():
        for position, (title, by_priority) in enumerate(STANDARD_AGENDA):
            TemplateItem.objects.create(
                board=board, position=position, title=title, by_priority=by_priority
            )
    return board


@transaction.atomic
def add_member(
    board: Board, name: str, role: str, abbreviation: str, organisation_name: str
) -> BoardMember:
    return BoardMember.objects.create(
        board=board,
        position=_next_position(board.board_members.all()),
        name=name.strip(),
        role=role.strip(),
        abbreviation=abbreviation.strip(),
        organisation=organisation_named(organisation_name),
    )


@transaction.atomic
def set_plan(board: Board, plan_title: str, priorities: Sequence[str]) -> None:
    """The plan's title and its priorities, in order (one a line as the secretariat types them)."""
    setup, _ = BoardSetup.objects.get_or_create(board=board)
    setup.plan_title = plan_title.strip()
    setup.save()
    titles = [title.strip() for title in priorities if title.strip()]
    existing = list(board.plan_priorities.all())
    for row in existing[len(titles) :]:
        row.delete()
    for position, title in enumerate(titles):
        if position < len(existing):
            row = existing[position]
            if row.title != title:
                row.title = title
                row.save()
        else:
            PlanPriority.objects.create(board=board, position=position, title=title)


@transaction.atomic
def set_template(board: Board, titles: Sequence[str], by_priority: int | None) -> None:
    """The agenda template: item titles in order; `by_priority` the index of the item that has
    a section per plan priority (or None)."""
    titles = [title.strip() for title in titles if title.strip()]
    existing = list(board.template_items.all())
    for row in existing[len(titles) :]:
        row.delete()
    for position, title in enumerate(titles):
        flag = position == by_priority
        if position < len(existing):
            row = existing[position]
            if row.title != title or row.by_priority != flag:
                row.title, row.by_priority = title, flag
                row.save()
        else:
            TemplateItem.objects.create(
                board=board, position=position, title=title, by_priority=flag
            )


def board_organisations(board: Board) -> list[Organisation]:
    """The organisations that take part in the board: the office running it, its members',
    and those of the people and action owners of its meetings (whose liaisons it lists)."""
    ids = {board.organisation_id}
    ids |= set(board.board_members.values_list("organisation_id", flat=True))
    meetings = Meeting.objects.filter(board=board)
    ids |= set(
        Attendance.objects.filter(meeting__in=meetings).values_list(
            "person__organisation_id", flat=True
        )
    )
    ids |= set(
        Action.objects.filter(meeting__in=meetings).values_list("owner_organisation_id", flat=True)
    )
    return list(Organisation.objects.filter(pk__in=ids - {None}).order_by("name"))
