"""A board's briefing pack, as a page and as a PDF: when the board meets next, its overdue
actions and those due before then, what the force offered or put off, the figures that moved
most, the priorities no one asked about lately, and the inspection findings still open."""

from __future__ import annotations

import re
from datetime import date as Date
from html import unescape
from typing import Any

import pypdfium2 as pdfium
import pytest
from django.test import Client
from django.urls import reverse

from conftest import FollowHistory
from factories import make_record, make_user, store_record
from scrutiny.figures.models import Series
from scrutiny.inspections.models import Finding
from scrutiny.inspections.register import update_finding
from scrutiny.meetings.models import Board
from scrutiny.questions.decisions import accept, dismiss
from scrutiny.questions.models import Commitment
from scrutiny.record import Action, NextMeeting
from scrutiny.web import clock

pytestmark = pytest.mark.django_db

SLUG = "performance-delivery-board"
DPR = "DPR Post Implementation Review"
ASSAULTS = "comparative data on officers assaulted"
BREAKDOWN = "she would provide a breakdown by division"


def on(monkeypatch: pytest.MonkeyPatch, day: Date) -> None:
    monkeypatch.setattr(clock, "today", lambda: day)


def page(client: Client, slug: str = SLUG) -> str:
    response = client.get(reverse("board-briefing", args=[slug]))
    assert response.status_code == 200
    return response.content.decode()


def words(html: str) -> str:
    """The text of some markup, as read: tags dropped, white space collapsed."""
    text = re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", " ", html)))
    return re.sub(r" ([,.])", r"\1", text).strip()


def after(html: str, anchor: str) -> int:
    """Where the content of the element with this id starts."""
    return html.index(">", html.index(f'id="{anchor}"')) + 1


def section(html: str, anchor: str) -> str:
    """The text of the page's section under the heading with this id, to the next one."""
    start = after(html, anchor)
    end = html.find("<h2", start)
    return words(html[start : end if end != -1 else html.index("</main>")])


def table(html: str, anchor: str) -> str:
    start = after(html, anchor)
    return words(html[start : html.index("</table>", start)])


def pdf_text(data: bytes) -> str:
    document = pdfium.PdfDocument(data)
    text = " ".join(p.get_textpage().get_text_range() for p in document)
    return re.sub(r"\s+", " ", text)


# The page and the PDF.


def test_an_unknown_board_has_no_briefing(client: Client) -> None:
    assert client.get(reverse("board-briefing", args=["no-such-board"])).status_code == 404
    assert client.get(reverse("board-briefing-pdf", args=["no-such-board"])).status_code == 404


def test_the_board_page_links_to_its_briefing(
    client: Client, follow_history: FollowHistory
) -> None:
    html = client.get(reverse("board", args=[SLUG])).content.decode()
    assert f'href="/boards/{SLUG}/briefing/"' in html
    assert "Briefing pack for the next meeting" in html


