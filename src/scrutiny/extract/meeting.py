"""The whole extraction: a read document in, a meeting record out."""

from __future__ import annotations

import re

from scrutiny.extract import conventions
from scrutiny.extract.action_table import TableRow, columns_of, parse_log, parse_table
from scrutiny.extract.agenda import Segment, split_items
from scrutiny.extract.attendance import parse_attendance
from scrutiny.extract.body import ItemBody, read_item
from scrutiny.extract.clean import clean
from scrutiny.extract.dates import find_dates
from scrutiny.extract.figures import find_figures
from scrutiny.extract.header import next_meeting, read_header
from scrutiny.extract.organisation import find_organisation
from scrutiny.extract.papers import assign_papers
from scrutiny.extract.paragraphs import Paragraph, keeps_bullets, paragraphs, typical_width
from scrutiny.extract.previous import PreviousItem, read_previous
from scrutiny.extract.reconcile import reconcile
from scrutiny.extract.speakers import Cast
from scrutiny.read.document import Document
from scrutiny.record import Action, Figure, Item, MeetingRecord, Person, Source, Where


def extract(
    document: Document, *, date: str | None = None, board: str | None = None
) -> MeetingRecord:
    """Extract the meeting record of one document.

    `date` and `board` fill in what the text does not say; they never override the text.
    """
    cleaned = clean(document.lines)
    glyph_bullets = keeps_bullets(cleaned.lines)
    width = typical_width(cleaned.lines)
    header_lines, segments = split_items(cleaned.lines)
    header_texts = [line.text for line in header_lines if not line.blank and _short(line.text)]

    record = MeetingRecord(source=Source(document.name, document.sha256, document.format))
    record.organisation = find_organisation([ln.text for ln in document.lines if _short(ln.text)])
    record.attendees, record.apologies = parse_attendance(header_texts)
    header = read_header(header_texts)
    record.date, record.time, record.venue = header.date or date, header.time, header.venue

    cast = Cast(record.attendees + record.apologies)
    item_actions: list[Action] = []
    table: list[tuple[str, Where]] = []
    figures: list[Figure] = []
    all_paragraphs: list[str] = []
    for segment in segments:
        found = paragraphs(segment.lines, glyph_bullets=glyph_bullets, width=width)
        if conventions.is_next_meeting(segment.title):
            # "6. Date of next meeting" as an item: its date is the first paragraph under the
            # title that has one (an action log may follow, full of due dates).
            dated = next((p.text for p in found if find_dates(p.text)), None)
            all_paragraphs.extend([f"{segment.title}: {dated}"] if dated else [])
        else:
            all_paragraphs.extend(p.text for p in found)
        if record.previous_meeting is None and _is_previous_notes(segment.title, found):
            item, previous = _previous_item(segment, found, cast)
            record.previous_meeting, record.discharged = previous.meeting, previous.discharged
            figures.extend(
                f for d in previous.discharged for f in find_figures(d.text, segment.number)
            )
        else:
            body = read_item(segment.number, segment.title, found, cast)
            item = body.item
            item_actions.extend(body.actions)
            table.extend(body.table)
        record.items.append(item)
        figures.extend(_figures_of(item))

    if not record.apologies and segments:
        record.apologies = _apologies_in_welcome(record.items[0])
    record.actions = reconcile(item_actions, _table_rows(table))
    record.figures = figures
    _attach_papers(record.items, cleaned.links, segments)
    record.next_meeting, closing_board = next_meeting(all_paragraphs or header_texts)
    record.board = header.board or closing_board or board
    return record


# A letterhead, a title or a "Date:" line is short: a longer line is prose, and reading it for
# the header's particulars would only cost time (a single line can be megabytes long).
_HEADER_LINE_CHARS = 2000


def _short(text: str) -> bool:
    return len(text) <= _HEADER_LINE_CHARS


# "Notes and Matters Arising", "Minutes": a title that names notes without saying whose.
_NAMES_NOTES = re.compile(r"\b(?:minutes|notes|matters\s+arising|action\s+log)\b", re.I)


def _is_previous_notes(title: str, found: list[Paragraph]) -> bool:
    """The item that agrees the previous meeting's notes: its title says so, or it names notes
    and its first paragraphs agree them."""
    if conventions.PREVIOUS_NOTES.search(title):
        return True
    return bool(_NAMES_NOTES.search(title)) and any(
        conventions.approval_of(p.text) is not None for p in found[:3]
    )


def _previous_item(
    segment: Segment, found: list[Paragraph], cast: Cast
) -> tuple[Item, PreviousItem]:
    previous = read_previous(segment.title, found)
    body: ItemBody = read_item(segment.number, segment.title, previous.other, cast)
    return body.item, previous


# "Apologies were received from Jo Bloggs (DCC) and the Chief Executive."
_APOLOGIES_SENTENCE = re.compile(
    r"\bapologies\s+(?:for\s+absence\s+)?(?:were\s+|had\s+been\s+)?"
    r"(?:received|noted|given|tendered|submitted)?\s*(?:from|by)\s+(?P<people>[^.]+)",
    re.IGNORECASE,
)


def _apologies_in_welcome(item: Item) -> list[Person]:
    """Apologies that the notes give in the welcome item rather than in the header."""
    for section in item.sections:
        for point in section.points:
            if match := _APOLOGIES_SENTENCE.search(point.text):
                return parse_attendance([f"Apologies: {match['people']}"])[1]
    return []


def _figures_of(item: Item) -> list[Figure]:
    return [
        figure
        for section in item.sections
        for point in section.points
        for figure in find_figures(point.text, item.number, point.where)
    ]


def _table_rows(table: list[tuple[str, Where]]) -> list[TableRow]:
    """Rows of the closing action log: the lines after its header row, or its list entries."""
    for index, (text, _) in enumerate(table):
        columns = columns_of(text)
        if columns is not None:
            return parse_table(table[index + 1 :], columns, header=text)
    return parse_log(table)


def _attach_papers(
    items: list[Item], links: list[tuple[str, int]], segments: list[Segment]
) -> None:
    spans = [(s.number, s.start, s.end) for s in segments]
    papers = assign_papers(links, spans)
    for item in items:
        if item.number in papers:
            item.papers = papers[item.number]
