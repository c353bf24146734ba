"""Attendance lists in the styles offices use. Names here are invented."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scrutiny.extract.attendance import parse_attendance
from scrutiny.extract.organisation import find_organisation
from scrutiny.extract.people import parse_person
from scrutiny.record import Person

PFCC = "Police, Fire and Crime Commissioner"


def people(found: list[Person]) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(p.name, p.role, p.abbreviation, p.organisation) for p in found]


# --- parse_person ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "role", "abbreviation"),
    [
        # Name, role, abbreviation, no separator: split by the role vocabulary.
        (
            "- Anna Holt Police and Crime Commissioner (PCC)",
            "Anna Holt",
            "Police and Crime Commissioner",
            "PCC",
        ),
        (
            "Owen Grant – Deputy Chief Constable (DCC)",
            "Owen Grant",
            "Deputy Chief Constable",
            "DCC",
        ),
        ("Owen Grant - Chief Finance Officer", "Owen Grant", "Chief Finance Officer", "CFO"),
        # Role abbreviation first, then the name, then the person's initials.
        ("PFCC Sarah Lomax (SL)", "Sarah Lomax", PFCC, "SL"),
        ("Chief Constable Ravi Patel (RP)", "Ravi Patel", "Chief Constable", "RP"),
        ("Sarah Lomax, Police, Fire and Crime Commissioner", "Sarah Lomax", PFCC, "PFCC"),
        ("Leo Marsh (CE)", "Leo Marsh", "Chief Executive", "CE"),
        ("Leo Marsh (LM)", "Leo Marsh", None, "LM"),  # initials, not a role
        ("Mark Dunn (Chief Executive)", "Mark Dunn", "Chief Executive", "CE"),
        ("Mark Dunn PFCC", "Mark Dunn", PFCC, "PFCC"),
        ("Chief Executive – Mark Dunn", "Mark Dunn", "Chief Executive", "CE"),
        ("Mark Dunn Interim Chief Executive", "Mark Dunn", "Interim Chief Executive", "CE"),
        ("T/ACC Mark Dunn", "Mark Dunn", "Temporary Assistant Chief Constable", "T/ACC"),
        ("Ann-Marie O’Neil (DCC)", "Ann-Marie O’Neil", "Deputy Chief Constable", "DCC"),
    ],
)
def test_person_styles(text: str, name: str, role: str | None, abbreviation: str | None) -> None:
    assert parse_person(text) == Person(name, role, abbreviation)


def test_role_split_by_abbreviation_letters() -> None:
    # "Head of Strategy and Delivery" is in no table: its initials spell the abbreviation.
    person = parse_person("Jane Roe Head of Strategy and Delivery (HSD)")
    assert person == Person("Jane Roe", "Head of Strategy and Delivery", "HSD")
    assert parse_person("Jane Roe Head of Performance (HoP)") == Person(
        "Jane Roe", "Head of Performance", "HoP"
    )


@pytest.mark.parametrize(
    ("text", "role", "abbreviation"),
    [
        ("Supt. Jane Roe", "Superintendent", "Supt"),
        ("DCS Ali Khan", "Detective Chief Superintendent", "DCS"),
        ("Ch Insp Sam Lee", "Chief Inspector", "Ch Insp"),
        ("Det Supt Sam Lee", "Detective Superintendent", "Det Supt"),
    ],
)
def test_ranks(text: str, role: str, abbreviation: str) -> None:
    person = parse_person(text)
    assert person is not None
    assert (person.role, person.abbreviation) == (role, abbreviation)


@pytest.mark.parametrize(
    "text",
    [
        "Jane Roe (via Teams)",
        "Jane Roe (virtual)",
        "Jane Roe (part)",
        "Jane Roe (for item 5)",
        "Jane Roe – via MS Teams",
        "• Jane Roe [remote]",
    ],
)
def test_attendance_notes_removed(text: str) -> None:
    assert parse_person(text) == Person("Jane Roe")


def test_notes_removed_beside_role() -> None:
    assert parse_person("Jane Roe – Chief Executive (via Teams)") == Person(
        "Jane Roe", "Chief Executive", "CE"
    )


def test_organisation_passed_through() -> None:
    person = parse_person("Leo Marsh (CE)", "OPCC")
    assert person is not None and person.organisation == "OPCC"


def test_table_row() -> None:
    assert parse_person("Mark Dunn\tChief Finance Officer\tCFO") == Person(
        "Mark Dunn", "Chief Finance Officer", "CFO"
    )


@pytest.mark.parametrize(
    "text",
    ["", "Kent Police", "MEETING NOTES", "The PCC welcomed the CC.", "Apologies:", "19 May 2025"],
)
def test_not_a_person(text: str) -> None:
    assert parse_person(text) is None


# --- parse_attendance -----------------------------------------------------------------------


def test_organisation_sub_headings_and_letterhead() -> None:
    attendees, apologies = parse_attendance(
        [
            "Sarah Lomax",  # letterhead, not a person in the list
            "Westshire Police and Crime Commissioner",
            "Title: Scrutiny Board",
            "Attendees: Office of the Westshire Police and Crime Commissioner",
            "- Sarah Lomax Police and Crime Commissioner (PCC)",
            "",
            "Westshire Police:",
            "- Ravi Patel Chief Constable (CC)",
            "Apologies: Westshire Police:",
            "Owen Grant – Deputy Chief Constable (DCC)",
        ]
    )
    office = "Office of the Westshire Police and Crime Commissioner"
    assert people(attendees) == [
        ("Sarah Lomax", "Police and Crime Commissioner", "PCC", office),
        ("Ravi Patel", "Chief Constable", "CC", "Westshire Police"),
    ]
    assert people(apologies) == [
        ("Owen Grant", "Deputy Chief Constable", "DCC", "Westshire Police")
    ]


def test_same_line_list_with_commas() -> None:
    attendees, apologies = parse_attendance(
        ["Present: Sarah Lomax (PFCC), Leo Marsh (CE), Ravi Patel (CC)", "Apologies: None"]
    )
    assert people(attendees) == [
        ("Sarah Lomax", PFCC, "PFCC", None),
        ("Leo Marsh", "Chief Executive", "CE", None),
        ("Ravi Patel", "Chief Constable", "CC", None),
    ]
    assert apologies == []


def test_same_line_list_keeps_commas_inside_titles() -> None:
    attendees, _ = parse_attendance(
        ["Present: Sarah Lomax, Police, Fire and Crime Commissioner; Leo Marsh, Chief Executive"]
    )
    assert people(attendees) == [
        ("Sarah Lomax", PFCC, "PFCC", None),
        ("Leo Marsh", "Chief Executive", "CE", None),
    ]


def test_an_abbreviation_after_the_organisation_is_the_persons() -> None:
    # Columns set with spaces arrive as one line: "Name   Role, Organisation (ABBR)".
    attendees, _ = parse_attendance(
        [
            "Present",
            "Liam Shaw Chief Executive, OPCC (CEO)",
            "Helen Ward, Chief Finance Officer, OPCC (CFO), Dawn Price (DCC)",
        ]
    )
    assert people(attendees) == [
        ("Liam Shaw", "Chief Executive", "CEO", "OPCC"),
        ("Helen Ward", "Chief Finance Officer", "CFO", "OPCC"),
        ("Dawn Price", "Deputy Chief Constable", "DCC", None),
    ]


def test_role_and_organisation_before_the_name() -> None:
    attendees, apologies = parse_attendance(
        [
            "Attendees:",
            "Chief Executive, OPCC – Amira Khan (CEx)",
            "Head of Performance, OPCC – Gary Bell (GB)",
            "Apologies:",
            "Chief Finance Officer, OPCC – Peter Moss (CFO)",
        ]
    )
    assert people(attendees) == [
        ("Amira Khan", "Chief Executive", "CEx", "OPCC"),
        ("Gary Bell", "Head of Performance", "GB", "OPCC"),
    ]
    assert people(apologies) == [("Peter Moss", "Chief Finance Officer", "CFO", "OPCC")]


def test_abbreviation_and_organisation_in_one_bracket() -> None:
    attendees, _ = parse_attendance(
        ["Present: Alison Bolton (CEO OPCC), Tim Smith (CC Kent Police)"]
    )
    assert people(attendees) == [
        ("Alison Bolton", "Chief Executive Officer", "CEO", "OPCC"),
        ("Tim Smith", "Chief Constable", "CC", "Kent Police"),
    ]


def test_columns_set_with_spaces_and_notes_of_attendance() -> None:
    attendees, _ = parse_attendance(
        [
            "Attendance",
            "Name                 Role                                   Organisation",
            "Tariq Hussain        Police and Crime Commissioner          OPCC",
            "Gareth Vaughan       Chief Constable                        Calderbrook Police",
            "Alan Moss            Chief Finance Officer, Calderbrook Police (virtual)",
            "Superintendent Dean Walsh (DW) – item 4 only",
        ]
    )
    assert people(attendees) == [
        ("Tariq Hussain", "Police and Crime Commissioner", "PCC", "OPCC"),
        ("Gareth Vaughan", "Chief Constable", "CC", "Calderbrook Police"),
        ("Alan Moss", "Chief Finance Officer", "CFO", "Calderbrook Police"),
        ("Dean Walsh", "Superintendent", "DW", None),
    ]


def test_the_commissioner_and_deputy_written_before_their_names() -> None:
    attendees, _ = parse_attendance(
        ["Present: Commissioner Owen Blake (PCC), Deputy Commissioner Hannah Foley (DPCC)"]
    )
    assert people(attendees) == [
        ("Owen Blake", "Commissioner", "PCC", None),
        ("Hannah Foley", "Deputy Commissioner", "DPCC", None),
    ]


def test_a_role_and_office_in_brackets_and_two_roles_joined_by_and() -> None:
    attendees, _ = parse_attendance(
        [
            "Present: Lucy Marsh (Chief Executive, OPFCC)",
            "Priya Raman, Chief Executive and Monitoring Officer",
        ]
    )
    assert people(attendees) == [
        ("Lucy Marsh", "Chief Executive", "CE", "OPFCC"),
        ("Priya Raman", "Chief Executive and Monitoring Officer", None, None),
    ]


def test_a_name_wrapped_before_its_bracket() -> None:
    attendees, _ = parse_attendance(
        ["Present: Owen Blake (PCC), Chief Constable Elizabeth", "Raine (CC), Jamal Idris (DCC)"]
    )
    assert [(p.name, p.abbreviation) for p in attendees] == [
        ("Owen Blake", "PCC"),
        ("Elizabeth Raine", "CC"),
        ("Jamal Idris", "DCC"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "PCC     Police and Crime Commissioner          Roger Haldane",
            ("Roger Haldane", "Police and Crime Commissioner", "PCC", None),
        ),
        ("Frank Osei (Chief Executive – CEx)", ("Frank Osei", "Chief Executive", "CEx", None)),
        (
            "Chief Fire Officer, Calderbrook FRS      Julie Ainsworth (CFO)",
            ("Julie Ainsworth", "Chief Fire Officer", "CFO", "Calderbrook FRS"),
        ),
    ],
)
def test_the_name_wherever_the_row_puts_it(
    text: str, expected: tuple[str, str, str, str | None]
) -> None:
    person = parse_person(text)
    assert person is not None
    assert (person.name, person.role, person.abbreviation, person.organisation) == expected


def test_a_running_sentence_of_roles_and_names_wrapped_anywhere() -> None:
    attendees, _ = parse_attendance(
        [
            "PRESENT: Police and Crime Commissioner Elin Castell (Chair), Chief Constable Robert",
            "Ifield, Deputy Chief Constable Kirsty Naylor, Chief Executive Anil Mistry and Chief",
            "Finance Officer Joanna Swift.",
        ]
    )
    assert [(p.name, p.abbreviation) for p in attendees] == [
        ("Elin Castell", "PCC"),
        ("Robert Ifield", "CC"),
        ("Kirsty Naylor", "DCC"),
        ("Anil Mistry", "CE"),
        ("Joanna Swift", "CFO"),
    ]


def test_a_row_of_columns_is_one_person_whatever_commas_it_holds() -> None:
    attendees, _ = parse_attendance(
        ["ATTENDEES", "Priya Sandhu          Chief Executive, OPFCC                PS"]
    )
    assert people(attendees) == [("Priya Sandhu", "Chief Executive", "PS", "OPFCC")]
    spaced, _ = parse_attendance(["Present: Jo Roe (CC),   Sam Hill (DCC)"])
    assert [p.name for p in spaced] == ["Jo Roe", "Sam Hill"]


def test_comma_list_of_bare_names() -> None:
    attendees, _ = parse_attendance(["Members: Sarah Lomax, Leo Marsh and Ravi Patel"])
    assert [p.name for p in attendees] == ["Sarah Lomax", "Leo Marsh", "Ravi Patel"]


def test_role_first_style_with_initials_and_glyph_bullets() -> None:
    attendees, apologies = parse_attendance(
        [
            "Office of the Police, Fire and Crime Commissioner for Westshire",
            "Present:",
            "Office of the Police, Fire and Crime Commissioner:",
            "\uf0b7 PFCC Sarah Lomax (SL)",
            "\uf0b7 Chief Executive Leo Marsh (LM)",
            "Westshire Police",
            "• Chief Constable Ravi Patel (RP)",
            "* ACC Owen Grant (OG)",
            "Apologies for absence:",
            "Jane Roe, Chief Finance Officer",
        ]
    )
    office = "Office of the Police, Fire and Crime Commissioner"
    assert people(attendees) == [
        ("Sarah Lomax", PFCC, "SL", office),
        ("Leo Marsh", "Chief Executive", "LM", office),
        ("Ravi Patel", "Chief Constable", "RP", "Westshire Police"),
        ("Owen Grant", "Assistant Chief Constable", "OG", "Westshire Police"),
    ]
    assert people(apologies) == [("Jane Roe", "Chief Finance Officer", "CFO", None)]


def test_labels_and_notes() -> None:
    attendees, apologies = parse_attendance(
        [
            "In attendance:",
            "Supt. Jane Roe (via Teams)",
            "DCS Ali Khan (for item 5)",
            "Also present: Tom Reed (part)",
            "Apologies received from: Ravi Patel (CC); Owen Grant (DCC)",
        ]
    )
    assert people(attendees) == [
        ("Jane Roe", "Superintendent", "Supt", None),
        ("Ali Khan", "Detective Chief Superintendent", "DCS", None),
        ("Tom Reed", None, None, None),
    ]
    assert [p.name for p in apologies] == ["Ravi Patel", "Owen Grant"]


def test_apologies_sentence() -> None:
    _, apologies = parse_attendance(["Apologies were received from Jane Roe and Tom Reed."])
    assert [p.name for p in apologies] == ["Jane Roe", "Tom Reed"]


def test_label_line_ends_the_list() -> None:
    attendees, _ = parse_attendance(
        ["Present:", "Leo Marsh (CE)", "Chair: Sarah Lomax", "Venue: HQ", "Jane Roe (CFO)"]
    )
    # The chair is at the meeting; the venue's label ends the list.
    assert [p.name for p in attendees] == ["Leo Marsh", "Sarah Lomax"]


def test_roles_written_first_that_no_table_lists() -> None:
    attendees, _ = parse_attendance(
        [
            "Chair: Elaine Rudd – Police, Fire and Crime Commissioner (PFCC)",
            "Present:",
            "Treasurer to the PCC, Owen Pryce",
            "Head of Policing Oversight, Mayor's Office – Kwame Asante (HPO)",
            "Police and Crime Commissioner, Rachel Tolley (PCC) – Chair",
        ]
    )
    assert people(attendees) == [
        ("Elaine Rudd", "Police, Fire and Crime Commissioner", "PFCC", None),
        ("Owen Pryce", "Treasurer to the PCC", None, None),
        ("Kwame Asante", "Head of Policing Oversight", "HPO", "Mayor's Office"),
        ("Rachel Tolley", "Police and Crime Commissioner", "PCC", None),
    ]


def test_wrapped_lines_are_joined() -> None:
    attendees, _ = parse_attendance(
        [
            "Present: Sarah Lomax (PCC), Leo Marsh (CE), Ravi",
            "Patel (CC)",
            "Jane Roe – Police and Crime",
            "Commissioner's Chief Executive",
            "Tom Reed – Chief Finance Officer",
            "(virtual)",
        ]
    )
    assert [p.name for p in attendees] == [
        "Sarah Lomax",
        "Leo Marsh",
        "Ravi Patel",
        "Jane Roe",
        "Tom Reed",
    ]
    assert attendees[-1].role == "Chief Finance Officer"


def test_organisation_label_on_the_same_line() -> None:
    attendees, _ = parse_attendance(
        ["Present:", "OPCC: Tom Reed (CFO)", "Westshire Police: Ravi Patel (CC), Owen Grant (DCC)"]
    )
    assert people(attendees) == [
        ("Tom Reed", "Chief Finance Officer", "CFO", "OPCC"),
        ("Ravi Patel", "Chief Constable", "CC", "Westshire Police"),
        ("Owen Grant", "Deputy Chief Constable", "DCC", "Westshire Police"),
    ]


def test_no_attendance_label() -> None:
    assert parse_attendance(["Meeting Notes", "", "Title: Board"]) == ([], [])


# --- find_organisation ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            ["The Office of the Westshire Police and Crime Commissioner Station Road Ashby AB1"],
            "Office of the Westshire Police and Crime Commissioner",
        ),
        (
            ["Office of the Westshire Police & Crime Commissioner, Police HQ, Station Road"],
            "Office of the Westshire Police and Crime Commissioner",
        ),
        (
            ["Office of the Police, Fire and Crime Commissioner for Northamptonshire, Darby House"],
            "Office of the Police, Fire and Crime Commissioner for Northamptonshire",
        ),
        (
            ["Office of the Police and Crime Commissioner for Cheshire, Clemonds Hey, Winsford"],
            "Office of the Police and Crime Commissioner for Cheshire",
        ),
        (
            ["Office of the Police and Crime", "Commissioner for Avon and Somerset"],
            "Office of the Police and Crime Commissioner for Avon and Somerset",
        ),
        (
            ["OFFICE OF THE POLICE AND CRIME COMMISSIONER FOR CHESHIRE"],
            "Office of the Police and Crime Commissioner for Cheshire",
        ),
        (
            # A sub-heading without the area does not hide the full name further on.
            [
                "Office of the Police and Crime Commissioner:",
                "Office of the Police and Crime Commissioner for Westshire",
            ],
            "Office of the Police and Crime Commissioner for Westshire",
        ),
        (
            ["Office of the Police and Crime Commissioner"],
            "Office of the Police and Crime Commissioner",
        ),
        (["The Police and Crime Commissioner welcomed all"], None),
        ([], None),
    ],
)
def test_find_organisation(lines: list[str], expected: str | None) -> None:
    assert find_organisation(lines) == expected


# --- Robustness ------------------------------------------------------------------------------


@given(st.text(), st.none() | st.text(max_size=20))
def test_parse_person_never_raises(text: str, organisation: str | None) -> None:
    parse_person(text, organisation)


@given(st.lists(st.text(max_size=80), max_size=12))
def test_parse_attendance_never_raises(lines: list[str]) -> None:
    attendees, apologies = parse_attendance(lines)
    assert all(p.name for p in attendees + apologies)
    find_organisation(lines)


_HEADERISH = st.lists(
    st.sampled_from(
        ["Present:", "Apologies:", "OPCC:", "Kent Police", "Venue: x", "(via Teams)", "", "-", ","]
    )
    | st.text(alphabet="AaBb ,;:()-–&\t\uf0b7", max_size=30),
    max_size=10,
)


@given(_HEADERISH)
def test_parse_attendance_never_raises_on_list_like_lines(lines: list[str]) -> None:
    parse_attendance(lines)


@pytest.mark.parametrize(
    ("lines", "office"),
    [
        (
            ["Severnmoor Police and Crime Commissioner", "", "Board"],
            "Severnmoor Police and Crime Commissioner",
        ),
        (
            ["Wyvernshire Police and Crime Commissioner          NOT PROTECTIVELY MARKED"],
            "Wyvernshire Police and Crime Commissioner",
        ),
        (
            ["Dalesmoor Office of the Police and Crime Commissioner"],
            "Dalesmoor Office of the Police and Crime Commissioner",
        ),
        (
            [
                "Published by the Office of the Police and Crime Commissioner for North Pennine"
                "   Page 1"
            ],
            "Office of the Police and Crime Commissioner for North Pennine",
        ),
        (
            [
                "Kent Police and Crime Commissioner",
                "The Office of the Kent Police and Crime Commissioner",
            ],
            "Office of the Kent Police and Crime Commissioner",
        ),
        (["Present:", "Jo Roe Police and Crime Commissioner (PCC)"], None),
    ],
)
def test_the_office_from_any_letterhead(lines: list[str], office: str | None) -> None:
    assert find_organisation(lines) == office
