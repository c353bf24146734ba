"""Notes rendered as HTML, in a real browser: axe-clean in every house style, with the items as
headings and the action table's headers announced as column headers."""

from __future__ import annotations

from typing import Any

import pytest

from browser.conftest import axe_violations
from scrutiny.generate import records
from scrutiny.render import STYLES, Style, render

RECORD = next(records(1))


@pytest.mark.parametrize("style", STYLES)
def test_rendered_notes_are_accessible(page: Any, style: Style) -> None:
    page.set_content(render(RECORD, style, "html").decode("utf-8"))
    assert page.evaluate("document.documentElement.lang") == "en-GB"
    assert RECORD.board and page.title().startswith(RECORD.board)
    assert page.get_by_role("heading", level=1).count() == 1
    assert page.get_by_role("heading", level=2).count() >= len(RECORD.items)
    if style != "prose":  # the prose style's action log is a list
        table = page.get_by_role("table")
        assert table.get_attribute("aria-labelledby")
        assert table.get_by_role("columnheader", name="Owner").count() == 1
    assert axe_violations(page) == []