def test_the_pdf_is_the_pack_as_a_download(
    client: Client, follow_history: FollowHistory, monkeypatch: pytest.MonkeyPatch
) -> None:
    on(monkeypatch, Date(2025, 6, 1))
    response = client.get(reverse("board-briefing-pdf", args=[SLUG]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == (
        f'attachment; filename="{SLUG}-briefing-2025-06-01.pdf"'
    )
    text = pdf_text(response.content)
    for heading in (
        "Briefing pack",
        "The next meeting",
        "Actions",
        "Offers and answers put off",
        "Figures that moved most",
        "Priorities not examined lately",
        "Open inspection findings",
    ):
        assert heading in text
    assert "Wednesday 17 September 2025" in text
    assert f"Provide an update on the findings from the {DPR}." in text
    assert "9 of 14 AFIs met" in text


def test_the_page_links_to_the_pdf(
    client: Client, follow_history: FollowHistory, monkeypatch: pytest.MonkeyPatch
) -> None:
    on(monkeypatch, Date(2025, 6, 1))
    html = page(client)
    link = re.search(r'<a class="govuk-link" href="([^"]+)" download>(.*?)</a>', html, re.S)
    assert link is not None and link.group(1) == f"/boards/{SLUG}/briefing.pdf"
    assert client.get(link.group(1))["Content-Type"] == "application/pdf"
    assert words(link.group(2)) == words(
        "Download this briefing pack for Performance &amp; Delivery Board (PDF)"
    )


def test_text_from_the_notes_is_escaped_on_the_page_and_in_the_pdf(
    client: Client, follow_history: FollowHistory, monkeypatch: pytest.MonkeyPatch
) -> None:
    hostile = '<script>alert("x")</script> Report on <b>stop</b> & search.'
    store_record(
        make_record(date="2025-06-18", actions=[Action(hostile, "<i>Force</i>", "2025-07-01")])
    )
    on(monkeypatch, Date(2025, 8, 1))
    html = page(client)
    assert "<script>alert" not in html and "<b>stop</b>" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    assert hostile in table(html, "actions-overdue")
    assert "<i>Force</i>" in table(html, "actions-overdue")
    data = client.get(reverse("board-briefing-pdf", args=[SLUG])).content
    assert hostile in pdf_text(data)


def test_an_empty_board_says_there_is_nothing_to_report(client: Client) -> None:
    Board.objects.create(name="New Board", slug="new-board")
    html = page(client, "new-board")
    assert "The date of the board’s next meeting is not known" in section(html, "next-meeting")
    actions = section(html, "actions")
    assert "No action is overdue." in actions
    assert "With no next meeting known, no action can be placed before it." in actions
    assert "No other action is open." in actions
    commitments = section(html, "commitments")
    assert "No meeting of this board with a date is stored." in commitments
    assert "No possible action from these meetings is waiting for review." in commitments
    assert "No answer in these meetings was put off." in commitments
    assert "No series of this board has two values from dated meetings that differ." in (
        section(html, "figures")
    )
    assert "no priority can be placed" in section(html, "priorities")
    assert "discussed no inspection report" in section(html, "inspections")
    pdf = pdf_text(client.get(reverse("board-briefing-pdf", args=["new-board"])).content)
    assert "No action is overdue." in pdf


def test_the_page_reads_in_a_bounded_number_of_queries(
    client: Client,
    follow_history: FollowHistory,
    monkeypatch: pytest.MonkeyPatch,
    django_assert_max_num_queries: Any,
) -> None:
    on(monkeypatch, Date(2025, 6, 1))
    page(client)  # the first time, to count without drawing the PDF anew
    more = [Action(f"Action {n}.", "Force", "2025-05-01") for n in range(30)]
    store_record(make_record(date="2025-06-18", actions=more))
    for address in (
        reverse("board-briefing", args=[SLUG]),
        reverse("board-briefing-pdf", args=[SLUG]),
    ):
        with django_assert_max_num_queries(30):
            assert client.get(address).status_code == 200


# The next meeting.


def test_the_next_meeting_is_the_date_the_latest_notes_announce(
    client: Client, follow_history: FollowHistory, monkeypatch: pytest.MonkeyPatch
) -> None:
    on(monkeypatch, Date(2025, 6, 1))
    html = page(client)
    text = section(html, "next-meeting")
    assert "The board next meets on Wednesday 17 September 2025, as the notes of 28 May 2025" in (
        text
    )
    assert f'href="/meetings/{follow_history.may_2025.pk}/"' in html


def test_after_the_announced_date_the_next_meeting_is_not_known(
    client: Client, follow_history: FollowHistory, monkeypatch: pytest.MonkeyPatch
) -> None:
    on(monkeypatch, Date(2025, 10, 1))
    html = page(client)
    assert "The date of the board’s next meeting is not known" in section(html, "next-meeting")
    assert "With no next meeting known" in section(html, "actions")


# Actions.


def test_overdue_actions_and_those_due_before_the_next_meeting(
    client: Client, follow_history: FollowHistory, monkeypatch: pytest.MonkeyPatch
) -> None:
    on(monkeypatch, Date(2025, 6, 1))
    html = page(client)
    overdue = table(html, "actions-overdue")
    assert overdue.startswith("Overdue: 1 action")
    assert ASSAULTS in overdue and "20 March 2019" in overdue and DPR not in overdue
    due_next = table(html, "actions-next-meeting")
    assert due_next.startswith("Due before the next meeting: 1 action")
    assert DPR in due_next and "16 September 2025" in due_next and ASSAULTS not in due_next
    assert "turnover" not in section(html, "actions")  # closed by the March 2019 meeting
    assert "No other action is open." in section(html, "actions")
    # Each action links to its own page, and the register's views for this board.
    assert f'href="/actions/{follow_history.february_2025.actions.get().pk}/"' in html
    assert f'href="/actions/?view=overdue&amp;board={SLUG}"' in html
    assert f'href="/actions/?view=next-meeting&amp;board={SLUG}"' in html


def test_an_action_is_overdue_once_today_is_past_its_due_date(
    client: Client, follow_history: FollowHistory, monkeypatch: pytest.MonkeyPatch
) -> None:
    on(monkeypatch, Date(2025, 9, 16))
    html = page(client)
    assert DPR in table(html, "actions-next-meeting")
    assert DPR not in table(html, "actions-overdue")
    on(monkeypatch, Date(2025, 9, 17))
    html = page(client)
    assert table(html, "actions-overdue").startswith("Overdue: 2 actions")
    assert DPR in table(html, "actions-overdue")
    assert 'id="actions-next-meeting"' not in html  # the board meets today: none is due before


def test_open_actions_due_later_are_counted_and_linked(
    client: Client, follow_history: FollowHistory, monkeypatch: pytest.MonkeyPatch
) -> None:
    later = Action("Review the estate.", "Force", "2026-01-31")
    store_record(
        make_record(
            date="2025-06-18", actions=[later], next_meeting=NextMeeting("2025-09-17", None)
        )
    )
    on(monkeypatch, Date(2025, 6, 20))
    actions = section(page(client), "actions")
    assert "Review the estate." not in actions
    assert "1 other open action is due later or has no due date." in actions
    assert "All this board’s open actions in the action register" in actions


# Offers and answers put off.


def test_commitments_waiting_for_review_are_listed_until_decided(
    client: Client, follow_history: FollowHistory, monkeypatch: pytest.MonkeyPatch
) -> None:
    on(monkeypatch, Date(2025, 6, 1))  # the DPR review is due before the next meeting
    html = page(client)
    text = section(html, "commitments")
    assert BREAKDOWN in text and "An offer" in text
    assert "further analysis was needed to understand the increase in December" in text
    offer = Commitment.objects.get(kind=Commitment.OFFER)
    assert f'href="/meetings/{offer.meeting_id}/#point-{offer.point_id}"' in html

    staff = make_user()
    deferral = Commitment.objects.get(statement__contains="increase in December")
    dismiss(deferral.pk, by=staff)
    accept(offer.pk, by=staff, text="Provide a breakdown of 101 calls.", owner="CC", due=None)
    html = page(client)
    text = section(html, "commitments")
    assert "increase in December" not in text
    assert "Possible actions waiting for review" in text
    assert "An offer" not in text  # accepted: an action now, not a possible one
    assert "1 other open action is due later or has no due date." in section(html, "actions")


def test_commitments_are_public_but_reviewing_them_is_for_staff(
    client: Client, staff_client: Client, follow_history: FollowHistory
) -> None:
    assert BREAKDOWN in section(page(client), "commitments")
    assert 'href="/commitments/"' not in page(client).split('id="commitments"')[1]
    assert 'href="/commitments/"' in page(staff_client).split('id="commitments"')[1]


def test_answers_put_off_in_the_last_three_meetings(
    client: Client, follow_history: FollowHistory
) -> None:
    html = page(client)
    text = section(html, "commitments")
    assert "From the board’s last 3 meetings with a date: 20 March 2019, 19 February 2025" in text
    assert "The PCC asked about sickness among officers" in text
    assert "People" in text


def test_a_newer_meeting_moves_older_ones_out_of_the_window(
    client: Client, follow_history: FollowHistory
) -> None:
    store_record(make_record(date="2025-06-18"))
    text = section(page(client), "commitments")
    assert "From the board’s last 3 meetings with a date: 19 February 2025" in text
    assert "sickness among officers" not in text
    assert "No answer in these meetings was put off." in text
    assert BREAKDOWN not in text
    assert "1 more from the board’s other meetings is waiting for review." in text


# Figures that moved most.


def test_the_figures_that_moved_most_for_their_size_come_first(
    client: Client, follow_history: FollowHistory
) -> None:
    html = page(client)
    text = section(html, "figures")
    order = [text.index(name) for name in ("AFIs", "Premises", "Change in drug offences")]
    assert order == sorted(order)
    assert "five 19 February 2025 nine 28 May 2025 +4 +80%" in text
    assert "8.9% rise 19 February 2025 10.4% rise 28 May 2025 +1.5 percentage points +17%" in (text)
    assert "7.04 19 February 2025 6.8 28 May 2025 −0.24 days −3.4%" in text
    assert "Officers" not in text  # the 6th largest: 3,401.71 to 3,455.20 FTE, +1.6%
    afis = Series.objects.get(name="AFIs")
    assert f'href="/series/{afis.pk}/"' in html


def test_a_series_not_quoted_in_the_last_three_meetings_has_not_moved_lately(
    client: Client, follow_history: FollowHistory
) -> None:
    # Calls fell by 1,500 between December 2018 and March 2019, and were not quoted since.
    calls = Series.objects.get(board=follow_history.board, name="calls")
    assert calls.figures.order_by("-meeting__date").first().meeting == follow_history.march_2019
    assert f'href="/series/{calls.pk}/"' not in section(page(client), "figures")


# Priorities not examined lately.


def test_priorities_no_one_asked_about_in_the_last_three_meetings(
    client: Client, follow_history: FollowHistory
) -> None:
    html = page(client)
    text = section(html, "priorities")
    assert "PCSO Update 19 February 2025 Never" in text
    assert "Tackling Abuse, Exploitation and Violence 12 December 2018 12 December 2018" in text
    assert "Tackle violence against women and girls" not in text  # asked about in May 2025
    assert f'href="/boards/{SLUG}/coverage/?last=3"' in html


# Inspection findings.


def test_open_inspection_findings_and_the_latest_counts(
    client: Client, follow_history: FollowHistory
) -> None:
    html = page(client)
    text = section(html, "inspections")
    assert "Kent Police" in text
    assert "9 of 14 AFIs met, as reported on 28 May 2025" in text
    assert "Investigating Crime Area for improvement In progress" in text
    assert "Using problem-solving approaches effectively Recommendation Not stated" in text
    assert 'href="/inspections/kent-police/"' in html
    finding = Finding.objects.get(text="Investigating Crime")
    assert f'href="/inspections/kent-police/findings/{finding.pk}/"' in html

    update_finding(finding, "closed", "Signed off by HMICFRS.", make_user())
    text = section(page(client), "inspections")
    assert "Investigating Crime" not in text
    assert "Protecting Vulnerable People" in text
