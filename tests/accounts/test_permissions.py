"""Every authoring page, tried by every role that may not use it, by GET and by POST: the
signed-out are sent to sign in, the signed-in without the role get 403 (or 404 for notes not
yet published), and nothing changes."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.test import Client

from authoring.authored import Authored, authored_meeting
from factories import make_user
from scrutiny.accounts import permissions
from scrutiny.accounts.models import Membership
from scrutiny.authoring import services
from scrutiny.meetings.models import Board, Organisation

pytestmark = pytest.mark.django_db

ROLES = ["public", "liaison", "other-secretariat", "secretariat", "administrator"]


def client_for(role: str, board: Board) -> Client:
    client = Client()
    if role == "public":
        return client
    user = make_user(role, staff=False)
    if role == "liaison":
        force = Organisation.objects.get_or_create(name="Testshire Police")[0]
        Membership.objects.create(user=user, role=Membership.LIAISON, organisation=force)
    elif role == "other-secretariat":
        other = services.create_board("Another Board", "Another Office")
        Membership.objects.create(user=user, role=Membership.SECRETARIAT, board=other)
    elif role == "secretariat":
        Membership.objects.create(user=user, role=Membership.SECRETARIAT, board=board)
    else:
        Membership.objects.create(user=user, role=Membership.ADMINISTRATOR)
    client.force_login(user)
    return client


Path = Callable[[Authored], str]
PAGES: list[tuple[str, Path, set[str]]] = [
    # (name, address, the roles that may use it)
    ("run", lambda a: "/run/", {"secretariat", "other-secretariat", "administrator"}),
    ("new board", lambda a: "/run/boards/new/", {"administrator"}),
    ("board", lambda a: f"/run/boards/{a.board.slug}/", {"secretariat", "administrator"}),
    ("roles", lambda a: f"/run/boards/{a.board.slug}/roles/", {"administrator"}),
    ("meeting", lambda a: f"/run/meetings/{a.meeting.pk}/", {"secretariat", "administrator"}),
    (
        "item",
        lambda a: f"/run/meetings/{a.meeting.pk}/items/{a.delivery.pk}/",
        {"secretariat", "administrator"},
    ),
    (
        "point",
        lambda a: (
            f"/run/meetings/{a.meeting.pk}/points/{a.delivery.sections.first().points.first().pk}/"
        ),  # type: ignore[union-attr]
        {"secretariat", "administrator"},
    ),
    (
        "action",
        lambda a: f"/run/meetings/{a.meeting.pk}/actions/{a.action.pk}/",
        {"secretariat", "administrator"},
    ),
    ("audit", lambda a: f"/run/meetings/{a.meeting.pk}/audit/", {"secretariat", "administrator"}),
    (
        "deleted",
        lambda a: f"/run/meetings/{a.meeting.pk}/deleted/",
        {"secretariat", "administrator"},
    ),
]
FORBIDDEN = [
    pytest.param(name, path, role, method, id=f"{name}-{role}-{method}")
    for name, path, allowed in PAGES
    for role in ROLES
    if role not in allowed
    for method in ("get", "post")
]


@pytest.mark.parametrize(("name", "path", "role", "method"), FORBIDDEN)
def test_each_forbidden_path_is_refused(name: str, path: Path, role: str, method: str) -> None:
    authored = authored_meeting(publish=False)
    client = client_for(role, authored.board)
    address = path(authored)
    before = (
        authored.meeting.items.count(),
        authored.meeting.actions.count(),
        Membership.objects.count(),
    )
    data = {"form": "advance", "item-title": "Intruder", "text": "x", "name": "x"}
    if name == "roles":  # a role that would be given, were it allowed
        data = {"form": "role", "role-who": role, "role-role": "secretariat"}
    response = client.get(address) if method == "get" else client.post(address, data)
    if role == "public":
        assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")
    else:
        assert response.status_code == 403
    authored.meeting.refresh_from_db()
    assert authored.meeting.status == "scheduled"
    after = (
        authored.meeting.items.count(),
        authored.meeting.actions.count(),
        Membership.objects.count(),
    )
    assert after == before


@pytest.mark.parametrize("role", ["secretariat", "administrator"])
def test_the_allowed_may_open_every_page(role: str) -> None:
    authored = authored_meeting(publish=False)
    client = client_for(role, authored.board)
    for name, path, allowed in PAGES:
        if role in allowed:
            assert client.get(path(authored)).status_code == 200, name


@pytest.mark.parametrize("role", ["public", "liaison", "other-secretariat"])
def test_unpublished_notes_and_private_papers_are_not_found(role: str) -> None:
    authored = authored_meeting(publish=False)
    client = client_for(role, authored.board)
    for fmt in ("html", "pdf", "docx"):
        assert client.get(f"/meetings/{authored.meeting.pk}/notes.{fmt}").status_code == 404
    assert client.get(f"/meetings/{authored.meeting.pk}/").status_code == 404


def test_the_rules() -> None:
    authored = authored_meeting(publish=False)
    roles = {role: client_for(role, authored.board) for role in ROLES[1:]}
    del roles
    from django.contrib.auth.models import AnonymousUser, User

    users = {u.username: u for u in User.objects.all()}
    assert permissions.can_run_board(users["secretariat"], authored.board)
    assert not permissions.can_run_board(users["other-secretariat"], authored.board)
    assert not permissions.can_run_board(users["liaison"], authored.board)
    assert not permissions.can_run_board(AnonymousUser(), authored.board)
    assert permissions.can_create_board(users["administrator"])
    assert not permissions.can_create_board(users["secretariat"])
    assert permissions.can_update_action(users["liaison"], authored.private_action)
    assert not permissions.can_see_meeting(AnonymousUser(), authored.meeting)
