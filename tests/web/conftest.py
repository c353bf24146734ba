"""Fixtures for the pages: signed-in clients, and a fixed "today" for what is overdue."""

from __future__ import annotations

from datetime import date as Date

import pytest
from django.test import Client

from factories import make_user
from scrutiny.web import clock

# Before the DPR action in the factories' meetings falls due (16 September 2025), and before
# their next meeting (28 May 2025).
BEFORE_DUE = Date(2025, 3, 1)


@pytest.fixture(autouse=True)
def today(monkeypatch: pytest.MonkeyPatch) -> Date:
    monkeypatch.setattr(clock, "today", lambda: BEFORE_DUE)
    return BEFORE_DUE


@pytest.fixture
def staff_client(db: None) -> Client:
    client = Client()
    client.force_login(make_user("officer", staff=True))
    return client


@pytest.fixture
def member_client(db: None) -> Client:
    client = Client()
    client.force_login(make_user("member", staff=False))
    return client
