"""The "notes" house style, as the seeds are laid out.

A letterhead, "MEETING NOTES", labelled "Title:", "Date and time:" and "Venue:" lines,
attendees bulleted under their organisations, apologies, numbered items whose points are
bullets under the plan's priorities, an "Action" block per item with the owner before a colon,
and an "Overview of Actions" table (Status, Owner, Due Date) before the date of the next meeting.
"""

from __future__ import annotations

from scrutiny.record import Item, MeetingRecord, Person
from scrutiny.render.blocks import Block, Bullet, Bullets, Heading, Layout, Letterhead, Link, Para
from scrutiny.render.blocks import Table as TableBlock
from scrutiny.render.parts import approval_sentence, discharged_line, item_actions, previous_item
from scrutiny.render.words import (
    by_organisation,
    described,
    numeric_date,
    status_word,
    the,
    when,
)


def layout(record: MeetingRecord) -> Layout:
    title = " – ".join(filter(None, [record.board, record.date, "meeting notes"]))
    blocks: list[Block] = []
    if record.organisation:
        blocks.append(Letterhead((record.organisation,)))
    blocks.append(Heading("MEETING NOTES", 1))
    if record.board:
        blocks.append(Para(record.board, label="Title:"))
    if record.date or record.time:
        blocks.append(Para(when(record.date, record.time), label="Date and time:"))
    if record.venue:
        blocks.append(Para(record.venue, label="Venue:"))
    blocks.extend(_attendees(record.attendees))
    blocks.extend(_apologies(record.apologies))
    previous = previous_item(record)
    for item in record.items:
        blocks.extend(_previous(record, item) if item is previous else _item(record, item))
    blocks.extend(_closing(record))
    return Layout(title, blocks)


def _attendees(people: list[Person]) -> list[Block]:
    blocks: list[Block] = []
    for index, (organisation, group) in enumerate(by_organisation(people)):
        if index == 0:
            blocks.append(Para(organisation or "", label="Attendees:"))
        elif organisation:
            blocks.append(Para(f"{organisation}:"))
        blocks.append(Bullets(tuple(Bullet(described(p)) for p in group)))
    return blocks


def _apologies(people: list[Person]) -> list[Block]:
    if not people:
        return [Para("None", label="Apologies:")]
    blocks: list[Block] = []
    for index, (organisation, group) in enumerate(by_organisation(people)):
        heading = f"{organisation}:" if organisation else ""
        if index == 0 or heading:
            blocks.append(Para(heading, label="Apologies:") if index == 0 else Para(heading))
        # Unbulleted, as the seeds have them: "Peter Ayling – Deputy Chief Constable (DCC)".
        blocks.extend(Para(described(p, separator=" – ")) for p in group)
    return blocks


def _previous(record: MeetingRecord, item: Item) -> list[Block]:
    blocks: list[Block] = [Heading(_numbered(item), 2)]
    bullets: list[Bullet] = []
    approval = approval_sentence(record, item)
    discharged = tuple(discharged_line(d, " ") for d in record.discharged)
    if approval and discharged:
        bullets.append(Bullet(f"{approval}, and the following actions discharged:", discharged))
    elif approval:
        bullets.append(Bullet(f"{approval}."))
    bullets.extend(Bullet(p.text) for s in item.sections for p in s.points)
    if discharged and not approval:
        bullets.append(Bullet("The following actions were discharged:", discharged))
    if bullets:
        blocks.append(Bullets(tuple(bullets)))
    return blocks


def _item(record: MeetingRecord, item: Item) -> list[Block]:
    blocks: list[Block] = [Heading(_numbered(item), 2)]
    if item.presenter:
        blocks.append(
            Para(
                f"{the(item.presenter)} introduced the item and provided a summary of the "
                "supporting paper."
            )
        )
    for section in item.sections:
        if section.heading:
            blocks.append(Heading(section.heading, 3))
        blocks.append(Bullets(tuple(Bullet(point.text) for point in section.points)))
    actions = item_actions(record, item)
    if actions:
        blocks.append(Heading("Action", 3))
        blocks.extend(Para(f"{a.owner}: {a.text}" if a.owner else a.text) for a in actions)
    blocks.extend(Link(url) for url in item.papers)
    return blocks


def _closing(record: MeetingRecord) -> list[Block]:
    blocks: list[Block] = []
    if record.actions:
        rows = tuple(
            (a.text, status_word(a), a.owner or "", numeric_date(a.due) if a.due else "TBC")
            for a in record.actions
        )
        blocks.append(
            TableBlock("Overview of Actions", ("Action", "Status", "Owner", "Due Date"), rows)
        )
    following = record.next_meeting
    if following and following.date:
        name = record.board or "meeting"
        blocks.append(Para(f"Date of next {name}: {when(following.date, following.time)}"))
    return blocks


def _numbered(item: Item) -> str:
    return f"{item.number}. {item.title}" if item.number else item.title
