"""Following meetings into the inspections register: one board's history, re-following,
superseded versions, meetings out of order, hand edits against later notes."""

from __future__ import annotations

from datetime import date as Date
from typing import Any

import pytest
from django.core.management import call_command

from conftest import FollowHistory
from factories import make_record, make_user, store_record
from scrutiny.ingestion.follow_up import follow_again
from scrutiny.inspections.models import (
    Discussion,
    Finding,
    FindingChange,
    FindingMention,
    Inspection,
    Tally,
)
from scrutiny.inspections.register import add_finding, update_finding
from scrutiny.inspections.services import follow_inspections
from scrutiny.meetings.export import meeting_record
from scrutiny.record import Item, Point, Section, Where

pytestmark = pytest.mark.django_db

PEEL = "2023/25 peel"


def _register() -> dict[str, list[tuple[Any, ...]]]:
    """The register's content, without the keys of rows remade on each follow."""
    return {
        "inspections": sorted(Inspection.objects.values_list("pk", "force__name", "title", "key")),
        "discussions": sorted(
            Discussion.objects.values_list("inspection_id", "meeting_id", "point_id", "title")
        ),
        "tallies": sorted(
            Tally.objects.values_list(
                "inspection_id",
                "meeting_id",
                "point_id",
                "kind",
                "count",
                "total",
                "status",
                "subject",
            )
        ),
        "findings": sorted(
            Finding.objects.values_list(
                "pk", "inspection_id", "kind", "text", "status", "evidence", "last_discussed_id"
            )
        ),
        "mentions": sorted(
            FindingMention.objects.values_list("finding_id", "meeting_id", "status", "statement")
        ),
    }


def _inspections_item(*texts: str, heading: str | None = None) -> Item:
    points = [Point(t, "statement", ["DCC"], Where(line=70 + n)) for n, t in enumerate(texts)]
    return Item("4", "Inspections, Audits & Reviews", sections=[Section(heading, points)])


def test_the_peel_afis_from_february_to_may(follow_history: FollowHistory) -> None:
    peel = Inspection.objects.get(key=PEEL)
    assert peel.force is not None and peel.force.name == "Kent Police"
    assert peel.title == "PEEL 2023/25 - An inspection of Kent Police"
    tallies = list(peel.tallies.filter(subject="").order_by("meeting__date"))
    assert [(t.meeting.date, t.count, t.total, t.status, t.met) for t in tallies] == [
        (Date(2025, 2, 19), 5, 14, "met", 5),
        (Date(2025, 5, 28), 9, 14, "met", 9),
    ]
    february, may = tallies
    assert february.meeting == follow_history.february_2025
    assert may.meeting == follow_history.may_2025
    assert may.statement == "The DCC advised that nine of the 14 PEEL AFIs had now been met."
    assert may.point is not None and may.point.section.item.meeting == may.meeting
    group = peel.tallies.get(subject="Responding to the Public")
    assert (group.count, group.total, group.status) == (3, 4, "closed")


def test_the_cdi_reinspection_from_2018(follow_history: FollowHistory) -> None:
    cdi = Inspection.objects.get(key="cdi")
    assert cdi.force is not None and cdi.force.name == "Kent Police"
    [discussion] = cdi.discussions.all()
    assert discussion.meeting == follow_history.december_2018
    assert "Crime Data Integrity (CDI) re-inspection" in discussion.title
    assert discussion.point is not None and discussion.point.section.item.number == "3"


def test_named_findings_carry_their_status_and_last_meeting(
    follow_history: FollowHistory,
) -> None:
    finding = Finding.objects.get(text="Protecting Vulnerable People")
    assert (finding.kind, finding.status) == ("afi", "in progress")
    assert finding.last_discussed == follow_history.february_2025
    assert finding.evidence == ""  # not closed: no evidence for closure


def test_following_every_meeting_again_changes_nothing(follow_history: FollowHistory) -> None:
    before = _register()
    call_command("follow", verbosity=0)
    assert _register() == before
    call_command("follow", verbosity=0)
    assert _register() == before


def test_a_new_version_replaces_the_old_ones_rows() -> None:
    first = store_record(
        make_record(
            items=[
                _inspections_item(
                    "Of the 12 recommendations, nine have been discharged.",
                    heading="HMICFRS Vetting inspection",
                )
            ]
        )
    ).meeting
    assert Tally.objects.get().meeting == first
    second = store_record(
        make_record(
            items=[
                _inspections_item(
                    "Of the 12 recommendations, ten have been discharged.",
                    heading="HMICFRS Vetting inspection",
                )
            ]
        )
    ).meeting
    first.refresh_from_db()
    assert not first.is_current
    [tally] = Tally.objects.all()
    assert (tally.meeting, tally.count) == (second, 10)
    assert Discussion.objects.get().meeting == second


