"""Sign-in attempts are limited: five failures for a username within 15 minutes lock it out,
even with the right password, until the window passes; success clears the count."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.test import Client

from factories import make_user
from scrutiny.accounts.models import FailedSignIn

pytestmark = pytest.mark.django_db


def attempt(client: Client, password: str) -> int:
    response = client.post("/accounts/login/", {"username": "officer", "password": password})
    return response.status_code


def test_five_failures_lock_the_username_out() -> None:
    make_user()
    client = Client()
    assert [attempt(client, "wrong") for _ in range(5)] == [200] * 5
    assert attempt(client, "correct horse battery") == 429
    response = client.post(
        "/accounts/login/", {"username": "officer", "password": "correct horse battery"}
    )
    assert "Too many failed attempts" in response.content.decode()
    # The window passes.
    FailedSignIn.objects.update(at=FailedSignIn.objects.first().at - timedelta(minutes=16))  # type: ignore[union-attr]
    assert attempt(client, "correct horse battery") == 302


def test_success_clears_the_failures() -> None:
    make_user()
    client = Client()
    for _ in range(4):
        attempt(client, "wrong")
    assert attempt(client, "correct horse battery") == 302
    assert not FailedSignIn.objects.exists()


def test_sign_in_needs_the_csrf_token() -> None:
    make_user()
    client = Client(enforce_csrf_checks=True)
    response = client.post(
        "/accounts/login/", {"username": "officer", "password": "correct horse battery"}
    )
    assert response.status_code == 403
