"""Who sits on the generated boards: offices, boards, their calendars and their officers."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date as Date
from datetime import timedelta

from scrutiny.record import (
    Person,
)

SEED = 2025
BOARDS_PER_OFFICE = 3
FIRST_QUARTER = Date(2016, 7, 1)

# --- who --------------------------------------------------------------------------------------

# (area, whether its commissioner also runs the fire service, whether the force is a
# "Constabulary")
AREAS = [
    ("Kent", False, False),
    ("Essex", True, False),
    ("Sussex", False, False),
    ("Surrey", False, False),
    ("Hampshire and Isle of Wight", False, True),
    ("Thames Valley", False, False),
    ("Avon and Somerset", False, False),
    ("Devon and Cornwall", False, False),
    ("Dorset", False, False),
    ("Wiltshire", False, False),
    ("Gloucestershire", False, True),
    ("West Mercia", False, False),
    ("Warwickshire", False, False),
    ("Staffordshire", True, False),
    ("Derbyshire", False, True),
    ("Nottinghamshire", False, False),
    ("Leicestershire", False, False),
    ("Lincolnshire", False, False),
    ("Northamptonshire", True, False),
    ("Cambridgeshire", False, True),
    ("Bedfordshire", False, False),
    ("Hertfordshire", False, True),
    ("Norfolk", False, True),
    ("Suffolk", False, True),
    ("Cheshire", False, True),
    ("Merseyside", False, False),
    ("Lancashire", False, True),
    ("Cumbria", True, True),
    ("Cleveland", False, False),
    ("Durham", False, True),
    ("Northumbria", False, False),
    ("North Yorkshire", True, False),
    ("South Yorkshire", False, False),
    ("Humberside", False, False),
    ("Dyfed-Powys", False, False),
    ("Gwent", False, False),
    ("South Wales", False, False),
    ("North Wales", False, False),
    ("West Midlands", False, False),
    ("Greater Manchester", False, False),
]

BOARD_NAMES = [
    "Performance & Delivery Board",
    "Accountability Board",
    "Strategic Governance Board",
    "Performance and Accountability Board",
    "Police Accountability Meeting",
    "Public Accountability Board",
    "Joint Audit Committee",
    "Strategic Board",
]

FIRST_NAMES = """Matthew David Rob Tim Nigel Peter Sarah Rachel Emma Claire Helen Alison Jane
Michael Andrew Richard Simon Paul Mark Stephen James John Chris Gareth Rhiannon Owen Dafydd
Fiona Louise Kate Joanne Nicola Amanda Ruth Lisa Donna Tracey Ian Gavin Darren Philip Anthony
Julie Victoria Caroline Sanjay Priya Amir Yasmin Olu Grace Declan Siobhan""".split()
SURNAMES = """Scott Paul Phillips Smith Brookes Ayling Harris Walker Hughes Evans Roberts Davies
Thomas Wilson Taylor Johnson Wright Robinson Thompson White Hall Green Wood Clarke Jackson
Turner Hill Moore Cooper Ward Morris King Baker Harrison Morgan Patel Khan Ahmed Shah Campbell
Murphy Kelly Stewart Reid Bell Price Lloyd Jenkins Powell Bennett Fletcher Holmes Lawson Marsh
Newton Osborne Parry Quinn Rowe Sutton Tucker Vaughan Warren Young""".split()


@dataclass(frozen=True)
class Role:
    abbreviation: str
    title: str
    at_force: bool  # the force's officer, or the office's
    term_years: int  # how often a new person holds it


PCC = Role("PCC", "Police and Crime Commissioner", False, 4)
ROLES = [
    PCC,
    Role("DPCC", "Deputy Police and Crime Commissioner", False, 4),
    Role("CE", "Chief Executive", False, 5),
    Role("CFO", "Chief Finance Officer", False, 6),
    Role("CC", "Chief Constable", True, 5),
    Role("DCC", "Deputy Chief Constable", True, 3),
    Role("ACC", "Assistant Chief Constable", True, 3),
    Role("DoF", "Director of Finance", True, 6),
]
ASKERS = ("PCC", "DPCC", "CE", "CFO")  # the board members who hold the force to account
ANSWERERS = ("CC", "DCC", "ACC", "DoF")


@dataclass(frozen=True)
class Office:
    area: str
    name: str
    force: str
    commissioner: str  # the commissioner's title here
    plan: str  # the police and crime plan's name
    web: str  # where its papers are published


def offices() -> list[Office]:
    found = []
    for area, fire, constabulary in AREAS:
        commissioner = "Police, Fire and Crime Commissioner" if fire else PCC.title
        slug = area.lower().replace(" and ", "-").replace(" ", "-")
        found.append(
            Office(
                area=area,
                name=f"Office of the {area} {commissioner}",
                force=f"{area} {'Constabulary' if constabulary else 'Police'}",
                commissioner=commissioner,
                plan=f"Safer in {area} Plan" if len(area) < 12 else "Police and Crime Plan",
                web=f"https://www.{slug}-pcc.gov.uk",
            )
        )
    return found


@dataclass(frozen=True)
class Board:
    index: int
    office: Office
    name: str
    month_offset: int  # which month of each quarter it meets in
    weekday: int  # Monday is 0


def boards(seed: int = SEED) -> list[Board]:
    """Every board, in the order meetings are dealt to them."""
    found: list[Board] = []
    for office in offices():
        rng = random.Random(f"{seed}:office:{office.area}")
        for name in rng.sample(BOARD_NAMES, BOARDS_PER_OFFICE):
            index = len(found)
            found.append(Board(index, office, name, index % 3, rng.choice((1, 2, 3))))
    return found


def meeting_date(board: Board, quarter: int) -> Date:
    """The day `board` meets in its `quarter`-th quarter since FIRST_QUARTER (any integer)."""
    months = FIRST_QUARTER.month - 1 + 3 * quarter + board.month_offset
    first = Date(FIRST_QUARTER.year + months // 12, months % 12 + 1, 1)
    # The second or third such weekday of the month, as boards set their calendars.
    week = 1 + (board.index + quarter) % 2
    return first + timedelta(days=(board.weekday - first.weekday()) % 7 + 7 * week)


def holder(seed: int, office: Office, role: Role, day: Date) -> Person:
    """Who holds `role` in `office` on `day`: one person a term, terms staggered by office."""
    stagger = sum(map(ord, office.area)) % role.term_years
    term = (day.year + stagger) // role.term_years
    rng = random.Random(f"{seed}:person:{office.area}:{role.abbreviation}:{term}")
    title = office.commissioner if role is PCC else role.title
    return Person(
        name=f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)}",
        role=title,
        abbreviation=role.abbreviation,
        organisation=office.force if role.at_force else office.name,
    )


def strength(office: Office, quarter: int) -> float:
    """The force's officers in post (FTE) in a quarter: its own size, growing with the uplift."""
    size = 800 + sum(map(ord, office.area)) * 37 % 3400
    return size * (1 + 0.004 * quarter)
