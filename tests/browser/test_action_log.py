"""The actions lifecycle in a real browser: staff confirm a proposed closure, update an action
with a new due date and a note, and read both in the history; axe on both pages."""

from __future__ import annotations

import re
from typing import Any

import pytest

from browser.conftest import axe_violations
from factories import make_user
from scrutiny.actions.models import Action

pytestmark = pytest.mark.django_db(transaction=True)

PASSWORD = "correct horse battery"


@pytest.fixture
def site(live_server: Any, follow_history: Any) -> str:
    make_user("officer", staff=True)
    return str(live_server.url)


def _sign_in(page: Any, site: str) -> None:
    page.goto(f"{site}/accounts/login/")
    page.get_by_label("Username").fill("officer")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{site}/")


def test_staff_confirm_a_closure_then_update_an_action(page: Any, site: str) -> None:
    _sign_in(page, site)
    page.goto(f"{site}/actions/review/")
    assert page.locator("h1").inner_text() == "Closures to review"
    assert axe_violations(page) == []
    card = page.locator(".govuk-summary-card", has_text="assaulted on duty compared")
    card.get_by_role("button", name=re.compile(r"^Confirm")).click()
    page.wait_for_url(f"{site}/actions/review/")
    banner = page.locator(".govuk-notification-banner").inner_text()
    assert "Closed: comparative data on officers assaulted whilst on duty." in banner
    assert "There are no closures waiting for review." in page.locator("main").inner_text()

    dpr = Action.objects.get(meeting__is_current=True, text__icontains="DPR")
    page.goto(f"{site}/actions/{dpr.pk}/")
    assert axe_violations(page) == []
    page.get_by_role("button", name="Save the update").click()  # nothing said: refused
    assert page.title().startswith("Error: ")
    assert axe_violations(page) == []
    page.get_by_label("Day").fill("1")
    page.get_by_label("Month").fill("12")
    page.get_by_label("Year").fill("2025")
    page.get_by_label("Note").fill("Findings delayed by the new system")
    page.get_by_role("button", name="Save the update").click()
    page.wait_for_url(f"{site}/actions/{dpr.pk}/")
    history = page.locator("table", has_text="What changed").inner_text()
    assert "Due date changed to 1 December 2025" in history
    assert "Findings delayed by the new system" in history
    assert "officer" in history

    assaults = Action.objects.get(meeting__is_current=True, text__icontains="assaulted")
    page.goto(f"{site}/actions/{assaults.pk}/")
    history = page.locator("table", has_text="What changed").inner_text()
    assert "officer, confirming the notes of Performance & Delivery Board, 20 March 2019" in history
    assert "included in the People paper" in history
