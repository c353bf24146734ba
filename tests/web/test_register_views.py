"""The register's views: all actions, overdue, and due before each board's next meeting; and
when a board meets next, from the meetings stored and the dates its notes announce."""

from __future__ import annotations

import re
from datetime import date as Date
from html import unescape

import pytest
from django.test import Client

from conftest import FollowHistory
from factories import make_record, store_record
from pages import text_of
from scrutiny.record import Action, NextMeeting
from scrutiny.web import clock
from scrutiny.web.register.next_meetings import next_meetings

pytestmark = pytest.mark.django_db

DPR = "DPR Post Implementation Review"


def rows(response: object) -> list[str]:
    html = response.content.decode()  # type: ignore[attr-defined]
    body = html[html.index('<tbody class="govuk-table__body">') :] if "<tbody" in html else ""
    found = re.findall(r"<tr class=\"govuk-table__row[^\"]*\">(.*?)</tr>", body, re.S)
    return [unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", row))).strip() for row in found]


def on(monkeypatch: pytest.MonkeyPatch, day: Date) -> None:
    monkeypatch.setattr(clock, "today", lambda: day)


def meeting(
    date: str | None, announces: str | None, board: str | None = "Scrutiny Board", **fields: object
) -> None:
    store_record(
        make_record(
            board=board,
            date=date,
            next_meeting=NextMeeting(announces, None) if announces else None,
            **fields,
        )
    )


# When a board meets next.


def test_the_next_meeting_is_the_date_the_latest_notes_announce() -> None:
    meeting("2025-02-19", "2025-05-28")
    meeting("2025-05-28", "2025-09-17")
    ((_board, day),) = next_meetings(Date(2025, 6, 1)).items()
    assert day == Date(2025, 9, 17)


def test_notes_stored_out_of_date_order_still_give_the_latest_announcement() -> None:
    meeting("2025-05-28", "2025-09-17")
    meeting("2025-02-19", "2025-05-28")  # read later, but older
    assert list(next_meetings(Date(2025, 6, 1)).values()) == [Date(2025, 9, 17)]


def test_a_stored_meeting_after_today_comes_before_a_later_announced_date() -> None:
    # The July notes were published ahead (an extraordinary meeting); May's announce September.
    meeting("2025-05-28", "2025-09-17")
    meeting("2025-07-02", None)
    assert list(next_meetings(Date(2025, 6, 1)).values()) == [Date(2025, 7, 2)]
    # Today's meeting is not the next one: the date May's notes announce is.
    assert list(next_meetings(Date(2025, 7, 2)).values()) == [Date(2025, 9, 17)]


def test_an_announced_date_that_has_passed_is_no_next_meeting() -> None:
    meeting("2025-02-19", "2025-05-28")
    assert next_meetings(Date(2025, 5, 27)) != {}
    assert next_meetings(Date(2025, 5, 28)) == {}


def test_undated_notes_and_notes_with_no_board_announce_nothing() -> None:
    meeting(None, "2025-09-17")
    meeting("2025-02-19", "2025-09-18", board=None)
    assert next_meetings(Date(2025, 6, 1)) == {}


def test_only_the_current_version_of_a_meeting_counts() -> None:
    meeting("2025-05-28", "2025-09-10")
    meeting("2025-05-28", "2025-09-17", venue="Online")  # the corrected notes
    assert list(next_meetings(Date(2025, 6, 1)).values()) == [Date(2025, 9, 17)]


def test_each_board_has_its_own_next_meeting() -> None:
    meeting("2025-05-28", "2025-09-17")
    meeting("2025-04-10", "2025-07-10", board="Accountability Board")
    assert sorted(next_meetings(Date(2025, 6, 1)).values()) == [
        Date(2025, 7, 10),
        Date(2025, 9, 17),
    ]


# The views, on one board's history.


def test_before_the_next_meeting_the_dpr_review_is_due_before_it(
    client: Client, follow_history: FollowHistory, monkeypatch: pytest.MonkeyPatch
) -> None:
    on(monkeypatch, Date(2025, 6, 1))
    response = client.get("/actions/?view=next-meeting")
    dpr = [row for row in rows(response) if DPR in row]
    assert len(dpr) == 1 and "16 September 2025" in dpr[0] and "Open" in dpr[0]
    assert "Performance & Delivery Board next meets on 17 September 2025" in unescape(
        text_of(response)
    )
    assert not any(DPR in row for row in rows(client.get("/actions/?view=overdue")))


def test_after_the_due_date_the_dpr_review_is_overdue_and_no_next_meeting_is_known(
    client: Client, follow_history: FollowHistory, monkeypatch: pytest.MonkeyPatch
) -> None:
    on(monkeypatch, Date(2025, 10, 1))
    overdue = rows(client.get("/actions/?view=overdue"))
    assert any(DPR in row and "Overdue" in row for row in overdue)
    assert all("Overdue" in row for row in overdue)
    response = client.get("/actions/?view=next-meeting")
    assert rows(response) == []
    text = unescape(text_of(response))
    assert (
        "No next meeting is known for Performance & Delivery Board , so no action is in this view"
        in text
    )


def test_an_action_due_after_the_next_meeting_waits_for_the_one_after(
    client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    meeting(
        "2025-05-28",
        "2025-09-17",
        actions=[
            Action("Report on stop and search.", "ACC", "2025-09-17", "open"),
            Action("Report on the estate.", "CFO", "2025-09-18", "open"),
            Action("Share the audit.", "CFO", "2025-05-01", "open"),  # overdue: due before too
            Action("Publish the plan.", "CE", "2025-06-30", "closed"),
            Action("Review the custody suites.", "DCC", None, "open"),
        ],
    )
    on(monkeypatch, Date(2025, 6, 1))
    listed = rows(client.get("/actions/?view=next-meeting"))
    assert [row.split(".")[0] for row in listed] == ["Share the audit", "Report on stop and search"]
    assert "Overdue" in listed[0]


def test_boards_with_no_known_next_meeting_are_named_and_left_out(
    client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    meeting("2025-05-28", "2025-09-17", actions=[Action("Report on ASB.", "CC", "2025-07-01")])
    meeting(
        "2025-05-20",
        None,
        board="Accountability Board",
        actions=[Action("Report on knife crime.", "CC", "2025-07-01")],
    )
    on(monkeypatch, Date(2025, 6, 1))
    response = client.get("/actions/?view=next-meeting")
    assert [row.split(".")[0] for row in rows(response)] == ["Report on ASB"]
    text = unescape(text_of(response))
    assert "No next meeting is known for Accountability Board : its actions are not in" in text


def test_the_tabs_mark_the_current_view_and_keep_the_filters(
    client: Client, follow_history: FollowHistory
) -> None:
    html = client.get("/actions/?view=overdue&owner=force&sort=-due&page=2").content.decode()
    nav = html[
        html.index('aria-label="Views of the actions"') : html.index(
            "</nav>", html.index('aria-label="Views of the actions"')
        )
    ]
    links = re.findall(r'href="([^"]*)"( aria-current="page")?>(?:<strong[^>]*>)?([^<]+)', nav)
    assert [(unescape(href), bool(current), label) for href, current, label in links] == [
        ("?owner=force&sort=-due", False, "All actions"),
        ("?owner=force&sort=-due&view=overdue", True, "Overdue"),
        ("?owner=force&sort=-due&view=next-meeting", False, "Due before the next meeting"),
    ]
    # Applying the filters keeps the view; clearing them keeps it too.
    assert '<input type="hidden" name="view" value="overdue">' in html
    assert 'href="/actions/?view=overdue">Clear filters</a>' in html
    assert "<title>Action register: overdue" in html


def test_with_no_query_the_all_actions_tab_is_the_register_itself(client: Client) -> None:
    html = client.get("/actions/").content.decode()
    assert 'href="/actions/" aria-current="page"' in html
    assert 'name="view"' not in html


def test_pages_of_a_view_keep_the_view_and_the_filters(
    client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    many = [Action(f"Action number {n:02}.", "Force", "2025-05-01", "open") for n in range(27)]
    meeting("2025-04-01", "2025-09-17", actions=[*many, Action("Later.", "Force", "2025-12-01")])
    on(monkeypatch, Date(2025, 6, 1))
    first = client.get("/actions/?view=overdue&owner=force")
    assert len(rows(first)) == 25
    assert 'href="?view=overdue&amp;owner=force&amp;page=2" rel="next"' in first.content.decode()
    second = client.get("/actions/?view=overdue&owner=force&page=2")
    assert len(rows(second)) == 2
    assert not any("Later" in row for row in rows(first) + rows(second))


def test_a_view_that_does_not_exist_is_reported_and_all_actions_shown(
    client: Client, follow_history: FollowHistory
) -> None:
    response = client.get("/actions/?view=soon")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<a href="#id_view">Choose a view from the tabs</a>' in html
    assert 'id="id_view" tabindex="-1"' in html
    assert len(rows(response)) == len(rows(client.get("/actions/")))


def test_the_register_filtered_to_a_board_offers_its_downloads(
    client: Client, follow_history: FollowHistory
) -> None:
    slug = follow_history.board.slug
    assert "Downloads" not in text_of(client.get("/actions/"))
    html = client.get(f"/actions/?board={slug}").content.decode()
    for address in ("actions.csv", "actions.xlsx", "calendar.ics"):
        assert f'href="/boards/{slug}/{address}"' in html


def test_the_board_page_offers_its_downloads(client: Client, follow_history: FollowHistory) -> None:
    slug = follow_history.board.slug
    html = client.get(f"/boards/{slug}/").content.decode()
    assert "Downloads" in html
    for address in ("actions.csv", "actions.xlsx", "calendar.ics"):
        assert f'href="/boards/{slug}/{address}"' in html