def test_a_report_no_current_meeting_discusses_goes() -> None:
    store_record(make_record(items=[_inspections_item("x", heading="HMICFRS Vetting inspection")]))
    assert Inspection.objects.count() == 1
    store_record(make_record(items=[_inspections_item("Nothing on inspections.")]))
    assert Inspection.objects.count() == 0


def test_meetings_followed_out_of_order_agree() -> None:
    def later() -> Any:
        return make_record(
            date="2025-06-01",
            items=[
                _inspections_item(
                    "The recommendation on vetting backlogs remains open.",
                    heading="HMICFRS Vetting inspection",
                )
            ],
        )

    def earlier() -> Any:
        return make_record(
            date="2025-01-01",
            items=[
                _inspections_item(
                    "The recommendation on vetting backlogs had been discharged.",
                    heading="HMICFRS Vetting inspection",
                )
            ],
        )

    store_record(later())
    store_record(earlier())
    finding = Finding.objects.get()
    assert finding.status == "open"
    assert finding.last_discussed is not None and finding.last_discussed.date == Date(2025, 6, 1)


def test_closed_in_the_notes_keeps_the_sentence_as_evidence() -> None:
    meeting = store_record(
        make_record(
            items=[
                _inspections_item(
                    "The DCC said the AFI relating to crime recording was now complete.",
                    heading="PEEL 2021/22",
                )
            ]
        )
    ).meeting
    finding = Finding.objects.get()
    assert finding.status == "complete"
    assert finding.evidence == "The DCC said the AFI relating to crime recording was now complete."
    assert finding.evidence_point is not None
    assert finding.evidence_point.section.item.meeting == meeting


def test_a_hand_edit_stands_until_a_later_meeting_reports(follow_history: FollowHistory) -> None:
    user = make_user()
    finding = Finding.objects.get(text="Protecting Vulnerable People")
    update_finding(finding, "closed", "Protective orders audit, June 2025", user)
    finding.refresh_from_db()
    assert (finding.status, finding.evidence) == ("closed", "Protective orders audit, June 2025")
    follow_again(follow_history.february_2025)
    finding.refresh_from_db()
    assert finding.status == "closed"  # the hand edit is later than the February notes
    [change] = FindingChange.objects.all()
    assert (change.by, change.what) == (
        user,
        "Status: in progress → closed; evidence for closure changed",
    )


def test_a_finding_added_by_hand_survives_following(follow_history: FollowHistory) -> None:
    peel = Inspection.objects.get(key=PEEL)
    finding = add_finding(peel, "afi", "Fraud capability", "open", "", make_user())
    call_command("follow", verbosity=0)
    finding.refresh_from_db()
    assert (finding.origin, finding.status, finding.last_discussed) == ("hand", "open", None)
    assert finding.changes.get().what == "Added, status: open"


def test_an_undated_meeting_with_no_board(db: None) -> None:
    record = make_record(
        board=None,
        date=None,
        items=[
            _inspections_item(
                "Of the 12 recommendations, nine have been discharged.",
                heading="HMICFRS Vetting inspection",
            )
        ],
    )
    meeting = store_record(record).meeting
    follow_inspections(meeting, meeting_record(meeting))
    tally = Tally.objects.get()
    assert (tally.count, tally.total, tally.inspection.force.name) == (9, 12, "Kent Police")


def test_a_report_named_for_another_force_is_that_forces() -> None:
    store_record(
        make_record(
            items=[
                _inspections_item(
                    "Five of the 9 AFIs had been closed.",
                    heading="PEEL 2023/25: An inspection of Essex Police",
                )
            ]
        )
    )
    assert Inspection.objects.get().force.name == "Essex Police"


def test_peel_without_years_joins_the_forces_peel_with_them(follow_history: FollowHistory) -> None:
    store_record(
        make_record(
            date="2025-09-17",
            items=[_inspections_item("The DCC said 12 of the 14 PEEL AFIs had now been met.")],
        )
    )
    peel = Inspection.objects.get(key=PEEL)
    assert peel.tallies.filter(subject="").count() == 3
    assert not Inspection.objects.filter(key="peel").exists()
