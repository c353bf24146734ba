"""A fixed "today" for the pages, for what is overdue (signed-in clients are in tests/conftest)."""

from __future__ import annotations

from datetime import date as Date

import pytest

from scrutiny.web import clock

# Before the DPR action in the factories' meetings falls due (16 September 2025), and before
# their next meeting (28 May 2025).
BEFORE_DUE = Date(2025, 3, 1)


@pytest.fixture(autouse=True)
def today(monkeypatch: pytest.MonkeyPatch) -> Date:
    monkeypatch.setattr(clock, "today", lambda: BEFORE_DUE)
    return BEFORE_DUE
