"""The series pages in a real browser: the chart is drawn from the page's data, the table holds
the same values, axe finds nothing, and staff split a series with the keyboard's controls."""

from __future__ import annotations

import re
from typing import Any

import pytest

from browser.conftest import axe_violations
from browser.test_site import sign_in
from conftest import FollowHistory
from factories import make_user
from scrutiny.figures.models import Series

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def site(live_server: Any, follow_history: FollowHistory) -> str:
    make_user("officer", staff=True)
    return str(live_server.url)


def days_lost(history: FollowHistory) -> Series:
    series = history.may_2025.figures.get(text="6.8").series
    assert series is not None
    return series


def test_the_chart_is_drawn_and_the_table_holds_its_values(
    page: Any, site: str, follow_history: FollowHistory
) -> None:
    problems: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.goto(f"{site}/series/{days_lost(follow_history).pk}/")
    page.wait_for_selector("#series-chart-area:not([hidden])")
    drawn = page.evaluate(
        """() => {
            const chart = Chart.getChart(document.getElementById('series-chart'));
            return chart.data.datasets[0].data.map(point => point.y);
        }"""
    )
    assert drawn == [8.1, 7.04, 6.8]
    canvas = page.locator("#series-chart")
    assert canvas.get_attribute("role") == "img"
    assert "down 1.3 days over 3 meetings" in (canvas.get_attribute("aria-label") or "")
    cells = page.locator("#series-table tbody tr td:nth-child(2)").all_inner_texts()
    assert [c.strip() for c in cells] == ["8.1", "7.04", "6.8"]
    assert problems == []


def test_axe_finds_nothing_on_the_series_pages(
    page: Any, site: str, follow_history: FollowHistory
) -> None:
    series = days_lost(follow_history)
    found = {}
    for name, address in {
        "board series": f"/boards/{follow_history.board.slug}/series/",
        "series": f"/series/{series.pk}/",
    }.items():
        page.goto(f"{site}{address}")
        found[name] = axe_violations(page)
    sign_in(page, site)
    page.goto(f"{site}/series/{series.pk}/")
    found["series, staff"] = axe_violations(page)
    page.get_by_role("button", name="Split into a new series").click()
    page.wait_for_selector(".govuk-error-summary")
    found["split with errors"] = axe_violations(page)
    page.goto(f"{site}/series/{series.pk}/")
    page.get_by_label("Series to merge this one into").select_option(index=1)
    page.get_by_role("button", name="Merge", exact=True).click()
    page.wait_for_selector("text=Merge the series")
    found["merge confirmation"] = axe_violations(page)
    assert found == {name: [] for name in found}


def test_staff_split_a_figure_out_of_a_series(
    page: Any, site: str, follow_history: FollowHistory
) -> None:
    series = days_lost(follow_history)
    sign_in(page, site)
    page.goto(f"{site}/series/{series.pk}/")
    page.get_by_label(re.compile(r"^8\.1 \(average days lost per officer\), 20 March 2019")).check()
    page.get_by_label("Name of the new series").fill("Days lost per officer, 2019 definition")
    page.get_by_role("button", name="Split into a new series").click()
    page.wait_for_url(re.compile(r"/series/\d+/$"))
    assert page.locator("h1").inner_text() == "Days lost per officer, 2019 definition"
    assert "1 figure moved" in page.locator(".govuk-notification-banner").inner_text()
    assert "split 1 figure out of" in page.locator("#series-history").inner_text()
