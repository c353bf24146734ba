"""Administrators give and take away roles on a board's set-up page: its secretariat, and the
liaisons of its organisations; each change is in the audit trail. No one else can."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.test import Client

from authoring.authored import Authored, authored_meeting
from factories import make_user
from scrutiny.accounts import permissions
from scrutiny.accounts.models import Membership
from scrutiny.authoring.audit import history
from scrutiny.meetings.models import Organisation

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft() -> Authored:
    return authored_meeting(publish=False)


@pytest.fixture
def administrator() -> Client:
    user = make_user("admin", staff=False)
    Membership.objects.create(user=user, role=Membership.ADMINISTRATOR)
    client = Client()
    client.force_login(user)
    return client


def test_an_administrator_gives_and_takes_away_roles(
    draft: Authored, administrator: Client
) -> None:
    clerk = make_user("clerk", staff=False)
    liaison = User.objects.create_user("liaison", email="Liaison@Force.example")
    force = Organisation.objects.get(name="Testshire Police")
    roles = f"/run/boards/{draft.board.slug}/roles/"
    board_page = administrator.get(f"/run/boards/{draft.board.slug}/").content.decode()
    assert "Give someone a role" in board_page and f'value="{force.pk}"' in board_page

    response = administrator.post(
        roles, {"form": "role", "role-who": "clerk", "role-role": "secretariat"}
    )
    assert response["Location"] == f"/run/boards/{draft.board.slug}/#roles"
    administrator.post(
        roles,
        {
            "form": "role",
            "role-who": "liaison@force.example",
            "role-role": "liaison",
            "role-organisation": force.pk,
        },
    )
    assert permissions.can_run_board(clerk, draft.board)
    assert permissions.liaison_organisations(liaison) == {force.pk}
    page = administrator.get(roles).content.decode()
    assert "Force liaison for Testshire Police" in page and "Given to clerk" in page

    secretariat = Membership.objects.get(user=clerk)
    administrator.post(roles, {"form": "remove-role", "id": secretariat.pk})
    assert not permissions.can_run_board(clerk, draft.board)
    changes = list(history(Membership).filter(user_id=clerk.pk).order_by("history_date"))
    assert [c.history_type for c in changes] == ["+", "-"]
    assert {c.history_user.username for c in changes} == {"admin"}
    assert "Taken away from clerk" in administrator.get(roles).content.decode()


def test_mistakes_come_back_with_what_was_typed(draft: Authored, administrator: Client) -> None:
    roles = f"/run/boards/{draft.board.slug}/roles/"
    response = administrator.post(
        roles, {"form": "role", "role-who": "nobody@example.org", "role-role": "liaison"}
    )
    html = response.content.decode()
    assert response.status_code == 200 and "There is a problem" in html
    assert "No one has the username or email address nobody@example.org" in html
    assert "Choose the organisation the liaison answers for" in html
    assert 'value="nobody@example.org"' in html
    # An organisation that takes no part in the board is not one to choose.
    make_user("someone", staff=False)
    elsewhere = Organisation.objects.create(name="Elsewhere Police")
    response = administrator.post(
        roles,
        {
            "form": "role",
            "role-who": "someone",
            "role-role": "liaison",
            "role-organisation": elsewhere.pk,
        },
    )
    assert "Choose one of the board" in response.content.decode()
    assert not Membership.objects.filter(role=Membership.LIAISON).exists()


def test_the_secretariat_cannot_give_or_take_away_roles(draft: Authored) -> None:
    user = make_user("clerk", staff=False)
    own = Membership.objects.create(user=user, role=Membership.SECRETARIAT, board=draft.board)
    client = Client()
    client.force_login(user)
    make_user("friend", staff=False)
    roles = f"/run/boards/{draft.board.slug}/roles/"
    given = client.post(roles, {"form": "role", "role-who": "friend", "role-role": "secretariat"})
    taken = client.post(roles, {"form": "remove-role", "id": own.pk})
    assert given.status_code == taken.status_code == 403
    assert list(Membership.objects.all()) == [own]
    assert (
        "Give someone a role" not in client.get(f"/run/boards/{draft.board.slug}/").content.decode()
    )
