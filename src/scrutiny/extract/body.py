"""One agenda item's paragraphs -> its sections, points, actions and presenter.

Within an item, paragraphs are read in order: the introduction names the presenter, short
unpunctuated lines are section headings (usually the plan's priorities), an "Action" heading or
label introduces actions, a closing action table is handed on whole, and every other paragraph
is a point of discussion.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from scrutiny.extract import conventions
from scrutiny.extract.action_table import TABLE_TITLE, columns_of
from scrutiny.extract.actions import action_label, parse_action
from scrutiny.extract.dates import find_dates, parse_date
from scrutiny.extract.kinds import point_kind
from scrutiny.extract.paragraphs import Paragraph, without_paragraph_number
from scrutiny.extract.speakers import Cast, speakers
from scrutiny.record import Action, Item, Point, Section, Where

_MAX_HEADING_CHARS = 150
_LONGEST_TABLE_HEADER = 120
_MAX_HEADING_WORDS = 20
_MAX_HEADING_LINES = 2
_ACTION_HEADING = re.compile(
    r"^(?:agreed\s+|new\s+)?actions?(?:\s+(?:agreed|arising))?\s*:?$", re.IGNORECASE
)


@dataclass
class ItemBody:
    item: Item
    actions: list[Action] = field(default_factory=list)
    # Lines of a closing action log (its header row first), for action_table.parse_table.
    table: list[tuple[str, Where]] = field(default_factory=list)


def is_heading(paragraph: Paragraph) -> bool:
    text = paragraph.text
    return (
        # A long heading set in a large or bold face wraps once on the page.
        len(paragraph.lines) <= _MAX_HEADING_LINES
        and not paragraph.bulleted
        and len(text) <= _MAX_HEADING_CHARS
        and len(text.split()) <= _MAX_HEADING_WORDS
        and (text[:1].isupper() or text[:1].isdigit() or text[:1] in "‘'\"")
        and not text.endswith((".", ":", ";", ",", "?", "!"))
    )


def _starts_table(paragraph: Paragraph) -> bool:
    """A closing action log: its title ("Action log") or its header row, maybe under "Actions"."""
    first = paragraph.lines[0].text
    if len(first) > _LONGEST_TABLE_HEADER:  # a line of prose, not a title or a header row
        return False
    if TABLE_TITLE.match(first) or columns_of(first) is not None:
        return True
    second = paragraph.lines[1].text if len(paragraph.lines) > 1 else ""
    return bool(_ACTION_HEADING.match(first)) and columns_of(second) is not None


# "He highlighted that …": someone named before goes on speaking.
_PRONOUN_SPEAKS = re.compile(r"^(?:He|She|They)\s+(?:also\s+)?[a-z]+(?:ed|s)\b")
# "DCC: Write to …", "1. T/DCC – share the plan …": whose action it is, before what it is.
_OWNER_LABEL = re.compile(r"^(?:\d{1,2}[.)]\s+)?[A-Z][\w./&’' ]{0,40}?(?::|\s[-–—])\s+")


class _ItemReader:
    def __init__(self, number: str, title: str, cast: Cast) -> None:
        self.body = ItemBody(Item(number=number, title=title))
        self.cast = cast
        self.section: Section | None = None
        self.in_table = False
        # Under "Date of next meeting" as an item, its date is procedure, not a point.
        self.next_meeting = conventions.is_next_meeting(title)
        # An item headed "Actions agreed" holds actions from its first line.
        self.in_actions = bool(_ACTION_HEADING.match(title))

    def read(self, paragraph: Paragraph) -> None:
        paragraph = without_paragraph_number(paragraph)
        text = paragraph.text
        if self.in_table or _starts_table(paragraph):
            self._table(paragraph)
        elif (
            conventions.is_next_meeting(text)
            or (self.next_meeting and find_dates(text))
            or conventions.is_handover(text)
            or conventions.is_closing(text)
            or conventions.says_nothing(text)
        ):
            pass
        elif (introduction := self._introduction(text)) is not None:
            sentence, rest = introduction
            self.body.item.presenter = self._presenter(sentence)
            if conventions.reports_more(sentence):
                self._point(paragraph)  # nothing it reports is lost with the procedure
            elif rest:
                self._point(paragraph, rest)
        elif _ACTION_HEADING.match(text):
            self.in_actions = True
        elif action_label(text) or (self.in_actions and not self._is_discussion(text)):
            self._action(paragraph)
        elif is_heading(paragraph):
            self.in_actions = False
            self.section = Section(heading=text)
            self.body.item.sections.append(self.section)
        else:
            self.in_actions = False
            self._point(paragraph)

    def _introduction(self, text: str) -> tuple[str, str] | None:
        if self.body.item.sections or self.body.actions:
            return None
        return conventions.split_introduction(text)

    def _presenter(self, sentence: str) -> str | None:
        found = speakers(sentence, self.cast)
        return found[0] if found else conventions.presenter_named(sentence)

    def _is_discussion(self, text: str) -> bool:
        # Under an actions heading "DCC: Write to …" is the DCC's action, not a turn of dialogue.
        owner = _OWNER_LABEL.match(text)
        return bool(speakers(text[owner.end() :] if owner else text, self.cast))

    def _table(self, paragraph: Paragraph) -> None:
        self.in_table = True
        for line in paragraph.lines:
            if conventions.opens_next_meeting(line.text):
                self.in_table = False
                return
            # With its indentation, so a table set in columns of spaces keeps them aligned.
            self.body.table.append((" " * line.indent + line.text, line.where))

    def _action(self, paragraph: Paragraph) -> None:
        action = parse_action(paragraph.text, self.body.item.number)
        if action is None:
            return
        action.where = paragraph.where
        last = self.section.points[-1] if self.section and self.section.points else None
        if last is not None and (due := parse_date(action.text.rstrip("."))):
            # "RESOLVED: That the CC provides a report …" / "Action: CC – 16 September 2025":
            # the action line gives only who and when; what is the decision above it.
            assert self.section is not None
            self.section.points.pop()
            action.text, action.due, action.where = last.text, due, last.where
        self.body.actions.append(action)

    def _point(self, paragraph: Paragraph, text: str | None = None) -> None:
        text = text or paragraph.text
        item = self.body.item
        said_by = speakers(text, self.cast)
        if not said_by and item.presenter and _PRONOUN_SPEAKS.match(text):
            # "The CC presented the report. He highlighted that …": the presenter goes on.
            said_by = [item.presenter]
        point = Point(text, point_kind(text), said_by, paragraph.where)
        if not item.sections and item.presenter is None and conventions.names_own_update(text):
            item.presenter = point.speakers[0] if point.speakers else None
        if self.section is None:
            self.section = Section(heading=None)
            item.sections.append(self.section)
        self.section.points.append(point)


def read_item(number: str, title: str, paragraphs: list[Paragraph], cast: Cast) -> ItemBody:
    reader = _ItemReader(number, title, cast)
    for paragraph in paragraphs:
        reader.read(paragraph)
    return reader.body
