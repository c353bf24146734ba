"""Writes to memberships: who answers for which organisation."""

from __future__ import annotations

from django.contrib.auth import get_user_model

from scrutiny.accounts.models import Membership
from scrutiny.meetings.models import Organisation


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
