"""Writing through the API: tokens that staff issue and revoke, stored only as a hash; storing a
meeting from its record; updating an action; and the limit on writes."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.core.cache import cache
from django.test import Client

from api.open_data import World
from factories import make_record, make_user
from scrutiny.actions.models import Action, ActionUpdate
from scrutiny.api import auth, tokens
from scrutiny.api.models import ApiToken
from scrutiny.meetings.models import Meeting


@pytest.fixture(autouse=True)
def fresh_limits(db: None) -> None:
    cache.clear()


def bearer(raw: str) -> dict[str, str]:
    return {"authorization": f"Bearer {raw}"}


def post_record(client: Client, record: dict[str, Any], raw: str | None) -> Any:
    headers = bearer(raw) if raw else {}
    return client.post(
        "/api/v1/meetings", json.dumps(record), content_type="application/json", headers=headers
    )


def test_tokens_are_kept_only_as_a_hash(db: None) -> None:
    token, raw = tokens.issue(make_user("alice"), "uploads")
    assert raw.startswith("scr_") and len(raw) > 40
    stored = ApiToken.objects.get()
    assert raw not in {stored.digest, stored.prefix, stored.name}
    assert stored.digest == tokens.digest_of(raw) and raw.startswith(stored.prefix)
    assert tokens.check(raw) == token
    assert tokens.check(raw + "x") is None
    tokens.revoke(token)
    assert tokens.check(raw) is None


def test_staff_store_a_meeting_from_its_record(client: Client, db: None) -> None:
    _, raw = tokens.issue(make_user("officer", staff=True), "uploads")
    record = make_record(date="2025-06-01").to_dict()
    record["source"] = None
    response = post_record(client, record, raw)
    assert response.status_code == 201, response.content
    stored = response.json()
    assert stored["outcome"] == "stored"
    served = client.get(f"/api/v1/meetings/{stored['id']}").json()
    assert served["items"] == record["items"] and served["actions"] == record["actions"]
    again = post_record(client, record, raw)
    assert (again.status_code, again.json()["outcome"]) == (200, "unchanged")
    record["venue"] = "Online"
    newer = post_record(client, record, raw)
    assert newer.json()["outcome"] == "superseded"
    assert Meeting.objects.get(pk=newer.json()["id"]).version == 2


def test_writes_need_a_live_token_and_staff(client: Client, db: None) -> None:
    record = make_record(date="2025-06-01").to_dict()
    assert post_record(client, record, None).status_code == 401
    assert post_record(client, record, "scr_wrong").status_code == 401
    token, raw = tokens.issue(make_user("member", staff=False), "reads")
    assert post_record(client, record, raw).status_code == 403
    tokens.revoke(token)
    assert post_record(client, record, raw).status_code == 401
    assert not Meeting.objects.exists()


def test_bad_records_are_refused_with_reasons(client: Client, db: None) -> None:
    _, raw = tokens.issue(make_user("officer", staff=True), "uploads")
    record = make_record(date="2025-02-30").to_dict()
    assert post_record(client, record, raw).status_code == 422
    record = make_record().to_dict() | {"board": "nul\x00"}
    assert post_record(client, record, raw).status_code == 422
    assert post_record(client, {"schema": "other"}, raw).status_code == 422
    assert not Meeting.objects.exists()


def patch(client: Client, action_id: int, change: dict[str, Any], raw: str) -> Any:
    return client.patch(
        f"/api/v1/actions/{action_id}",
        json.dumps(change),
        content_type="application/json",
        headers=bearer(raw),
    )


def test_staff_update_an_action(client: Client, world: World) -> None:
    user = make_user("officer", staff=True)
    _, raw = tokens.issue(user, "register")
    action = world.published.actions.get(item__number="1")
    response = patch(client, action.pk, {"state": "closed", "note": "Done"}, raw)
    assert response.status_code == 200, response.content
    assert response.json()["state"] == "closed"
    update = ActionUpdate.objects.get(action=action)
    assert (update.by, update.note) == (user, "Done")


def test_an_action_the_public_cannot_see_cannot_be_updated(client: Client, world: World) -> None:
    _, raw = tokens.issue(make_user("officer", staff=True), "register")
    secret = world.published.actions.get(item=world.private_item)
    assert patch(client, secret.pk, {"state": "closed"}, raw).status_code == 404
    assert Action.objects.get(pk=secret.pk).state == Action.OPEN


def test_others_may_not_update_actions(client: Client, world: World) -> None:
    _, raw = tokens.issue(make_user("member", staff=False), "register")
    action = world.published.actions.get(item__number="1")
    assert patch(client, action.pk, {"state": "closed"}, raw).status_code == 403


def test_writes_are_limited_per_token(
    client: Client, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(auth, "WRITES_PER_MINUTE", 3)
    _, raw = tokens.issue(make_user("officer", staff=True), "register")
    _, other = tokens.issue(make_user("other", staff=True), "register")
    action = world.published.actions.get(item__number="1")
    codes = [patch(client, action.pk, {"note": f"n{i}"}, raw).status_code for i in range(4)]
    assert codes == [200, 200, 200, 429]
    limited = patch(client, action.pk, {"note": "again"}, raw)
    assert int(limited["Retry-After"]) >= 1
    assert patch(client, action.pk, {"note": "other"}, other).status_code == 200


def test_staff_issue_and_revoke_tokens_on_a_page(staff_client: Client, db: None) -> None:
    alice = make_user("alice", staff=False)
    page = staff_client.post("/api/tokens/", {"user": alice.pk, "name": "Liaison updates"})
    assert page.status_code == 200
    assert "no-store" in page["Cache-Control"]
    token = ApiToken.objects.get()
    shown = page.content.decode()
    raw = shown.split('id="issued-token" type="text" value="')[1].split('"')[0]
    assert tokens.check(raw) == token
    listing = staff_client.get("/api/tokens/").content.decode()
    assert token.prefix in listing and raw not in listing
    staff_client.post("/api/tokens/revoke/", {"token": token.pk})
    assert tokens.check(raw) is None


def test_token_page_is_for_staff(client: Client, member_client: Client) -> None:
    assert client.get("/api/tokens/").status_code == 302
    assert member_client.get("/api/tokens/").status_code == 403
    assert member_client.post("/api/tokens/", {"name": "x"}).status_code == 403
