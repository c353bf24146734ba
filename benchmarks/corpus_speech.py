"""What is said at the generated meetings: the genre's vocabulary, and points built from it."""

from __future__ import annotations

import random
from dataclasses import dataclass, field, replace
from typing import cast

from benchmarks.corpus_people import ANSWERERS, ASKERS
from scrutiny.record import (
    Figure,
    Kind,
    Point,
    Where,
)

LINES_PER_PAGE = 48

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
