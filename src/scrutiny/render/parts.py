"""The parts of a record every style lays out: the previous notes' item, an item's actions."""

from __future__ import annotations

from scrutiny.extract.conventions import PREVIOUS_NOTES
from scrutiny.extract.dates import find_dates
from scrutiny.record import Action, Discharged, Item, MeetingRecord
from scrutiny.render.words import long_date


def previous_item(record: MeetingRecord) -> Item | None:
    """The item that takes the previous meeting's notes: the first titled so."""
    return next((item for item in record.items if PREVIOUS_NOTES.search(item.title)), None)


def approval_sentence(record: MeetingRecord, item: Item, *, noun: str = "notes") -> str | None:
    """ "The notes were agreed as a true and accurate record", naming the meeting when the
    item's title does not; None when the record does not say whether they were agreed."""
    previous = record.previous_meeting
    if previous is None or previous.approved is None:
        return None
    subject = f"The {noun}"
    if previous.date and not find_dates(item.title):
        subject += f" of the meeting held on {long_date(previous.date)}"
    verdict = "were agreed" if previous.approved else "were not agreed"
    return f"{subject} {verdict} as a true and accurate record"


def item_actions(record: MeetingRecord, item: Item) -> list[Action]:
    return [action for action in record.actions if item.number and action.item == item.number]


def discharged_line(entry: Discharged, separator: str) -> str:
    """ "Provide X – update received with thanks.": the action, then how it was met."""
    text = entry.text.rstrip(".")
    return f"{text}{separator}{entry.note}." if entry.note else f"{text}."
