"""Who asks (the commissioner's side) and what a question is about (its own words first)."""

from __future__ import annotations

from scrutiny.extract.speakers import Cast
from scrutiny.follow.topics import topics_of
from scrutiny.questions.askers import asker_labels, asker_of
from scrutiny.questions.services import asked
from scrutiny.record import MeetingRecord, Person, Point

OFFICE = "Office of the Police, Fire and Crime Commissioner for Northamptonshire"


def test_the_board_side_is_the_meetings_own_office() -> None:
    record = MeetingRecord(
        organisation=OFFICE,
        attendees=[
            Person("Stephen Mold", "Police, Fire and Crime Commissioner", "PFCC", OFFICE),
            Person("Paul Fell", "Monitoring Officer", "PF", OFFICE),
            Person("Nick Adderley", "Chief Constable", "CC", "Northamptonshire Police"),
            # The force's own finance officer answers; the office's would ask.
            Person("Vaughan Ashcroft", "Chief Finance Officer", "CFO", "Northamptonshire Police"),
        ],
    )
    askers = asker_labels(record)
    assert {"PFCC", "PF"} <= askers
    assert "CC" not in askers and "CFO" not in askers


def test_an_office_named_otherwise_is_still_the_board_side() -> None:
    record = MeetingRecord(
        organisation="Kent PCC",
        attendees=[
            Person("Jane Carter", None, "JC", "Office of the Police and Crime Commissioner")
        ],
    )
    assert "JC" in asker_labels(record)


def test_without_an_attendance_list_the_commissioners_roles_ask() -> None:
    askers = asker_labels(MeetingRecord())
    assert {"PCC", "PFCC", "CE", "CFO", "DPCC"} <= askers
    assert not {"CC", "DCC", "ACC"} & askers


def test_the_asker_is_the_first_board_speaker() -> None:
    point = Point("The CC noted ... The CE asked ...", "question", ["CC", "CE", "PCC"])
    assert asker_of(point, {"PCC", "CE"}) == "CE"
    assert asker_of(Point("The CC said.", "question", ["CC"]), {"PCC"}) is None


def test_a_question_is_about_what_it_asks_not_what_the_reply_mentions() -> None:
    text = (
        "The PCC asked about the capacity of the MSHT team. The CC said funding for the "
        "team's retention payments was secure."
    )
    point = Point(text, "question", ["PCC", "CC"])
    question = asked(point, {"PCC"}, Cast())
    assert question.startswith("The PCC asked") and "funding" not in question
    assert [t.slug for t in topics_of(question)] == ["child-exploitation"]
    # With no reply recorded, the whole point is the question.
    alone = Point("The PCC asked about burglary.", "question", ["PCC"])
    assert asked(alone, {"PCC"}, Cast()) == alone.text
