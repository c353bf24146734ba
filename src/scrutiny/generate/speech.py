"""What is said at the generated meetings: points built from the genre's vocabulary."""

from __future__ import annotations

import random
from dataclasses import dataclass, field, replace
from typing import cast

from scrutiny.generate.people import ANSWERERS, ASKERS
from scrutiny.generate.vocabulary import (
    ACHIEVEMENTS,
    ANSWERS,
    CRIMES,
    ENDINGS,
    OPERATIONS,
    PLACES,
    TOPICS,
)
from scrutiny.record import (
    Figure,
    Kind,
    Point,
    Where,
)

LINES_PER_PAGE = 48


# Statements a meeting hears once: its budget forecast and its officer numbers.
_ONCE = frozenset({3, 4})


@dataclass
class Speech:
    """One meeting's points as they are written: the line reached, and the figures quoted."""

    rng: random.Random
    line: int = 40  # the header, attendance and apologies come first
    figures: list[Figure] = field(default_factory=list)
    said: set[int] = field(default_factory=set)  # the kinds of statement made so far
    answers: list[str] = field(default_factory=list)  # those left to give before repeating
    endings: dict[str, list[str]] = field(default_factory=dict)  # likewise, by kind
    strength: float = 2000.0  # the force's officers in post (FTE) around this meeting

    def fill(self, template: str) -> str:
        rng = self.rng
        return template.format(
            crime=rng.choice(CRIMES),
            place=rng.choice(PLACES),
            operation=rng.choice(OPERATIONS),
        )

    def pick(self, kind: str) -> str:
        """One of the ways notes end a kind of statement, not used again until all have been."""
        left = self.endings.setdefault(kind, [])
        if not left:
            left.extend(self.rng.sample(ENDINGS[kind], len(ENDINGS[kind])))
        return left.pop()

    def answer(self) -> str:
        """An answer not yet given at this meeting, while there are any: officers answer each
        question in its own words, and notes do not repeat themselves verbatim."""
        if not self.answers:
            self.answers = self.rng.sample(ANSWERS, len(ANSWERS))
        return self.fill(self.answers.pop())

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
            speakers = [asker]  # whoever is thanked is addressed, and does not speak
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
        answer = self.answer()
        verb = rng.choice(["said", "explained", "confirmed", "reassured the board"])
        return f"{asked} The {answerer} {verb} that {answer}."

    def statement(self, item: str) -> tuple[str, str]:
        """A statement and who made it; about one in two quotes a figure."""
        rng = self.rng
        crime = rng.choice(CRIMES)
        officer = rng.choice(("CC", "DCC", "ACC"))
        choice = rng.randrange(10)
        if choice in _ONCE and choice in self.said:
            choice = 5  # one forecast, one establishment figure a meeting
        self.said.add(choice)
        if choice == 0:
            percent = rng.choice([rng.randint(2, 40), round(rng.uniform(0.5, 30), 1)])
            change = rng.choice(["reduction", "increase"])
            self.quote(f"{percent}%", percent, "%", f"{change} in {crime}", item)
            return (
                f"The {officer} reported a {percent}% {change} in {crime} compared with the same "
                f"period last year, and said {self.answer()}."
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
                f"the overall service, {self.pick('satisfied')}."
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
            # The force's strength moves from meeting to meeting around its own trend.
            officers = round(self.strength * rng.uniform(0.985, 1.005), 2)
            self.quote(f"{officers} FTE", officers, "FTE", "police officers in post", item)
            return (
                f"The {officer} said there were {officers} FTE police officers in post, against "
                "a funded establishment that the Force expected to meet by the end of the year."
            ), officer
        if choice == 5:
            return (
                f"The {officer} explained that {self.answer()}, and that "
                f"{self.pick('follow-up').format(crime=crime)}."
            ), officer
        if choice == 6:
            return (
                f"The {officer} said that tackling {crime} in {rng.choice(PLACES)} remained a "
                f"priority for the Force, and {self.pick('priority')}."
            ), officer
        if choice == 7:
            return (
                f"The {officer} updated the board on {self.fill(rng.choice(TOPICS))}, noting "
                f"that {self.pick('paper')}."
            ), officer
        if choice == 8:
            speaker = rng.choice(ASKERS)
            return (
                f"The {speaker} noted the update and said the commissioner's office would "
                f"continue to monitor {self.fill(rng.choice(TOPICS))} closely."
            ), speaker
        return (f"The {officer} said {self.answer()}."), officer

    def quote(self, text: str, value: float, unit: str, subject: str, item: str) -> None:
        self.figures.append(Figure(text, float(value), unit, subject, item))
