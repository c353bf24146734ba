"""Following meetings' questions: grades, priorities, topics and candidate commitments stored,
idempotently, through ingestion and `scrutiny manage follow`."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from django.core.management import call_command

from factories import make_record, snapshot, store_record
from scrutiny.ingestion.follow_up import follow_again
from scrutiny.meetings.export import meeting_record
from scrutiny.meetings.models import Meeting
from scrutiny.questions.models import Commitment, Priority, PrioritySection, Question, Topic
from scrutiny.record import Item, Kind, Point, Section

pytestmark = pytest.mark.django_db


def _grades(meeting: Meeting) -> dict[str | None, int]:
    found: dict[str | None, int] = {}
    for grade in Question.objects.filter(meeting=meeting).values_list("grade", flat=True):
        found[grade] = found.get(grade, 0) + 1
    return found


def test_every_question_point_is_graded(follow_history: Any) -> None:
    # The seeds' grades are those tests/follow/test_answers.py reads from their gold records.
    assert _grades(follow_history.december_2018) == {"answered": 22, "partly": 1, None: 1}
    assert _grades(follow_history.february_2025) == {"answered": 15, "partly": 2}
    # March 2019 puts off both its answers; May 2025 answers both.
    assert _grades(follow_history.march_2019) == {"deferred": 2}
    assert _grades(follow_history.may_2025) == {"answered": 2}
    for meeting in (follow_history.march_2019, follow_history.may_2025):
        points = meeting.items.filter(sections__points__kind="question").count()
        assert Question.objects.filter(meeting=meeting).count() == points


def test_questions_know_their_asker_heading_and_topics(follow_history: Any) -> None:
    sickness = Question.objects.get(
        meeting=follow_history.march_2019, point__text__contains="sickness"
    )
    assert sickness.asker == "PCC"
    assert sickness.heading == "People"  # no section heading: the item's title
    assert sickness.item_number == "4"
    assert [t.slug for t in sickness.topics.all()] == ["sickness"]
    calls = Question.objects.get(meeting=follow_history.march_2019, point__text__contains="101")
    assert calls.heading == "Putting Victims First"
    assert [t.slug for t in calls.topics.all()] == ["contact"]
    angela = Question.objects.get(meeting=follow_history.may_2025, point__text__contains="Angela")
    assert [t.slug for t in angela.topics.all()] == ["vawg"]


def test_headings_across_meetings_are_one_priority(follow_history: Any) -> None:
    vawg = Question.objects.get(meeting=follow_history.may_2025, point__text__contains="Angela")
    earlier = Question.objects.get(
        meeting=follow_history.february_2025, point__text__contains="rape"
    )
    assert vawg.priority is not None and vawg.priority == earlier.priority
    assert vawg.priority.name == "Tackle violence against women and girls (VAWG)"
    # "Putting Victims First" in 2018 and 2019; "People" (an item without sections) likewise.
    victims = Priority.objects.get(board=follow_history.board, name="Putting Victims First")
    assert set(victims.questions.values_list("meeting", flat=True)) == {
        follow_history.december_2018.pk,
        follow_history.march_2019.pk,
    }
    # Every headed section is on its meeting's agenda under a priority, questioned or not.
    audit = Priority.objects.get(name="Internal and External Audit Functions")
    assert audit.questions.count() == 0
    assert PrioritySection.objects.filter(priority=audit).count() == 1
    # A headingless item without questions is no priority ("Welcome & Introduction").
    assert not Priority.objects.filter(name__startswith="Welcome").exists()


def test_march_2019_offer_is_a_pending_commitment(follow_history: Any) -> None:
    [offer] = Commitment.objects.filter(meeting=follow_history.march_2019)
    assert offer.kind == Commitment.OFFER
    assert offer.decision == Commitment.PENDING
    assert "she would provide a breakdown by division at the next meeting" in offer.statement
    assert offer.speaker == "CC"
    assert offer.item_number == "3"
    assert offer.point.text == offer.statement


def test_the_2025_seed_deferrals_are_listed_and_logged_offers_are_not(
    follow_history: Any,
) -> None:
    found = Commitment.objects.filter(meeting=follow_history.february_2025).order_by("point")
    assert [(c.kind, c.speaker, c.item_number, c.phrase) for c in found] == [
        (Commitment.DEFERRAL, "CC", "3", "further analysis was needed"),
        (Commitment.DEFERRAL, "CC", "3", "further analysis was needed"),
        (Commitment.DEFERRAL, "CC", "3", "work was underway to understand"),
    ]
    # Every offer in the seeds is already in their action logs.
    assert not Commitment.objects.filter(meeting=follow_history.december_2018).exists()
    assert not Commitment.objects.filter(meeting=follow_history.may_2025).exists()


def test_the_topics_table_follows_the_taxonomy_file(follow_history: Any) -> None:
    from scrutiny.follow.topics import taxonomy

    assert set(Topic.objects.values_list("slug", flat=True)) == {t.slug for t in taxonomy()}


def _questions_rows() -> dict[str, list[tuple[Any, ...]]]:
    # This app's rows only: the other follow-up steps have tests of their own.
    rows = {k: v for k, v in snapshot().items() if k.startswith("questions.")}
    rows["topic links"] = list(Question.topics.through.objects.order_by("pk").values_list())
    assert rows["questions.Question"] and rows["questions.Commitment"]
    return rows


def test_following_again_changes_nothing(follow_history: Any) -> None:
    before = _questions_rows()
    call_command("follow", verbosity=0)
    assert _questions_rows() == before
    for meeting in Meeting.objects.filter(is_current=True):
        follow_again(meeting)
    assert _questions_rows() == before


def test_following_again_keeps_decisions_and_mends_what_was_lost(follow_history: Any) -> None:
    offer = Commitment.objects.get(meeting=follow_history.march_2019)
    Commitment.objects.filter(pk=offer.pk).update(decision=Commitment.DISMISSED)
    Question.objects.filter(meeting=follow_history.may_2025).delete()
    Topic.objects.filter(slug="vawg").update(name="Renamed by hand")
    call_command("follow", verbosity=0)
    assert Commitment.objects.get(pk=offer.pk).decision == Commitment.DISMISSED
    assert Question.objects.filter(meeting=follow_history.may_2025).count() == 2
    assert Topic.objects.get(slug="vawg").name == "Violence against women and girls"


def test_meetings_stored_out_of_order_give_the_same_priorities(db: None) -> None:
    def record(date: str, heading: str) -> Any:
        return make_record(date=date, items=[_item(heading, "The PCC asked about knife crime.")])

    store_record(record("2025-05-28", "Tackle VAWG"))
    store_record(record("2025-02-19", "Tackle violence against women and girls (VAWG)"))
    [priority] = Priority.objects.all()
    assert priority.name == "Tackle VAWG"  # the latest meeting's wording
    assert priority.questions.count() == 2


def test_undated_and_boardless_meetings_are_graded_without_a_priority(db: None) -> None:
    text = "The PCC asked about burglary. The CC said it had fallen by 5%."
    boardless = store_record(make_record(board=None, date=None, items=[_item("X", text)])).meeting
    [question] = Question.objects.filter(meeting=boardless)
    assert question.grade == "answered"
    assert question.priority is None and question.heading == "X"
    assert [t.slug for t in question.topics.all()] == ["burglary"]
    undated = store_record(make_record(date=None, items=[_item("Burglary", text)])).meeting
    [dated] = Question.objects.filter(meeting=undated)
    assert dated.priority is not None and dated.priority.name == "Burglary"


def test_a_new_version_carries_staff_decisions_over(db: None, django_user_model: Any) -> None:
    offer = "The CC said she would provide a breakdown of the figures at the next meeting."
    deferral = "The CC said further analysis was needed to explain the rise."
    first = store_record(make_record(items=[_item("Delivery", offer, deferral, kind="statement")]))
    officer = django_user_model.objects.create_user("officer", is_staff=True)
    Commitment.objects.filter(meeting=first.meeting).update(
        decision=Commitment.DISMISSED, decided_by=officer
    )
    # The offer reworded by a letter; the deferral rewritten.
    changed = [
        offer.replace("figures", "figure"),
        "The CC explained that work was underway to understand the reasons for the rise.",
    ]
    second = store_record(
        make_record(items=[_item("Delivery", *changed, kind="statement")], venue="Online")
    ).meeting
    assert second.version == 2
    kept = Commitment.objects.get(meeting=second, kind=Commitment.OFFER)
    assert kept.decision == Commitment.DISMISSED and kept.decided_by == officer
    fresh = Commitment.objects.get(meeting=second, kind=Commitment.DEFERRAL)
    assert fresh.decision == Commitment.PENDING
    # The replaced version's rows stay, as history.
    assert Commitment.objects.filter(meeting=first.meeting).count() == 2


def test_a_point_offering_and_deferring_is_one_commitment(db: None) -> None:
    text = "The CC said further analysis was needed and she would provide an update."
    meeting = store_record(make_record(items=[_item("Delivery", text, kind="statement")])).meeting
    [commitment] = Commitment.objects.filter(meeting=meeting)
    assert commitment.kind == Commitment.OFFER


def test_the_record_and_the_rows_must_agree(db: None) -> None:
    from scrutiny.questions.alignment import Misaligned
    from scrutiny.questions.services import follow_questions

    meeting = store_record(make_record()).meeting
    record = meeting_record(meeting)
    record.items = [*record.items, _item("Extra", "The PCC asked about fraud.")]
    with pytest.raises(Misaligned):
        follow_questions(meeting, record)
    shorter = replace(record, items=record.items[:1])
    with pytest.raises(Misaligned):
        follow_questions(meeting, shorter)


def _item(heading: str, *texts: str, kind: Kind = "question") -> Item:
    points = [Point(t, kind, ["PCC", "CC"] if kind == "question" else ["CC"]) for t in texts]
    return Item("3", "Delivery & Performance", None, [], [Section(heading, points)])


def test_an_accepted_commitment_and_its_action_move_to_a_new_version(
    db: None, django_user_model: Any
) -> None:
    from scrutiny.actions.models import Action
    from scrutiny.questions.decisions import accept

    offer = "The CC said she would provide a breakdown of the figures at the next meeting."
    items = [_item("Delivery", offer, kind="statement")]
    first = store_record(make_record(items=items)).meeting
    officer = django_user_model.objects.create_user("officer", is_staff=True)
    pending = Commitment.objects.get(meeting=first)
    action = accept(pending.pk, by=officer, text="Breakdown", owner="CC", due=None)
    second = store_record(make_record(items=items, venue="Online")).meeting
    carried = Commitment.objects.get(meeting=second)
    assert carried.decision == Commitment.ACCEPTED and carried.action_id == action.pk
    assert Action.objects.get(pk=action.pk).meeting_id == second.pk


def test_a_superseded_versions_commitments_cannot_be_decided(
    db: None, django_user_model: Any
) -> None:
    from scrutiny.questions.decisions import AlreadyDecided, dismiss

    offer = "The CC said she would provide a breakdown of the figures at the next meeting."
    items = [_item("Delivery", offer, kind="statement")]
    first = store_record(make_record(items=items)).meeting
    store_record(make_record(items=items, venue="Online"))
    officer = django_user_model.objects.create_user("officer", is_staff=True)
    with pytest.raises(AlreadyDecided):
        dismiss(Commitment.objects.get(meeting=first).pk, by=officer)
