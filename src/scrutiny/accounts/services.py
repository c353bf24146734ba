"""Writes to memberships: who runs which board, who answers for which organisation."""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.db import transaction

from scrutiny.accounts.models import Membership
from scrutiny.meetings.models import Board, Organisation


class UnknownName(LookupError):
    """No user, or no organisation, by the name given."""


def make_liaison(username: str, organisation_name: str) -> tuple[Membership, bool]:
    """Give the user the liaison role for the organisation (named exactly, ignoring case);
    returns the membership and whether it is new."""
    users = get_user_model().objects
    user = users.filter(**{users.model.USERNAME_FIELD: username}).first()
    if user is None:
        raise UnknownName(f'No user "{username}".')
    organisation = Organisation.objects.filter(name__iexact=organisation_name.strip()).first()
    if organisation is None:
        known = ", ".join(Organisation.objects.values_list("name", flat=True)) or "none yet"
        raise UnknownName(f'No organisation "{organisation_name}". Known: {known}.')
    return Membership.objects.get_or_create(
        user=user, role=Membership.LIAISON, organisation=organisation, board=None
    )


def find_user(who: str) -> Any:
    """The user with this username, or else the one user with this email address (ignoring
    case). Raises UnknownName."""
    who = who.strip()
    users = get_user_model().objects
    user = users.filter(**{users.model.USERNAME_FIELD: who}).first() if who else None
    if user is not None:
        return user
    if "@" in who:
        found = list(users.filter(email__iexact=who)[:2])
        if len(found) == 1:
            return found[0]
        if found:
            raise UnknownName("More than one person has that email address: enter a username")
    raise UnknownName(f"No one has the username or email address {who}")


@transaction.atomic
def give_role(
    user: Any, role: str, *, board: Board | None = None, organisation: Organisation | None = None
) -> tuple[Membership, bool]:
    """The secretariat of a board, or the liaison for an organisation; returns the membership
    and whether it is new. Each change is kept in the audit trail (django-simple-history)."""
    if role == Membership.SECRETARIAT and (board is None or organisation is not None):
        raise ValueError("The secretariat role is for one board")
    if role == Membership.LIAISON and (organisation is None or board is not None):
        raise ValueError("The liaison role is for one organisation")
    if role not in {Membership.SECRETARIAT, Membership.LIAISON}:
        raise ValueError(f"Role {role!r} is not given here")
    return Membership.objects.get_or_create(
        user=user, role=role, board=board, organisation=organisation
    )


@transaction.atomic
def take_role(membership: Membership) -> None:
    membership.delete()
