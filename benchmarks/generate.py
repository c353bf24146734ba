"""Made-up meeting records shaped like real notes, for loading a database of any size.

    records(5000, seed=2025) -> Iterator[MeetingRecord]

Records, not documents: `scrutiny.meeting/1` records as the extractor would give them, so a
benchmark can fill a database through the storage code without reading 5,000 files first.
Forty offices, three boards each, meeting quarterly from mid-2016: 5,000 meetings is about ten
and a half years of every board. Each meeting has its office's and force's officers (who change
at elections and retirements), 6-8 agenda items (welcome, previous notes, four to five
substantive items of 5-15 points under one to four headings, sometimes any other business),
1-4 actions, about a dozen figures quoted in the points, and its previous and next meetings.
One meeting in a hundred is stored again as a corrected second version, as offices do.

Deterministic: every meeting comes from its own `random.Random`, seeded by the seed, the board
and the quarter, so the same seed gives the same records, and `records(n)` is the first n of
`records(m)` for any m > n (the corrected versions included).
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date as Date
from datetime import timedelta
from typing import cast

from scrutiny.record import (
    Action,
    Discharged,
    Figure,
    Item,
    Kind,
    MeetingRecord,
    NextMeeting,
    Person,
    Point,
    PreviousMeeting,
    Section,
    Status,
    Where,
)

SEED = 2025
MEETINGS = 5000
BOARDS_PER_OFFICE = 3
REVISED_EVERY = 100  # every hundredth meeting also has a corrected second version
FIRST_QUARTER = Date(2016, 7, 1)
AS_OF = Date(2026, 11, 1)  # when the notes' actions were last updated: older ones are closed
LINES_PER_PAGE = 48

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


# --- what is said -----------------------------------------------------------------------------

CRIMES = [
    "burglary",
    "residential burglary",
    "robbery",
    "knife crime",
    "violent crime",
    "serious violence",
    "shoplifting",
    "vehicle crime",
    "anti-social behaviour",
    "domestic abuse",
    "hate crime",
    "rape and serious sexual offences",
    "drug offences",
    "fraud",
    "stalking and harassment",
    "criminal damage",
    "business crime",
    "knife crime",
    "theft from the person",
    "violence against women and girls",
]
PLACES = [
    "the North Division",
    "the East Division",
    "the South Division",
    "the West Division",
    "the night-time economy",
    "rural areas",
    "coastal towns",
    "the county's town centres",
]
PRIORITIES = [
    "Putting victims first",
    "Tackle violence against women and girls (VAWG)",
    "Protect people from exploitation and abuse",
    "Combat organised crime, county lines and serious crime",
    "Be visible and responsive to the needs of the communities",
    "Prevent road danger and support vision zero",
    "Protect young people and provide opportunities",
    "Work with residents, communities and businesses to prevent crime and anti-social behaviour",
    "Tackle knife crime and serious violence",
    "Deliver an efficient and effective police service",
]
# Substantive items: title (the plan's name fills {plan}) and the headings it may have.
ITEMS: list[tuple[str, list[str | None]]] = [
    ("{plan}: Delivery & Performance", list(PRIORITIES)),
    (
        "Inspections, Audits & Reviews",
        [
            "HMICFRS PEEL inspection update",
            "HMICFRS publication – the police response to public disorder",
            "HMICFRS publication – the policing response to anti-social behaviour",
            "Crime Data Integrity",
            "Internal and External Audit Functions",
        ],
    ),
    (
        "People",
        [
            "Recruitment plan",
            "Diversity application data and force representation",
            "Retention",
            "PCSO update",
            "Attendance and wellbeing",
            "Officer uplift",
        ],
    ),
    ("Finance", [None, "Revenue budget", "Capital programme", "Medium term financial plan"]),
    ("Topical Issues & Update on Significant Operational Matters", [None]),
    ("Estates and Facilities", ["Estates strategy", "Custody suites", None]),
    ("Digital, Data and Technology", ["Records management system", "Body-worn video", None]),
    ("Complaints and Professional Standards", ["Complaints handling", "Vetting", None]),
    ("Stop and Search", [None, "Scrutiny panel findings"]),
    ("Neighbourhood Policing", ["Ward officers", "Community engagement", None]),
    ("Victims and Witnesses", ["Victims' Code compliance", "Victim satisfaction", None]),
    ("Roads Policing", ["Fatal and serious collisions", "Speed enforcement", None]),
    ("Contact Management", ["999 call handling", "101 call handling", None]),
]
TOPICS = [
    "the use of stop and search in {place}",
    "the police response to {crime} in {place}",
    "the number of officers available for neighbourhood patrols",
    "the backlog of digital forensic examinations",
    "victim satisfaction with the overall service",
    "the outcome rate for {crime}",
    "the time taken to answer 101 calls",
    "the recruitment of special constables",
    "the roll-out of the new records management system",
    "the Force's work with schools on knife crime",
    "county lines activity in {place}",
    "the vetting of new recruits",
    "the cost of policing the summer's events",
    "repeat victims of {crime}",
    "the charge rate for {crime}",
    "the custody estate",
]
ANSWERS = [
    "the Force was confident that the current approach was working, and would keep it under review",
    "there had been a rise in demand in {place}, and additional officers had been deployed",
    "the figures were provisional and would be confirmed in the next quarterly report",
    "the police were working closely with partners, including the local authority and health",
    "the Force had commissioned a review, which would report in the spring",
    "a dedicated team had been set up to tackle {crime}",
    "the data was not yet comparable with last year, because recording practice had changed",
    "more detail would be provided in writing after the meeting",
    "officers had received additional training on {crime} and on supporting victims",
    "the increase reflected greater confidence among victims to report to the police",
]
ACHIEVEMENTS = [
    "the reduction in {crime}",
    "its work during Operation {operation}",
    "the improvement in 999 answer times",
    "the quality of the paper",
    "the response to the recent flooding",
    "the arrests made following the incidents in {place}",
    "the work of the neighbourhood teams in {place}",
    "the recognition the Force had received from HMICFRS",
]
OPERATIONS = """Sceptre Limit Encompass Nightingale Guardian Bluewater Falcon Kestrel Harrier
Orion Vigilant Safeguard Trident Meadow Lantern""".split()
OWNERS = ["Force", "OPCC", "Chief Constable", "CC", "DCC", "ACC", "CFO", "CE"]
VENUES = [
    "Conference Room, {force} Headquarters",
    "Council Chamber, County Hall",
    "Online (Microsoft Teams)",
    "Boardroom, Office of the Commissioner",
]
TIMES = ["10:00", "14:00", "09:30", "13:30", None, None]


@dataclass
class Speech:
    """One meeting's points as they are written: the line reached, and the figures quoted."""

    rng: random.Random
    line: int = 40  # the header, attendance and apologies come first
    figures: list[Figure] = field(default_factory=list)

    def fill(self, template: str) -> str:
        rng = self.rng
        return template.format(
            crime=rng.choice(CRIMES),
            place=rng.choice(PLACES),
            operation=rng.choice(OPERATIONS),
        )

    def where(self, lines: int) -> Where:
        at = Where(line=self.line, page=self.line // LINES_PER_PAGE + 1)
        self.line += lines + 1  # a blank line between paragraphs
        return at

    def point(self, item: str) -> Point:
        kind = self.rng.choices(("question", "statement", "commendation"), (4, 5, 1))[0]
        asker, answerer = self.rng.choice(ASKERS), self.rng.choice(ANSWERERS)
        if kind == "question":
            text = self.question(asker, answerer)
            speakers = [asker, answerer]
        elif kind == "commendation":
            text = self.fill(
                self.rng.choice(
                    [
                        f"The {asker} commended the Force on {{achievement}}.",
                        f"The {asker} thanked the {answerer} for the update and praised the "
                        "officers involved for {achievement}.",
                    ]
                ).replace("{achievement}", self.rng.choice(ACHIEVEMENTS))
            )
            speakers = [asker] if "thanked" not in text else [asker, answerer]
        else:
            text, speaker = self.statement(item)
            speakers = [speaker]
        where = self.where(1 + len(text) // 90)
        if kind == "statement" and self.figures and self.figures[-1].where is None:
            self.figures[-1] = replace(self.figures[-1], where=where)
        return Point(text, cast(Kind, kind), speakers, where)

    def question(self, asker: str, answerer: str) -> str:
        rng = self.rng
        topic = self.fill(rng.choice(TOPICS))
        asked = rng.choice(
            [
                f"The {asker} asked whether {topic} had improved since the last meeting.",
                f"The {asker} sought assurance on {topic}.",
                f"The {asker} requested an update on {topic}.",
                f"Focusing on {topic}, the {asker} sought clarification on current and future "
                "demand.",
                f"The {asker} asked what was driving the change in {rng.choice(CRIMES)}, and "
                f"whether {topic} was part of the explanation.",
                f"The {asker} asked about knife crime in {rng.choice(PLACES)}.",
            ]
        )
        answer = self.fill(rng.choice(ANSWERS))
        verb = rng.choice(["said", "explained", "confirmed", "reassured the board"])
        return f"{asked} The {answerer} {verb} that {answer}."

    def statement(self, item: str) -> tuple[str, str]:
        """A statement and who made it; about one in two quotes a figure."""
        rng = self.rng
        crime = rng.choice(CRIMES)
        officer = rng.choice(("CC", "DCC", "ACC"))
        choice = rng.randrange(10)
        if choice == 0:
            percent = rng.choice([rng.randint(2, 40), round(rng.uniform(0.5, 30), 1)])
            change = rng.choice(["reduction", "increase"])
            self.quote(f"{percent}%", percent, "%", f"{change} in {crime}", item)
            return (
                f"The {officer} reported a {percent}% {change} in {crime} compared with the same "
                f"period last year, and said {self.fill(rng.choice(ANSWERS))}."
            ), officer
        if choice == 1:
            arrests = rng.randint(12, 480)
            operation = rng.choice(OPERATIONS)
            self.quote(str(arrests), arrests, "count", f"arrests from Op {operation}", item)
            return (
                f"The {officer} said the police had made {arrests} arrests under Operation "
                f"{operation}, which targeted {crime} in {rng.choice(PLACES)}."
            ), officer
        if choice == 2:
            percent = round(rng.uniform(60, 95), 1)
            self.quote(f"{percent}%", percent, "%", f"{crime} victims satisfied", item)
            return (
                f"The {officer} stated that {percent}% of {crime} victims were satisfied with "
                "the overall service, but said the Force was determined to improve on this."
            ), officer
        if choice == 3:
            millions = round(rng.uniform(0.2, 12), 1)
            pounds = round(millions * 1_000_000)
            self.quote(f"£{millions}m", pounds, "£", "forecast underspend", item)
            speaker = rng.choice(("DoF", "CFO"))
            return (
                f"The {speaker} reported a forecast underspend of £{millions}m against the "
                "revenue budget, largely from police staff vacancies."
            ), speaker
        if choice == 4:
            officers = round(rng.uniform(800, 4200), 2)
            self.quote(f"{officers} FTE", officers, "FTE", "police officers in post", item)
            return (
                f"The {officer} said there were {officers} FTE police officers in post, against "
                "a funded establishment that the Force expected to meet by the end of the year."
            ), officer
        if choice == 5:
            return (
                f"The {officer} explained that {self.fill(rng.choice(ANSWERS))}, and that the "
                f"{crime} problem profile would be refreshed."
            ), officer
        if choice == 6:
            return (
                f"The {officer} said that tackling {crime} in {rng.choice(PLACES)} remained a "
                "priority for the Force, and described the partnership work under way."
            ), officer
        if choice == 7:
            return (
                f"The {officer} updated the board on {self.fill(rng.choice(TOPICS))}, noting "
                "that the paper set out the position at the end of the quarter."
            ), officer
        if choice == 8:
            speaker = rng.choice(ASKERS)
            return (
                f"The {speaker} noted the update and said the commissioner's office would "
                f"continue to monitor {self.fill(rng.choice(TOPICS))} closely."
            ), speaker
        return (f"The {officer} said {self.fill(rng.choice(ANSWERS))}."), officer

    def quote(self, text: str, value: float, unit: str, subject: str, item: str) -> None:
        self.figures.append(Figure(text, float(value), unit, subject, item))


# --- the meetings -----------------------------------------------------------------------------


def records(count: int = MEETINGS, seed: int = SEED) -> Iterator[MeetingRecord]:
    """`count` meetings, dealt round the boards a quarter at a time; a corrected version
    follows each REVISED_EVERY-th (so there are count + count // REVISED_EVERY records)."""
    every = boards(seed)
    for index in range(count):
        board, quarter = every[index % len(every)], index // len(every)
        yield meeting(seed, board, quarter)
        if (index + 1) % REVISED_EVERY == 0:
            yield revised(meeting(seed, board, quarter))


def record_count(count: int) -> int:
    return count + count // REVISED_EVERY


def revised(record: MeetingRecord) -> MeetingRecord:
    """A second version of the notes: the venue corrected, and a point added at the end."""
    last = record.items[-1].sections[-1]
    note = Point("The notes were corrected after the meeting.", "statement", [], None)
    items = [
        *record.items[:-1],
        replace(
            record.items[-1],
            sections=[
                *record.items[-1].sections[:-1],
                replace(last, points=[*last.points, note]),
            ],
        ),
    ]
    return replace(record, venue=f"{record.venue} (corrected)", items=items)


def meeting(seed: int, board: Board, quarter: int) -> MeetingRecord:
    day = meeting_date(board, quarter)
    rng = random.Random(f"{seed}:meeting:{board.index}:{quarter}")
    office = board.office
    present = [holder(seed, office, role, day) for role in ROLES]
    # Some officers send apologies; the commissioner and the chief constable always attend.
    absent = [p for p in present[1:] if p.abbreviation != "CC" and rng.random() < 0.12]
    present = [p for p in present if p not in absent]
    speech = Speech(rng)
    items = _items(rng, speech, office, day, quarter)
    substantive = [i.number for i in items[2:] if i.number and i.title != "Any Other Business"]
    previous = meeting_date(board, quarter - 1)
    return MeetingRecord(
        organisation=office.name,
        board=board.name,
        date=day.isoformat(),
        time=rng.choice(TIMES),
        venue=rng.choice(VENUES).format(force=office.force),
        attendees=present,
        apologies=absent,
        previous_meeting=PreviousMeeting(previous.isoformat(), rng.random() < 0.95 or None),
        discharged=[
            Discharged(
                speech.fill(f"Provide an update on {rng.choice(TOPICS)}"),
                rng.choice(["update received with thanks", "written update circulated", None]),
            )
            for _ in range(rng.randint(0, 2))
        ],
        items=items,
        actions=_actions(rng, speech, day, substantive),
        figures=speech.figures,
        next_meeting=NextMeeting(meeting_date(board, quarter + 1).isoformat(), rng.choice(TIMES)),
    )


def _items(
    rng: random.Random, speech: Speech, office: Office, day: Date, quarter: int
) -> list[Item]:
    welcome = Point(
        f"The {rng.choice(['PCC', 'Police and Crime Commissioner (PCC)'])} welcomed those present.",
        "statement",
        ["PCC"],
        speech.where(1),
    )
    items = [Item("1", "Welcome & Introduction", None, [], [Section(None, [welcome])])]
    agreed = Point(
        "The notes of the previous meeting were agreed as a true and accurate record.",
        "statement",
        [],
        speech.where(1),
    )
    items.append(Item("2", "Notes of Previous Meeting", None, [], [Section(None, [agreed])]))
    # The plan's delivery first, as boards order their agendas; then three or four others.
    chosen = [ITEMS[0], *rng.sample(ITEMS[1:], rng.randint(3, 4))]
    for title, headings in chosen:
        number = str(len(items) + 1)
        title = title.format(plan=office.plan)
        speech.line += 2  # the item's heading
        count = rng.randint(5, 15)
        picked = rng.sample(headings, min(len(headings), rng.randint(1, 4)))
        if None in picked:
            picked = [None]  # an item with no headings has one unheaded section
        sections = [Section(heading, []) for heading in picked]
        for position in range(count):
            section = sections[min(position * len(sections) // count, len(sections) - 1)]
            section.points.append(speech.point(number))
        slug = "-".join(w for w in title.replace("&", "").replace(":", "").split())
        papers = (
            [f"{office.web}/media/{day.year}/{day.month:02d}/{number}-{slug}.pdf"]
            if rng.random() < 0.6
            else []
        )
        presenter = rng.choice(["CC", "DCC", "ACC", "CFO", None])
        items.append(Item(number, title, presenter, papers, sections))
    if rng.random() < 0.4:
        other = Point("There was no other business.", "statement", [], speech.where(1))
        items.append(Item(str(len(items) + 1), "Any Other Business", None, [], [Section(None)]))
        items[-1].sections[0].points.append(other)
    return items


def _actions(
    rng: random.Random, speech: Speech, day: Date, items: list[str | None]
) -> list[Action]:
    actions = []
    for _ in range(rng.randint(1, 4)):
        text = speech.fill(
            rng.choice(
                [
                    f"Provide an update on {rng.choice(TOPICS)} at the next meeting.",
                    "Provide comparative data on {crime} across the divisions.",
                    "Circulate the HMICFRS report to board members.",
                    f"Bring a paper on {rng.choice(TOPICS)} to a future meeting.",
                    "Write to the Home Office about the funding of the {crime} programme.",
                ]
            )
        )
        due = day + timedelta(days=rng.choice([28, 56, 91, 182])) if rng.random() < 0.9 else None
        recent = due is not None and due > AS_OF - timedelta(days=120)
        status = rng.choices(["open", "closed", None], (8, 1, 1) if recent else (1, 17, 2), k=1)[0]
        actions.append(
            Action(
                text=text,
                owner=rng.choice(OWNERS) if rng.random() < 0.9 else None,
                due=due.isoformat() if due else None,
                status=cast(Status | None, status),
                item=rng.choice(items),
                where=speech.where(2),
            )
        )
    return actions
