"""The inspections reader: reports, their keys, tallies of findings and named findings, in the
many ways boards' notes word them."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from follow.records import gold_record
from scrutiny.follow.inspection_findings import counts, named
from scrutiny.follow.inspection_mentions import meeting_force, reports_in_text
from scrutiny.follow.inspection_reports import (
    clean_title,
    force_named,
    heading_report,
    report_key,
    same_report,
)
from scrutiny.follow.inspection_statuses import is_done, status_of
from scrutiny.follow.inspections import read_inspections
from scrutiny.record import Item, MeetingRecord, Person, Point, Section, Where

OFFICE = "Office of the Police, Fire and Crime Commissioner for Northamptonshire"


def _record(
    points: list[str],
    heading: str | None = None,
    title: str = "HMICFRS Inspections",
    attendees: list[Person] | None = None,
    organisation: str | None = OFFICE,
) -> MeetingRecord:
    return MeetingRecord(
        organisation=organisation,
        attendees=attendees or [],
        items=[
            Item(
                "5",
                title,
                sections=[
                    Section(
                        heading,
                        [Point(t, "statement", [], Where(line=n)) for n, t in enumerate(points)],
                    )
                ],
            )
        ],
    )


# Counts -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "kind", "count", "total", "status"),
    [
        (
            "The ACC advised that five of the 14 AFIs had now been met by the Force.",
            "afi",
            5,
            14,
            "met",
        ),
        ("The DCC advised that nine of the 14 PEEL AFIs had now been met.", "afi", 9, 14, "met"),
        (
            "Of the 12 recommendations, nine have been discharged.",
            "recommendation",
            9,
            12,
            "discharged",
        ),
        (
            "The DCC confirmed the Force had closed two of the three causes of concern.",
            "cause of concern",
            2,
            3,
            "closed",
        ),
        (
            "Of the eight recommendations, the ACC reported one had been met through training.",
            "recommendation",
            1,
            8,
            "met",
        ),
        ("Seven out of 10 recommendations were now complete.", "recommendation", 7, 10, "complete"),
        ("Three recommendations remain open.", "recommendation", 3, None, "open"),
        ("There were nine outstanding areas for improvement.", "afi", 9, None, "outstanding"),
        ("All 11 areas for improvement (AFIs) had been signed off.", "afi", 11, 11, "signed off"),
        (
            "Twenty-one of the 26 recommendations have been implemented.",
            "recommendation",
            21,
            26,
            "implemented",
        ),
        ("4 of 6 AFIs were closed in March, the Chief Constable said.", "afi", 4, 6, "closed"),
        ("The Force had completed 3 of its 5 recommendations.", "recommendation", 3, 5, "complete"),
    ],
)
def test_counts(sentence: str, kind: str, count: int, total: int | None, status: str) -> None:
    [found] = counts(sentence)
    assert (found.kind, found.count, found.total, found.status) == (kind, count, total, status)


def test_a_count_within_a_named_group_keeps_the_group() -> None:
    sentence = (
        "He further emphasised work undertaken in response to the four 'Responding to the "
        "Public' AFIs which had allowed three to be closed."
    )
    [found] = counts(sentence)
    assert (found.count, found.total, found.status) == (3, 4, "closed")
    assert found.subject == "Responding to the Public"


def test_a_count_names_its_report_by_acronym() -> None:
    [found] = counts("Nine of the 14 PEEL AFIs had now been met.")
    assert found.report_hint == "PEEL"


@pytest.mark.parametrize(
    "sentence",
    [
        "HMICFRS made 14 recommendations in its report.",  # a total, nothing met yet
        "Of the 14 AFIs, the DCC gave an overview.",
        "The ACC met with five of the 14 forces in the region.",
        "The PEEL 2023/25 report was published in April.",
        "Recommendation 3 of 2019/20 was discussed.",
    ],
)
def test_no_count_where_none_is_reported(sentence: str) -> None:
    assert counts(sentence) == []


# Named findings -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "kind", "name", "status"),
    [
        (
            "The DCC said the recommendation on vetting backlogs remains open.",
            "recommendation",
            "vetting backlogs",
            "open",
        ),
        (
            "The ACC reported that the AFI relating to crime recording was now complete.",
            "afi",
            "crime recording",
            "complete",
        ),
        (
            "For the 'Protecting Vulnerable People' AFI, the ACC noted work was underway.",
            "afi",
            "Protecting Vulnerable People",
            "in progress",
        ),
        (
            "The cause of concern regarding missing children had been formally closed.",
            "cause of concern",
            "missing children",
            "closed",
        ),
        (
            "Recommendation 3 (custody healthcare) had been discharged.",
            "recommendation",
            "Recommendation 3 (custody healthcare)",
            "discharged",
        ),
        ("AFI 2 remained outstanding.", "afi", "AFI 2", "outstanding"),
    ],
)
def test_named(sentence: str, kind: str, name: str, status: str) -> None:
    [found] = named(sentence)
    assert (found.kind, found.name, found.status) == (kind, name, status)


def test_findings_listed_in_one_sentence() -> None:
    sentence = (
        "Areas for improvement (AFIs) included timeliness of the National Mobilisation Plan, "
        "training of public order public safety (POPS) officers and engagement with the "
        "National Police Wellbeing Service."
    )
    assert [f.name for f in named(sentence)] == [
        "timeliness of the National Mobilisation Plan",
        "training of public order public safety (POPS) officers",
        "engagement with the National Police Wellbeing Service",
    ]
    assert {f.status for f in named(sentence)} == {None}


def test_a_counted_group_is_not_also_named() -> None:
    assert named("The four 'Investigating Crime' AFIs had allowed three to be closed.") == []


@pytest.mark.parametrize(
    ("words", "status", "done"),
    [
        ("met", "met", True),
        ("achieved", "met", True),
        ("Completed", "complete", True),
        ("signed-off", "signed off", True),
        ("remains open", "open", False),
        ("under way", "in progress", False),
        ("ongoing", "in progress", False),
    ],
)
def test_statuses(words: str, status: str, done: bool) -> None:
    assert status_of(words) == status
    assert is_done(status_of(words)) is done


# Reports, keys and forces -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Update on PEEL 2023/25 - An inspection of Kent Police", "PEEL 2023-25"),
        ("HMICFRS PEEL inspection 2023/2025", "PEEL 2023/25: An inspection of Kent Police"),
        (
            "HMICFRS Crime Data Integrity (CDI) re-inspection",
            "the HMICFRS CDI re-inspection report",
        ),
        (
            "HMICFRS publication – The policing response to anti-social behaviour",
            "HMICFRS report: the policing response to antisocial behaviour",
        ),
        (
            "Her Majesty’s Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) "
            "Crime Data Integrity inspection",
            "CDI inspection update",
        ),
    ],
)
def test_one_report_worded_two_ways_has_one_key(a: str, b: str) -> None:
    assert report_key(a) == report_key(b)
    assert report_key(a)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("PEEL", "PEEL 2023/25", True),
        ("PEEL 2021/22", "PEEL 2023/25", False),
        ("PEEL", "PEEL spotlight report", False),
        ("Integrated PEEL inspection", "PEEL 2023/25", False),
        ("CDI re-inspection", "Crime Data Integrity", True),
    ],
)
def test_same_report(a: str, b: str, same: bool) -> None:
    assert same_report(report_key(a), report_key(b)) is same


@pytest.mark.parametrize(
    ("title", "force"),
    [
        ("Update on PEEL 2023/25 - An inspection of Kent Police", "Kent Police"),
        (
            "PEEL 2021/22: An inspection of Avon and Somerset Constabulary",
            "Avon and Somerset Constabulary",
        ),
        ("An inspection of the Metropolitan Police Service", "Metropolitan Police Service"),
        ("An inspection of the police response to public disorder", None),
        ("Kent Police and Crime Commissioner's response to HMICFRS", None),
        ("National Police Wellbeing Service", None),
    ],
)
def test_force_named_in_a_title(title: str, force: str | None) -> None:
    assert force_named(title) == force


@pytest.mark.parametrize(
    "heading",
    [
        "Inspections, Audits & Reviews",
        "Internal and External Audit Functions",
        "Putting Victims First",
        None,
    ],
)
def test_headings_that_are_no_report(heading: str | None) -> None:
    assert heading_report(heading) is None


def test_a_heading_report_loses_its_update_prefix() -> None:
    found = heading_report("Update on PEEL 2023/25 - An inspection of Kent Police")
    assert found is not None
    assert found.title == "PEEL 2023/25 - An inspection of Kent Police"
    assert found.force == "Kent Police"
    assert clean_title("update: HMICFRS vetting inspection.") == "HMICFRS vetting inspection"


@pytest.mark.parametrize(
    ("sentence", "titles"),
    [
        (
            "In relation to Her Majesty’s Inspectorate of Constabulary and Fire & Rescue "
            "Services (HMICFRS) Crime Data Integrity (CDI) re-inspection, the CC said the Force "
            "was awaiting the results.",
            ["HMICFRS Crime Data Integrity (CDI) re-inspection"],
        ),
        ("The ACC outlined the PEEL spotlight report.", ["PEEL spotlight report"]),
        (
            "HMICFRS's PEEL 2021/22 inspection graded the Force 'good' for preventing crime.",
            ["HMICFRS PEEL 2021/22 inspection"],
        ),
        (
            "The DCC summarised the HMICFRS report into vetting and counter-corruption, which "
            "made four recommendations.",
            ["HMICFRS report into vetting and counter-corruption"],
        ),
        ("It could be included in the next PEEL inspection.", []),
        ("The PCC commended the work since the last inspection.", []),
        ("The Chief Constable's report on overtime was noted.", []),
        ("The ACC presented the Force's inspection of custody suites.", []),
    ],
)
def test_reports_named_in_text(sentence: str, titles: list[str]) -> None:
    assert [r.title for r in reports_in_text(sentence)] == titles


def test_the_force_is_the_attending_organisation_that_is_not_the_office() -> None:
    attendees = [
        Person("Stephen Mold", "PFCC", "PFCC", OFFICE),
        Person("Ivan Balhatchet", "Chief Constable", "CC", "Northamptonshire Police"),
        Person("Simon Nickless", "Deputy Chief Constable", "DCC", "Northamptonshire Police"),
        Person("Jo Smith", "Director", None, "Northamptonshire County Council"),
    ]
    assert meeting_force(_record([], attendees=attendees)) == "Northamptonshire Police"


def test_without_attendees_the_force_is_the_one_named_for_the_office_area() -> None:
    record = _record(
        [
            "The CC said Northamptonshire Police had met its target, unlike Leicestershire Police.",
            "Northamptonshire Police would report in June.",
        ]
    )
    assert meeting_force(record) == "Northamptonshire Police"
    assert meeting_force(_record(["Nothing named."])) is None


# Whole meetings -----------------------------------------------------------------------------


def test_a_heading_report_owns_every_count_in_its_section() -> None:
    record = _record(
        ["The DCC said the Force had closed two of the three causes of concern."],
        heading="HMICFRS PEEL 2021/22 – Northamptonshire Police",
    )
    reading = read_inspections(record)
    [tally] = reading.tallies
    assert tally.report is not None and tally.report.key == "2021/22 peel"
    assert tally.report.force == "Northamptonshire Police"
    assert tally.evidence.place.item == "5" and tally.evidence.place.where == Where(line=0)


def test_a_report_named_in_a_point_owns_the_rest_of_the_point_only() -> None:
    record = _record(
        [
            "The HMICFRS vetting inspection was discussed. Of the 12 recommendations, nine have "
            "been discharged.",
            "Of the six recommendations, two had been met.",
        ]
    )
    reading = read_inspections(record)
    assert [m.report.title for m in reading.mentions] == ["HMICFRS vetting inspection"]
    first, second = reading.tallies
    assert first.report is not None and first.report.key == "vetting"
    assert (first.count, first.total) == (9, 12)
    assert second.report is None and second.evidence.place.point_index == 1


def test_the_2025_seed() -> None:
    reading = read_inspections(gold_record(1))
    assert reading.force == "Kent Police"
    tallies = {(t.report.key if t.report else None, t.subject): t for t in reading.tallies}
    peel = tallies[("2023/25 peel", None)]
    assert (peel.kind, peel.count, peel.total, peel.status) == ("afi", 5, 14, "met")
    assert peel.evidence.place.item == "4"
    assert peel.evidence.place.section == "Update on PEEL 2023/25 - An inspection of Kent Police"
    group = tallies[("2023/25 peel", "Responding to the Public")]
    assert (group.count, group.total, group.status) == (3, 4, "closed")
    asb = tallies[("asb policing response", None)]
    assert (asb.kind, asb.count, asb.total, asb.status) == ("recommendation", 1, 8, "met")
    titles = [m.report.title for m in reading.mentions]
    assert titles[0] == "HMICFRS publication – The policing response to anti-social behaviour"
    assert "PEEL 2023/25 - An inspection of Kent Police" in titles
    named_afis = {f.name: f.status for f in reading.findings if f.kind == "afi"}
    assert named_afis["Protecting Vulnerable People"] == "in progress"
    assert named_afis["timeliness of the National Mobilisation Plan"] is None


def test_the_2018_seed() -> None:
    reading = read_inspections(gold_record(0))
    keys = [m.report.key for m in reading.mentions]
    assert keys[0] == "cdi"
    assert reading.mentions[0].evidence.place.item == "3"
    assert {"integrated peel", "counter terrorism"} <= set(keys)
    assert reading.tallies == []


def test_reading_is_fast() -> None:
    record = gold_record(1)
    started = time.perf_counter()
    for _ in range(20):
        read_inspections(record)
    assert (time.perf_counter() - started) / 20 < 0.05


@pytest.mark.parametrize(
    "text",
    [
        "The HMICFRS " + "Big Word " * 3000 + "report",
        "HMICFRS PEEL report " * 2000,
        "five of the 14 AFIs had now been met " * 500,
        "the recommendation on " + "x " * 3000 + "remains open",
        "five of the 14 " + "A " * 5000 + "AFIs",
        "AFIs included " + "a, " * 5000,
    ],
)
def test_run_on_text_is_read_quickly(text: str) -> None:
    started = time.perf_counter()
    read_inspections(_record([text], heading="HMICFRS PEEL 2023/25"))
    read_inspections(_record([text]))
    assert time.perf_counter() - started < 2


_WORDS = [
    "of the ",
    "AFIs ",
    "recommendation ",
    "had been met ",
    "HMICFRS ",
    "inspection ",
    "five ",
    "'Crime' ",
    "the ",
    "relating to ",
    "remains open",
    "including ",
    "report ",
    "14 ",
    "(",
    ")",
    ", ",
    "; ",
    ". ",
    "’",
    "PEEL ",
    "Kent Police ",
]
_TEXT = st.lists(
    st.sampled_from(_WORDS) | st.text(alphabet="abcAFIPEL0123456789 '‘’()/-.,;:", max_size=8),
    max_size=40,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(texts=st.lists(_TEXT, max_size=4), heading=st.none() | _TEXT, title=_TEXT)
def test_never_crashes(texts: list[str], heading: str | None, title: str) -> None:
    reading = read_inspections(_record(texts, heading=heading, title=title))
    for tally in reading.tallies:
        assert tally.count >= 0
