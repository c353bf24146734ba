"""A generated meeting's agenda and its action log, each from a random stream of its own.

Kept apart from what is said at the meeting so that the next meeting can know this one's
actions (and discharge them) without generating all of this one's discussion.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date as Date
from datetime import timedelta
from typing import cast

from scrutiny.generate.people import Board, meeting_date
from scrutiny.generate.vocabulary import CRIMES, ITEMS, OPERATIONS, OWNERS, PLACES, TOPICS
from scrutiny.record import Action, Status

AS_OF = Date(2026, 11, 1)  # when the notes' actions were last updated: older ones are closed


@dataclass(frozen=True)
class Planned:
    """A substantive item: its number, title, headings, presenter and whether it has a paper."""

    number: str
    title: str
    headings: tuple[str | None, ...]
    points: int
    presenter: str | None
    paper: bool


@dataclass(frozen=True)
class Agenda:
    items: tuple[Planned, ...]  # the substantive items, numbered from 3
    other_business: bool


def agenda(seed: int, board: Board, quarter: int) -> Agenda:
    rng = random.Random(f"{seed}:agenda:{board.index}:{quarter}")
    # The plan's delivery first, as boards order their agendas; then three or four others.
    chosen = [ITEMS[0], *rng.sample(ITEMS[1:], rng.randint(3, 4))]
    planned = []
    for position, (title, headings) in enumerate(chosen, start=3):
        picked = rng.sample(headings, min(len(headings), rng.randint(1, 4)))
        if None in picked:
            picked = [None]  # an item with no headings has one unheaded section
        planned.append(
            Planned(
                number=str(position),
                title=title.format(plan=board.office.plan),
                headings=tuple(picked),
                points=rng.randint(5, 15),
                presenter=rng.choice(["CC", "DCC", "ACC", "CFO", None]),
                paper=rng.random() < 0.6,
            )
        )
    return Agenda(tuple(planned), other_business=rng.random() < 0.4)


def _fill(rng: random.Random, template: str) -> str:
    return template.format(
        topic=rng.choice(TOPICS), crime=rng.choice(CRIMES), operation=rng.choice(OPERATIONS)
    ).format(crime=rng.choice(CRIMES), place=rng.choice(PLACES))


_ACTIONS = (
    "Provide an update on {topic} at the next meeting.",
    "Provide comparative data on {crime} across the divisions.",
    "Circulate the HMICFRS report to board members.",
    "Bring a paper on {topic} to a future meeting.",
    "Write to the Home Office about the funding of the {crime} programme.",
    "Share the results of Operation {operation} with the board.",
)


def actions(seed: int, board: Board, quarter: int, planned: Agenda) -> list[Action]:
    """The meeting's action log, in the order the notes give it: by item, as raised."""
    rng = random.Random(f"{seed}:actions:{board.index}:{quarter}")
    day = meeting_date(board, quarter)
    numbers = [item.number for item in planned.items]
    found: list[Action] = []
    for _ in range(rng.randint(1, 4)):
        text = _fill(rng, rng.choice(_ACTIONS))
        if any(action.text == text for action in found):
            continue  # a board does not log the same action twice
        due = day + timedelta(days=rng.choice([28, 56, 91, 182])) if rng.random() < 0.9 else None
        recent = due is not None and due > AS_OF - timedelta(days=120)
        status = rng.choices(["open", "closed", None], (8, 1, 1) if recent else (1, 17, 2), k=1)[0]
        found.append(
            Action(
                text=text,
                owner=rng.choice(OWNERS) if rng.random() < 0.9 else None,
                due=due.isoformat() if due else None,
                status=cast(Status | None, status),
                # Most are raised under an item; a few only in the closing log.
                item=rng.choice(numbers) if rng.random() < 0.9 else None,
            )
        )
    order = {number: index for index, number in enumerate(numbers)}
    return sorted(found, key=lambda a: order.get(a.item, len(order)) if a.item else len(order))
