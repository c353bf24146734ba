"""Whose action it is, from the owner as the log writes it and the people at the meeting."""

from __future__ import annotations

import pytest

from scrutiny.follow.owners import owner_organisation
from scrutiny.record import Person

OFFICE = "Office of the Kent Police and Crime Commissioner"
FORCE = "Kent Police"
KENT = [
    Person("Matthew Scott", "Police and Crime Commissioner", "PCC", OFFICE),
    Person("David Paul", "Chief Executive", "CE", OFFICE),
    Person("Rob Phillips", "Chief Finance Officer", "CFO", OFFICE),
    Person("Tim Smith", "Chief Constable", "CC", FORCE),
    Person("Peter Ayling", "Deputy Chief Constable", "DCC", FORCE),
    Person("Nigel Brookes", "Assistant Chief Constable", "ACC", FORCE),
]
# Another office's style: a PFCC, a constabulary, no abbreviations for some.
NORTHANTS_OFFICE = "Office of the Northamptonshire Police, Fire and Crime Commissioner"
NORTHANTS_FORCE = "Northamptonshire Police"
NORTHANTS = [
    Person("Danielle Stone", "Police, Fire and Crime Commissioner", "PFCC", NORTHANTS_OFFICE),
    Person("Paul Fell", "Monitoring Officer", None, NORTHANTS_OFFICE),
    Person("Ivan Balhatchet", "Chief Constable", "CC", NORTHANTS_FORCE),
    Person("Kate Meynell", "Head of Corporate Services", "KM", NORTHANTS_FORCE),
]


@pytest.mark.parametrize(
    ("owner", "expected"),
    [
        ("Chief Constable", FORCE),
        ("CC", FORCE),
        ("cc", FORCE),
        ("DCC Smith", FORCE),  # a role and a surname, both the force's
        ("Deputy Chief Constable", FORCE),
        ("ACC Brookes", FORCE),
        ("Mr Phillips", OFFICE),  # a surname alone
        ("Matthew", OFFICE),  # a first name alone
        ("TS", FORCE),  # initials
        ("PCC", OFFICE),
        ("CFO", OFFICE),
        ("Chief Finance Officer", OFFICE),
        ("Police and Crime Commissioner", OFFICE),  # "and" inside a role does not split it
        ("Police & Crime Commissioner", OFFICE),
        ("Kent Police", FORCE),  # an organisation named outright
        ("Office of the Kent Police and Crime Commissioner", OFFICE),
        ("OPCC", OFFICE),
        ("the PCC's office", OFFICE),
        ("Force", FORCE),  # the one organisation at the table that is not the office
        ("the Force", FORCE),
        ("Police", FORCE),
        ("Force lead", FORCE),
        ("CC / DCC", FORCE),  # two owners of one organisation
        ("CC and ACC", FORCE),
    ],
)
def test_an_owner_names_an_organisation(owner: str, expected: str) -> None:
    assert owner_organisation(owner, KENT, OFFICE) == expected


@pytest.mark.parametrize(
    "owner",
    [
        None,
        "",
        "   ",
        "Finance team",  # names no one at the meeting
        "CC/CE",  # two owners of different organisations: answerable to neither alone
        "CE, CC",
        "Head of Estates",
    ],
)
def test_an_owner_naming_no_one_or_two_sides_has_no_organisation(owner: str | None) -> None:
    assert owner_organisation(owner, KENT, OFFICE) is None


@pytest.mark.parametrize(
    ("owner", "expected"),
    [
        ("PFCC", NORTHANTS_OFFICE),
        ("Police, Fire and Crime Commissioner", NORTHANTS_OFFICE),  # a comma inside a role
        ("Paul Fell", NORTHANTS_OFFICE),
        ("Paul", NORTHANTS_OFFICE),
        ("KM", NORTHANTS_FORCE),  # an abbreviation that is someone's initials
        ("KM/IB", NORTHANTS_FORCE),
        ("Constabulary", NORTHANTS_FORCE),
        ("Northamptonshire Police", NORTHANTS_FORCE),
    ],
)
def test_other_offices_owners(owner: str, expected: str) -> None:
    assert owner_organisation(owner, NORTHANTS, NORTHANTS_OFFICE) == expected


def test_the_force_is_found_only_when_one_organisation_besides_the_office_attends() -> None:
    fire = Person("Jon Pryce", "Chief Fire Officer", "CFO", "Kent Fire and Rescue Service")
    assert owner_organisation("Force", [*KENT, fire], OFFICE) is None
    office_only = [p for p in KENT if p.organisation == OFFICE]
    assert owner_organisation("Force", office_only, OFFICE) is None


def test_with_no_attendance_only_the_office_can_be_named() -> None:
    assert owner_organisation("Chief Constable", [], OFFICE) is None
    assert owner_organisation("OPCC", [], OFFICE) == OFFICE
    assert owner_organisation("Chief Constable", [], None) is None


def test_the_longer_role_wins_over_the_role_it_contains() -> None:
    """ "Deputy Chief Constable" contains "Chief Constable": the deputy is meant."""
    office_cc = [
        Person("A Person", "Chief Constable", "CC", "Somewhere Else"),
        Person("B Person", "Deputy Chief Constable", "DCC", FORCE),
    ]
    assert owner_organisation("Deputy Chief Constable", office_cc, OFFICE) == FORCE
    assert owner_organisation("Chief Constable", office_cc, OFFICE) == "Somewhere Else"
