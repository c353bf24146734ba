"""The action register in a real browser: switching views with the keyboard alone, and axe on
the register's views and the owner pages."""

from __future__ import annotations

import re
from datetime import date as Date
from typing import Any

import pytest

from browser.conftest import axe_violations
from conftest import FollowHistory
from scrutiny.web import clock

pytestmark = pytest.mark.django_db(transaction=True)

DPR = "DPR Post Implementation Review"


@pytest.fixture
def site(live_server: Any, follow_history: FollowHistory, monkeypatch: pytest.MonkeyPatch) -> str:
    """One board's history, seen on 1 June 2025: the DPR review is due before the next meeting
    (17 September 2025), not overdue."""
    monkeypatch.setattr(clock, "today", lambda: Date(2025, 6, 1))
    return str(live_server.url)


def tab_to(page: Any, name: str, limit: int = 60) -> None:
    """Press Tab until the link called `name` has the focus."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.textContent.trim()") == name:
            return
    raise AssertionError(f"Tab never reached {name!r}")


def test_switching_the_registers_views_with_the_keyboard(page: Any, site: str) -> None:
    page.goto(f"{site}/actions/?sort=-due")
    views = page.get_by_role("navigation", name="Views of the actions")
    assert views.get_by_role("link", name="All actions").get_attribute("aria-current") == "page"

    tab_to(page, "Due before the next meeting")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"view=next-meeting"))
    assert "sort=-due" in page.url  # the order chosen is kept
    assert page.title().startswith("Action register: due before the next meeting")
    current = views.locator('[aria-current="page"]')
    assert current.inner_text() == "Due before the next meeting"
    row = page.locator("tbody tr", has_text=DPR)
    assert row.count() == 1 and "16 September 2025" in row.inner_text()
    assert "next meets on 17 September 2025" in page.locator("main").inner_text()

    tab_to(page, "Overdue")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"view=overdue"))
    assert page.locator("tbody tr", has_text=DPR).count() == 0

    # The filters apply within the view: the Apply button, reached by keyboard too.
    page.get_by_label("Status").select_option("closed")
    tab_to(page, "Apply")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"status=closed"))
    assert "view=overdue" in page.url
    assert "No actions match these filters." in page.locator("main").inner_text()


def test_axe_finds_nothing_on_the_register_views_and_owner_pages(page: Any, site: str) -> None:
    addresses = [
        "/actions/",
        "/actions/?view=overdue",
        "/actions/?view=next-meeting",
        "/actions/?view=next-meeting&board=performance-delivery-board",
        "/actions/?view=soon&due_before=soon",  # the error summary
        "/actions/owners/",
        "/actions/owners/force/",
        "/actions/owners/force/?view=next-meeting",
    ]
    for address in addresses:
        page.goto(f"{site}{address}")
        assert page.locator("h1").count() == 1, address
        assert axe_violations(page) == [], address


def test_an_owner_is_reached_from_the_register(page: Any, site: str) -> None:
    page.goto(f"{site}/actions/owners/")
    page.get_by_role("link", name="Force", exact=True).click()
    page.wait_for_url(re.compile(r"/actions/owners/force/$"))
    assert page.locator("h1").inner_text() == "Force"
    assert page.locator("tbody tr", has_text=DPR).count() == 1
