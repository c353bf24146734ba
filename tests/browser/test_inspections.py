"""The inspections register in a real browser: reading a force's register, and staff adding a
finding with the keyboard-friendly form; axe on each page."""

from __future__ import annotations

import re
from typing import Any

import pytest

from browser.conftest import axe_violations
from conftest import HISTORY
from factories import make_user
from gold import SEEDS
from scrutiny.ingestion.services import ingest
from scrutiny.inspections.models import Finding

pytestmark = pytest.mark.django_db(transaction=True)

PASSWORD = "correct horse battery"


@pytest.fixture
def site(live_server: Any) -> str:
    """The 2025 seed and the May 2025 meeting after it, and a staff account."""
    for path in (
        SEEDS / "001_73932fbdd1a170a5.txt",
        HISTORY / "2025-05-28-performance-delivery.txt",
    ):
        ingest(path.read_bytes(), path.name, origin=str(path))
    make_user("officer", staff=True)
    return str(live_server.url)


def test_the_register_shows_the_latest_peel_tally(page: Any, site: str) -> None:
    page.goto(f"{site}/inspections/")
    assert page.locator("h1").inner_text() == "Inspections register"
    assert axe_violations(page) == []
    page.get_by_role("link", name="Kent Police", exact=True).click()
    page.wait_for_url(re.compile(r"/inspections/kent-police/$"))
    peel = page.locator("section", has_text="PEEL 2023/25 - An inspection of Kent Police")
    assert (
        "9 of 14 AFIs met, as reported on 28 May 2025"
        in peel.locator(".govuk-inset-text").inner_text()
    )
    history = peel.get_by_role("table", name="Reported at each meeting")
    assert history.locator("tbody tr").count() == 2
    assert axe_violations(page) == []


def test_staff_add_a_finding(page: Any, site: str) -> None:
    page.goto(f"{site}/accounts/login/?next=/inspections/kent-police/findings/add/")
    page.get_by_label("Username").fill("officer")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(re.compile(r"/findings/add/$"))
    assert axe_violations(page) == []
    # Sent back with the problems named first.
    page.get_by_role("button", name="Add the finding").click()
    assert "There is a problem" in page.locator(".govuk-error-summary").inner_text()
    assert axe_violations(page) == []
    page.get_by_label("Report", exact=True).select_option(
        label="PEEL 2023/25 - An inspection of Kent Police"
    )
    page.get_by_label("Area for improvement").check()
    page.get_by_label("Finding", exact=True).fill("Fraud capability and capacity")
    page.get_by_label("Status, as the force reports it").select_option("met")
    page.get_by_label("Evidence for closure").fill("Fraud plan agreed, June 2025")
    page.get_by_role("button", name="Add the finding").click()
    page.wait_for_url(re.compile(r"/findings/\d+/$"))
    assert page.locator("h1").inner_text() == "Fraud capability and capacity"
    assert "Finding added" in page.locator(".govuk-notification-banner").inner_text()
    assert "Fraud plan agreed, June 2025" in page.locator(".govuk-summary-list").inner_text()
    assert axe_violations(page) == []
    finding = Finding.objects.get(text="Fraud capability and capacity")
    assert (finding.status, finding.origin, finding.added_by.username) == ("met", "hand", "officer")
