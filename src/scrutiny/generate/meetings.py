"""Made-up meeting records shaped like real notes, for loading a database or rendering notes.

    records(5000, seed=2025) -> Iterator[MeetingRecord]

`scrutiny.meeting/1` records as the extractor gives them from the notes the board's house style
renders (`houses`, `scrutiny.render`). Forty offices, three boards each, meeting quarterly from
mid-2016: 5,000 meetings is about ten and a half years of every board. Each meeting has its
office's and force's officers (who change at elections and retirements), 6-8 agenda items
(welcome, the previous notes, which discharge the previous meeting's closed actions, four to
five substantive items of 5-15 points under one to four headings, sometimes any other
business), 1-4 actions logged by item, about a dozen figures quoted in the points (the force's
strength moving with its trend), and its previous and next meetings. One meeting in a hundred
is stored again as a corrected second version, as offices do.

Deterministic: every meeting comes from random streams of its own, seeded by the seed, the board
and the quarter, so the same seed gives the same records, and `records(n)` is the first n of
`records(m)` for any m > n (the corrected versions included).
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import replace
from datetime import date as Date

from scrutiny.generate.agenda import Planned, actions, agenda
from scrutiny.generate.houses import House, house
from scrutiny.generate.people import (
    ROLES,
    SEED,
    Board,
    Office,
    boards,
    holder,
    meeting_date,
    strength,
)
from scrutiny.generate.speech import Speech
from scrutiny.generate.vocabulary import TIMES, VENUES
from scrutiny.record import (
    Discharged,
    Item,
    MeetingRecord,
    NextMeeting,
    Point,
    PreviousMeeting,
    Section,
)
from scrutiny.render.words import long_date

MEETINGS = 5000
REVISED_EVERY = 100  # every hundredth meeting also has a corrected second version


# --- the meetings -----------------------------------------------------------------------------


def generated(count: int = MEETINGS, seed: int = SEED) -> Iterator[tuple[Board, MeetingRecord]]:
    """`count` meetings with their boards, dealt round the boards a quarter at a time; a
    corrected version follows each REVISED_EVERY-th (count + count // REVISED_EVERY in all)."""
    every = boards(seed)
    for index in range(count):
        board, quarter = every[index % len(every)], index // len(every)
        yield board, meeting(seed, board, quarter)
        if (index + 1) % REVISED_EVERY == 0:
            yield board, revised(meeting(seed, board, quarter))


def records(count: int = MEETINGS, seed: int = SEED) -> Iterator[MeetingRecord]:
    """The records of `generated(count, seed)`."""
    for _, record in generated(count, seed):
        yield record


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
    home = house(seed, board)
    present = [holder(seed, office, role, day) for role in ROLES]
    # Some officers send apologies; the commissioner and the chief constable always attend.
    absent = [p for p in present[1:] if p.abbreviation != "CC" and rng.random() < 0.12]
    present = [p for p in present if p not in absent]
    speech = Speech(rng, strength=strength(office, quarter))
    previous = PreviousMeeting(
        meeting_date(board, quarter - 1).isoformat(), rng.random() < 0.95 or None
    )
    planned = agenda(seed, board, quarter)
    items = [
        _welcome(rng, speech, home),
        _previous_item(speech, home, previous),
        *(_item(rng, speech, office, day, item) for item in planned.items),
    ]
    if planned.other_business:
        other = Point("There was no other business.", "statement", [], speech.where(1))
        number = str(len(items) + 1)
        items.append(Item(number, home.other_business, None, [], [Section(None, [other])]))
    return MeetingRecord(
        organisation=office.name,
        board=board.name,
        date=day.isoformat(),
        time=rng.choice(TIMES),
        venue=rng.choice(VENUES).format(force=office.force),
        attendees=present,
        apologies=absent,
        previous_meeting=previous,
        discharged=_discharged(rng, seed, board, quarter),
        items=items,
        actions=actions(seed, board, quarter, planned),
        figures=speech.figures,
        next_meeting=NextMeeting(meeting_date(board, quarter + 1).isoformat(), rng.choice(TIMES)),
    )


def _discharged(rng: random.Random, seed: int, board: Board, quarter: int) -> list[Discharged]:
    """The previous meeting's actions that are done, as this meeting's notes discharge them."""
    earlier = actions(seed, board, quarter - 1, agenda(seed, board, quarter - 1))
    done = [action for action in earlier if action.status == "closed"][:2]
    notes = ["update received with thanks", "written update circulated", None]
    return [Discharged(action.text.rstrip("."), rng.choice(notes)) for action in done]


def _welcome(rng: random.Random, speech: Speech, home: House) -> Item:
    welcome = Point(
        f"The {rng.choice(['PCC', 'Police and Crime Commissioner (PCC)'])} welcomed those present.",
        "statement",
        ["PCC"],
        speech.where(1),
    )
    return Item("1", home.welcome, None, [], [Section(None, [welcome])])


def _previous_item(speech: Speech, home: House, previous: PreviousMeeting) -> Item:
    """The previous notes' item. Its approval and discharged actions are the record's
    `previous_meeting` and `discharged`, not points; a deferral is a point."""
    assert previous.date is not None
    dated = home.dated or previous.approved is None  # the notes must say which meeting somewhere
    title = f"{home.previous} – {long_date(previous.date)}" if dated else home.previous
    if previous.approved is not None:
        return Item("2", title, None, [], [])
    deferred = Point(
        "Approval of the notes of the previous meeting was deferred to the next meeting.",
        "statement",
        [],
        speech.where(1),
    )
    return Item("2", title, None, [], [Section(None, [deferred])])


def _item(rng: random.Random, speech: Speech, office: Office, day: Date, planned: Planned) -> Item:
    speech.line += 2  # the item's heading
    sections = [Section(heading, []) for heading in planned.headings]
    for position in range(planned.points):
        section = sections[min(position * len(sections) // planned.points, len(sections) - 1)]
        section.points.append(speech.point(planned.number))
    slug = "-".join(w for w in planned.title.replace("&", "").replace(":", "").split())
    papers = [f"{office.web}/media/{day.year}/{day.month:02d}/{planned.number}-{slug}.pdf"]
    return Item(
        planned.number, planned.title, planned.presenter, papers if planned.paper else [], sections
    )
