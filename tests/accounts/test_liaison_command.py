"""`scrutiny manage liaison USERNAME "ORGANISATION"` and the permissions it grants."""

from __future__ import annotations

from io import StringIO

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.management import CommandError, call_command

from factories import make_user, stored_meeting
from scrutiny.accounts.models import Membership
from scrutiny.accounts.permissions import can_update_action, is_staff, liaison_organisations

pytestmark = pytest.mark.django_db


def _liaison(*args: str) -> str:
    out = StringIO()
    call_command("liaison", *args, stdout=out)
    return out.getvalue()


def test_a_user_becomes_the_forces_liaison_once() -> None:
    meeting = stored_meeting()
    user = make_user("kent", staff=False)
    assert _liaison("kent", "kent police") == "kent is now a liaison for Kent Police.\n"
    assert _liaison("kent", "Kent Police") == "kent was already a liaison for Kent Police.\n"
    (membership,) = Membership.objects.all()
    assert (membership.user, membership.role, membership.board) == (user, "liaison", None)
    force_action = meeting.actions.get(owner="Force")
    assert liaison_organisations(user) == {force_action.owner_organisation_id}
    assert can_update_action(user, force_action)


def test_an_unknown_user_or_organisation_is_refused_clearly() -> None:
    stored_meeting()
    make_user("kent", staff=False)
    with pytest.raises(CommandError, match='No user "nobody"'):
        _liaison("nobody", "Kent Police")
    with pytest.raises(CommandError, match=r'No organisation "Kent Fire"\. Known: .*Kent Police'):
        _liaison("kent", "Kent Fire")
    assert not Membership.objects.exists()


def test_who_may_update_an_action() -> None:
    meeting = stored_meeting()
    force_action = meeting.actions.get(owner="Force")
    unowned = meeting.actions.get(owner=None)
    office = meeting.organisation
    assert office is not None
    other = make_user("office-liaison", staff=False)
    Membership.objects.create(user=other, role=Membership.LIAISON, organisation=office)
    staff = make_user("officer", staff=True)
    assert [can_update_action(u, force_action) for u in (AnonymousUser(), other)] == [False, False]
    assert can_update_action(make_user("member", staff=False), force_action) is False
    assert can_update_action(staff, force_action) and can_update_action(staff, unowned)
    assert is_staff(staff) and not is_staff(AnonymousUser())
