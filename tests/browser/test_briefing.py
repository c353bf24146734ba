"""The briefing pack in a real browser: axe finds nothing, for the public and for staff, and the
PDF is reached and downloaded with the keyboard alone."""

from __future__ import annotations

from datetime import date as Date
from typing import Any

import pytest

from browser.conftest import axe_violations
from browser.test_site import sign_in
from conftest import FollowHistory
from factories import make_user
from scrutiny.web import clock

pytestmark = pytest.mark.django_db(transaction=True)

BRIEFING = "/boards/performance-delivery-board/briefing/"


@pytest.fixture
def site(live_server: Any, follow_history: FollowHistory, monkeypatch: pytest.MonkeyPatch) -> str:
    """One board's history, seen on 1 June 2025: one action overdue, one due before the next
    meeting (17 September 2025)."""
    monkeypatch.setattr(clock, "today", lambda: Date(2025, 6, 1))
    make_user("officer", staff=True)
    return str(live_server.url)


def test_axe_finds_nothing_on_the_briefing(page: Any, site: str) -> None:
    page.goto(f"{site}{BRIEFING}")
    assert page.locator("h1").inner_text() == "Briefing pack"
    assert page.title() == "Briefing pack – Performance & Delivery Board – Scrutiny"
    assert page.locator("#actions-overdue tbody tr").count() == 1
    assert axe_violations(page) == []
    sign_in(page, site)  # staff see a link to review the commitments as well
    page.goto(f"{site}{BRIEFING}")
    assert page.get_by_role("link", name="Review commitments").count() == 1
    assert axe_violations(page) == []


def test_the_pdf_is_downloaded_with_the_keyboard(page: Any, site: str) -> None:
    page.goto(f"{site}{BRIEFING}")
    for _ in range(40):
        page.keyboard.press("Tab")
        focused = page.evaluate("document.activeElement.textContent.trim()")
        if focused.startswith("Download this briefing pack"):
            break
    else:
        raise AssertionError("Tab never reached the PDF's link")
    assert focused.endswith("(PDF)")
    with page.expect_download() as download:
        page.keyboard.press("Enter")
    assert download.value.suggested_filename == (
        "performance-delivery-board-briefing-2025-06-01.pdf"
    )
