"""Who may change what: the one place the rules live, used by every page and form."""

from __future__ import annotations

from django.contrib.auth.models import AnonymousUser
from django.contrib.auth.models import User as Account

from scrutiny.accounts.models import Membership
from scrutiny.actions.models import Action

User = Account | AnonymousUser


def is_staff(user: User) -> bool:
    return bool(user.is_authenticated and getattr(user, "is_staff", False))


def liaison_organisations(user: User) -> set[int]:
    """The organisations whose actions this user answers for, as a liaison."""
    if not user.is_authenticated:
        return set()
    return set(
        Membership.objects.filter(user=user, role=Membership.LIAISON)
        .exclude(organisation=None)
        .values_list("organisation_id", flat=True)
    )


def can_update_action(user: User, action: Action) -> bool:
    """Staff may update any action; a liaison, their own organisation's."""
    if is_staff(user):
        return True
    return (
        action.owner_organisation_id is not None
        and action.owner_organisation_id in liaison_organisations(user)
    )
