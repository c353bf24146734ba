"""The public agenda in a real browser: shown once published, without the private item or any
of the notes, and axe finds nothing wrong with it or with the board page that links to it."""

from __future__ import annotations

from typing import Any

import pytest

from authoring.authored import authored_meeting
from browser.conftest import axe_violations
from scrutiny.authoring import services

pytestmark = pytest.mark.django_db(transaction=True)


def test_the_public_agenda(live_server: Any, page: Any) -> None:
    # The live server set up first is stopped last, after the browser has let go of it.
    draft = authored_meeting(publish=False)
    services.advance(draft.meeting)  # the agenda published
    page.goto(f"{live_server.url}/boards/{draft.board.slug}/")
    assert axe_violations(page) == []
    page.get_by_role("link", name="Agenda for 11 June 2025").click()
    main = page.locator("main").inner_text()
    assert "3. Delivery & Performance" in main and "Police HQ" in main
    assert "Nightjar" not in main and "satisfied" not in main
    assert axe_violations(page) == []
