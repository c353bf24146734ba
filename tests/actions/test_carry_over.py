"""A corrected version of a meeting's notes keeps what became of its actions and of the
actions its discharged list closed."""

from __future__ import annotations

from datetime import date as Date
from pathlib import Path
from typing import Any

import pytest

from factories import make_user
from scrutiny.actions.models import Action, ActionUpdate, ClosureCandidate
from scrutiny.actions.services import decide_closure, update_action
from scrutiny.ingestion.services import ingest
from scrutiny.meetings.export import meeting_record
from scrutiny.meetings.models import Meeting

pytestmark = pytest.mark.django_db

HISTORY = Path(__file__).parents[1] / "data" / "history"
MARCH = HISTORY / "2019-03-20-performance-delivery.txt"


def _corrected_march() -> Meeting:
    """March 2019's notes again, with the venue corrected: a new version of the meeting."""
    text = MARCH.read_text().replace("Sutton Road, Maidstone", "Sutton Road, Maidstone ME15 9BZ")
    result = ingest(text.encode(), "2019-03-20-corrected.txt")
    assert result.outcome == "superseded"
    return result.meeting


def test_a_corrected_closing_meeting_keeps_the_closures(follow_history: Any) -> None:
    corrected = _corrected_march()
    turnover = Action.objects.get(meeting__is_current=True, text__icontains="turnover")
    assert turnover.state == Action.CLOSED
    assert turnover.closed_by == corrected
    assert turnover.closing_note == "paper circulated to members"
    (update,) = turnover.updates.all()
    assert update.by_meeting == corrected
    # The reworded line still waits on review, once, now as the new version's line.
    (candidate,) = ClosureCandidate.objects.filter(decision=ClosureCandidate.PENDING)
    assert candidate.discharged.meeting == corrected
    assert "assaulted" in candidate.action.text


def test_a_rejected_match_is_not_proposed_again_by_a_corrected_version(
    follow_history: Any,
) -> None:
    staff = make_user("officer", staff=True)
    candidate = ClosureCandidate.objects.get(decision=ClosureCandidate.PENDING)
    decide_closure(candidate, staff, confirm=False)
    _corrected_march()
    assert not ClosureCandidate.objects.filter(decision=ClosureCandidate.PENDING).exists()
    candidate.refresh_from_db()
    assert candidate.decision == ClosureCandidate.REJECTED


def test_a_corrected_version_keeps_its_actions_updates(follow_history: Any) -> None:
    """The DPR review was given a new date by staff; corrected February notes keep it."""
    staff = make_user("officer", staff=True)
    dpr = Action.objects.get(meeting=follow_history.february_2025, text__icontains="DPR")
    update_action(dpr, staff, revised_due=Date(2025, 12, 1), note="Review delayed")
    seed = Path(follow_history.february_2025.source.file.path).read_text()
    corrected = ingest(
        seed.replace("County Room", "Council Chamber").encode(), "february-corrected.txt"
    ).meeting
    assert corrected.pk != follow_history.february_2025.pk
    now = Action.objects.get(meeting=corrected, text__icontains="DPR")
    assert now.revised_due == Date(2025, 12, 1)
    assert now.state == Action.OPEN
    assert [u.note for u in now.updates.all()] == ["Review delayed"]
    assert now.owner_organisation is not None and now.owner_organisation.name == "Kent Police"
    assert not ActionUpdate.objects.filter(action__meeting=follow_history.february_2025).exists()


def test_an_accepted_commitment_moves_to_the_new_version_and_never_into_the_record(
    follow_history: Any,
) -> None:
    february = follow_history.february_2025
    record_before = meeting_record(february).to_dict()
    Action.objects.create(
        meeting=february,
        position=1,
        text="Provide a breakdown of retail crime by district",
        owner="CC",
        origin=Action.FROM_COMMITMENT,
        item_number="3",
    )
    assert meeting_record(february).to_dict() == record_before
    seed = Path(february.source.file.path).read_text()
    corrected = ingest(
        seed.replace("County Room", "Council Chamber").encode(), "february-corrected.txt"
    ).meeting
    accepted = Action.objects.get(origin=Action.FROM_COMMITMENT)
    assert accepted.meeting == corrected
    assert accepted.item is not None and accepted.item.meeting == corrected
    assert accepted.position == corrected.actions.filter(origin=Action.FROM_RECORD).count()
    assert accepted.owner_organisation is not None
    assert accepted.owner_organisation.name == "Kent Police"
    assert [a["text"] for a in meeting_record(corrected).to_dict()["actions"]] == [
        a["text"] for a in record_before["actions"]
    ]
