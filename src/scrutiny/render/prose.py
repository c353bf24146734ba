"""The "prose" house style: items as "Item 3: Finance", discussion as plain paragraphs.

The board's name as the title and the meeting's date under it, "Board members:", "Officers
present:" and "Apologies:" lists of "Role – Name (ABBR)" under each organisation, paragraphs
with no bullets or numbers, "Action – Owner: …" lines in the items, and an "Action log" at the
end as a numbered list with its owner, due date and status in brackets.
"""

from __future__ import annotations

from scrutiny.record import Action, Item, MeetingRecord, Person
from scrutiny.render.blocks import Block, Bullet, Bullets, Heading, Layout, Letterhead, Link, Para
from scrutiny.render.parts import approval_sentence, discharged_line, item_actions, previous_item
from scrutiny.render.words import by_organisation, long_date, role_first, the, when


def layout(record: MeetingRecord) -> Layout:
    title = " – ".join(filter(None, [record.board, record.date, "notes of the meeting"]))
    blocks: list[Block] = []
    if record.organisation:
        blocks.append(Letterhead((record.organisation,)))
    blocks.append(Heading(record.board or "Notes of the meeting", 1))
    held = when(record.date, record.time, weekday=True)
    if held:
        blocks.append(Para(f"Notes of the meeting held on {held}" if record.date else held))
    if record.venue:
        blocks.append(Para(record.venue, label="Location:"))
    blocks.extend(_attendance(record))
    previous = previous_item(record)
    for item in record.items:
        blocks.append(
            Heading(f"Item {item.number}: {item.title}" if item.number else item.title, 2)
        )
        blocks.extend(_previous(record, item) if item is previous else _item(item))
        for action in item_actions(record, item):
            owner = f"{action.owner}: " if action.owner else ""
            blocks.append(Para(f"{owner}{action.text}", label="Action –"))
        blocks.extend(Link(url) for url in item.papers)
    blocks.extend(_closing(record))
    return Layout(title, blocks)


def _attendance(record: MeetingRecord) -> list[Block]:
    groups = by_organisation(record.attendees)
    members = [g for g in groups if g[0] == record.organisation] or groups[:1]
    others = [g for g in groups if g not in members]
    blocks: list[Block] = []
    for label, chosen in (("Board members:", members), ("Officers present:", others)):
        if chosen:
            blocks.append(Para("", label=label))
            blocks.extend(_people(chosen))
    blocks.append(Para("" if record.apologies else "None.", label="Apologies:"))
    blocks.extend(_people(by_organisation(record.apologies)))
    return blocks


def _people(groups: list[tuple[str | None, list[Person]]]) -> list[Block]:
    blocks: list[Block] = []
    for organisation, people in groups:
        if organisation:
            blocks.append(Para(f"{organisation}:"))
        blocks.extend(Para(role_first(p)) for p in people)
    return blocks


def _previous(record: MeetingRecord, item: Item) -> list[Block]:
    blocks: list[Block] = []
    approval = approval_sentence(record, item)
    if approval:
        blocks.append(Para(f"{approval}."))
    blocks.extend(Para(p.text) for s in item.sections for p in s.points)
    if record.discharged:
        blocks.append(Para("The following actions were closed:"))
        blocks.append(Bullets(tuple(Bullet(discharged_line(d, " – ")) for d in record.discharged)))
    return blocks


def _item(item: Item) -> list[Block]:
    blocks: list[Block] = []
    if item.presenter:
        blocks.append(Para(f"{the(item.presenter)} took the paper as read."))
    for section in item.sections:
        if section.heading:
            blocks.append(Heading(section.heading, 3))
        blocks.extend(Para(point.text) for point in section.points)
    return blocks


def _log_entry(number: int, action: Action) -> Para:
    fields = []
    if action.owner:
        fields.append(f"Owner: {action.owner}")
    if action.due:
        fields.append(f"Due: {long_date(action.due)}")
    if action.status:
        fields.append(f"Status: {action.status.capitalize()}")
    details = f" ({'; '.join(fields)})" if fields else ""
    return Para(f"{number}. {action.text}{details}")


def _closing(record: MeetingRecord) -> list[Block]:
    blocks: list[Block] = []
    if record.actions:
        blocks.append(Heading("Action log", 2))
        blocks.extend(_log_entry(n, a) for n, a in enumerate(record.actions, start=1))
    following = record.next_meeting
    if following and following.date:
        held = when(following.date, following.time, weekday=True)
        blocks.append(Para(f"The next meeting will be held on {held}."))
    return blocks
