"""Who may see and change what: the one place the rules live, used by every page and form.

public         published meetings, less their private items (scrutiny.meetings.visibility)
liaison        as the public, and may update their organisation's actions
secretariat    everything of the boards they run: set-up, meetings, notes, agreeing and
               publishing them, the audit trail
administrator  everything, and may create boards and give roles (Django staff count as
               administrators)
"""

from __future__ import annotations

from django.contrib.auth.models import AnonymousUser
from django.contrib.auth.models import User as Account

from scrutiny.accounts.models import Membership
from scrutiny.actions.models import Action
from scrutiny.meetings.models import Board, Meeting

User = Account | AnonymousUser


def is_staff(user: User) -> bool:
    return bool(user.is_authenticated and getattr(user, "is_staff", False))


def is_administrator(user: User) -> bool:
    """Staff, superusers and those given the administrator role."""
    if not user.is_authenticated or not user.is_active:
        return False
    if user.is_staff or user.is_superuser:
        return True
    return Membership.objects.filter(user=user, role=Membership.ADMINISTRATOR).exists()


def liaison_organisations(user: User) -> set[int]:
    """The organisations whose actions this user answers for, as a liaison."""
    if not user.is_authenticated:
        return set()
    return set(
        Membership.objects.filter(user=user, role=Membership.LIAISON)
        .exclude(organisation=None)
        .values_list("organisation_id", flat=True)
    )


def secretariat_boards(user: User) -> set[int]:
    """The boards this user runs as their secretariat (not counting an administrator's all)."""
    if not user.is_authenticated or not user.is_active:
        return set()
    return set(
        Membership.objects.filter(user=user, role=Membership.SECRETARIAT)
        .exclude(board=None)
        .values_list("board_id", flat=True)
    )


def runs_any_board(user: User) -> bool:
    return is_administrator(user) or bool(secretariat_boards(user))


def can_create_board(user: User) -> bool:
    return is_administrator(user)


def can_give_roles(user: User) -> bool:
    """May make people a board's secretariat or an organisation's liaison, and take it away."""
    return is_administrator(user)


def can_run_board(user: User, board: Board | None) -> bool:
    """May set up the board, plan its meetings, write, agree and publish their notes."""
    if is_administrator(user):
        return True
    return board is not None and board.pk in secretariat_boards(user)


def can_run_meeting(user: User, meeting: Meeting) -> bool:
    return can_run_board(user, meeting.board)


def can_see_meeting(user: User, meeting: Meeting) -> bool:
    """Published meetings are everyone's; the rest only their board's secretariat's."""
    return meeting.status == Meeting.PUBLISHED or can_run_meeting(user, meeting)


def can_update_action(user: User, action: Action) -> bool:
    """Administrators may update any action; a liaison, their own organisation's; the
    secretariat, their board's."""
    if is_administrator(user):
        return True
    if (
        action.owner_organisation_id is not None
        and action.owner_organisation_id in liaison_organisations(user)
    ):
        return True
    board_id = Meeting.objects.filter(pk=action.meeting_id).values_list("board_id", flat=True)
    return bool(set(board_id) & secretariat_boards(user))
