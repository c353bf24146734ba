"""The "minutes" house style: formal minutes with numbered paragraphs.

"Minutes of the … Board held on Wednesday 19 February 2025 at 10.00am", "Present:", "In
attendance:" and "Apologies:" with each organisation's people under it, items numbered 1., 2.
whose paragraphs are numbered 1.1, 1.2 …, inline "ACTION: … (Owner, by date)." lines, and an
"Actions arising" table (Item, Action, Owner, Status, Due date).
"""

from __future__ import annotations

from scrutiny.record import Action, Item, MeetingRecord, Person
from scrutiny.render.blocks import Block, Bullet, Bullets, Heading, Layout, Letterhead, Link, Para
from scrutiny.render.blocks import Table as TableBlock
from scrutiny.render.parts import approval_sentence, discharged_line, item_actions, previous_item
from scrutiny.render.words import (
    by_organisation,
    described,
    long_date,
    numeric_date,
    status_word,
    the,
    when,
    without_stop,
)


def layout(record: MeetingRecord) -> Layout:
    title = " – ".join(filter(None, [record.board, record.date, "minutes"]))
    blocks: list[Block] = []
    if record.organisation:
        blocks.append(Letterhead((record.organisation,)))
    blocks.append(Heading(f"Minutes of the {record.board}" if record.board else "Minutes", 1))
    held = when(record.date, record.time, weekday=True, minutes=True)
    if held:
        blocks.append(Para(f"held on {held}" if record.date else f"held {held}"))
    if record.venue:
        blocks.append(Para(record.venue, label="Location:"))
    blocks.extend(_attendance(record))
    previous = previous_item(record)
    for item in record.items:
        paragraphs = _previous(record, item) if item is previous else _item_paragraphs(item)
        blocks.append(Heading(_numbered(item), 2))
        blocks.extend(paragraphs)
        blocks.extend(
            Para(_inline_action(action), label="ACTION:") for action in item_actions(record, item)
        )
        blocks.extend(Link(url) for url in item.papers)
    blocks.extend(_closing(record))
    return Layout(title, blocks)


def _attendance(record: MeetingRecord) -> list[Block]:
    groups = by_organisation(record.attendees)
    # Board members sit for the office whose board it is; the force's officers attend.
    members = [g for g in groups if g[0] == record.organisation] or groups[:1]
    others = [g for g in groups if g not in members]
    blocks: list[Block] = []
    for label, chosen in (("Present:", members), ("In attendance:", others)):
        if chosen:
            blocks.append(Para("", label=label))
            blocks.extend(_people(chosen))
    if record.apologies:
        blocks.append(Para("", label="Apologies:"))
        blocks.extend(_people(by_organisation(record.apologies)))
    else:
        blocks.append(Para("None received.", label="Apologies:"))
    return blocks


def _people(groups: list[tuple[str | None, list[Person]]]) -> list[Block]:
    blocks: list[Block] = []
    for organisation, people in groups:
        if organisation:
            blocks.append(Para(f"{organisation}:"))
        blocks.extend(Para(described(p, separator=", ")) for p in people)
    return blocks


class _Counter:
    """Numbers an item's paragraphs 3.1, 3.2 …, as minutes do."""

    def __init__(self, item: Item) -> None:
        self.prefix = f"{item.number}." if item.number else ""
        self.count = 0

    def __call__(self, text: str) -> Para:
        self.count += 1
        return Para(f"{self.prefix}{self.count} {text}" if self.prefix else text)


def _previous(record: MeetingRecord, item: Item) -> list[Block]:
    number = _Counter(item)
    blocks: list[Block] = []
    approval = approval_sentence(record, item, noun="minutes")
    if approval:
        blocks.append(number(f"{approval}."))
    blocks.extend(number(p.text) for s in item.sections for p in s.points)
    if record.discharged:
        # The list comes last: the extractor, like a reader, takes what follows it as its entries.
        blocks.append(number("The following actions from the previous meeting were discharged:"))
        entries = (Bullet(discharged_line(d, " – ")) for d in record.discharged)
        blocks.append(Bullets(tuple(entries)))
    return blocks


def _item_paragraphs(item: Item) -> list[Block]:
    number = _Counter(item)
    blocks: list[Block] = []
    if item.presenter:
        blocks.append(number(f"{the(item.presenter)} presented the report."))
    for section in item.sections:
        if section.heading:
            blocks.append(Heading(section.heading, 3))
        blocks.extend(number(point.text) for point in section.points)
    return blocks


def _inline_action(action: Action) -> str:
    """ "Provide an update on X (CC, by 16 September 2025)."."""
    text, stop = without_stop(action.text)
    fields = []
    if action.owner:
        fields.append(action.owner if action.due else f"Owner: {action.owner}")
    if action.due:
        fields.append(f"by {long_date(action.due)}")
    return f"{text} ({', '.join(fields)}){stop}" if fields else action.text


def _closing(record: MeetingRecord) -> list[Block]:
    blocks: list[Block] = []
    if record.actions:
        header = ("Item", "Action", "Owner", "Status", "Due date")
        rows = tuple(
            (
                a.item or "",
                a.text,
                a.owner or "",
                status_word(a),
                numeric_date(a.due) if a.due else "TBC",
            )
            for a in record.actions
        )
        blocks.append(TableBlock("Actions arising", header, rows, wide=1))
    following = record.next_meeting
    if following and following.date:
        held = when(following.date, following.time, weekday=True, minutes=True)
        blocks.append(Para(f"Date of next meeting: {held}"))
    return blocks


def _numbered(item: Item) -> str:
    return f"{item.number}. {item.title}" if item.number else item.title
