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
from dataclasses import replace
from datetime import date as Date
from datetime import timedelta
from typing import cast

from benchmarks.corpus_people import (
    ROLES,
    SEED,
    Board,
    Office,
    boards,
    holder,
    meeting_date,
)
from benchmarks.corpus_speech import ITEMS, OWNERS, TIMES, TOPICS, VENUES, Speech
from scrutiny.record import (
    Action,
    Discharged,
    Item,
    MeetingRecord,
    NextMeeting,
    Point,
    PreviousMeeting,
    Section,
    Status,
)

MEETINGS = 5000
REVISED_EVERY = 100  # every hundredth meeting also has a corrected second version
AS_OF = Date(2026, 11, 1)  # when the notes' actions were last updated: older ones are closed


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
