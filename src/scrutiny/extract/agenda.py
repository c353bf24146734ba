"""Find the numbered agenda items that give notes their shape, and split the lines by them.

Item headings are told from numbered paragraphs and list entries by their order: the first is
numbered 1 to 3, and each next one continues the count. When the first heading comes round
again, the document has moved on to papers of another meeting (an agenda pack with the
previous minutes), and the items end there. A heading may sit directly under the
previous item's last line (PDF text layers often lose the blank line between them).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise

from scrutiny.extract.clean import CleanLine
from scrutiny.extract.dates import find_dates

_HEADING = re.compile(
    r"^(?:(?:agenda\s+)?item\s+)?(?P<number>\d{1,2})(?:\.0(?=\s))?"  # "3", "3.0"
    r"(?:[.):]|\s*[-–—]|\s{2,}|\t|\s(?=[A-Z]))"
    r"\s*(?P<title>\S.*)$",
    re.IGNORECASE,
)
# Items numbered in Roman numerals ("iii. Violence against women and girls") or lettered
# ("C.  Neighbourhood policing"), always with a stop or bracket: a bare "I" or "v" is a word.
_ROMAN_HEADING = re.compile(
    r"^(?:(?:agenda\s+)?item\s+)?(?P<number>[ivx]{1,5}|[IVX]{1,5}|[A-H])[.)]\s+(?P<title>\S.*)$"
)
_ROMAN = {"i": 1, "v": 5, "x": 10}
_HEADING_NUMBER = re.compile(r"^(?:(?:agenda\s+)?item\s+)?(?P<number>[ivxIVX]+|[A-H])")
_MAX_TITLE_WORDS = 16
_LIST_ENTRY = re.compile(r"^(\d{1,2})[.)]\s")
_LIST_GAP = 4  # lines between list entries, a wrapped entry's included
# A contents-style tail: dot leaders or a wide gap, then a page number.
_PAGE_TAIL = re.compile(r"(?:\s*\.{3,}\s*|\s{2,}|\t+)\d{1,3}$")


@dataclass
class Segment:
    """The lines of one agenda item, its heading line excluded."""

    number: str
    title: str
    start: int  # index in the cleaned lines of the heading
    end: int  # index one past the item's last line
    lines: list[CleanLine] = field(default_factory=list)


def _without_page_number(raw: str, page: int | None) -> str:
    """The title without a page number the text layer ran into it."""
    title = _PAGE_TAIL.sub("", raw.rstrip())
    words = title.split()
    if page is not None and len(words) > 1 and words[-1] == str(page):
        words = words[:-1]
    return " ".join(words)


def _roman(numeral: str) -> int | None:
    """A Roman numeral's value; a capital letter that is none ("C." aside) counts A, B, C …"""
    if len(numeral) == 1 and numeral in "ABCDEFGH":
        return "ABCDEFGH".index(numeral) + 1
    values = [_ROMAN[c] for c in numeral.lower()]
    total = sum(-v if v < after else v for v, after in zip(values, [*values[1:], 0], strict=True))
    return total if _as_roman(total) == numeral.lower() else None


def _as_roman(number: int) -> str:
    out = ""
    for value, numeral in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while number >= value:
            out, number = out + numeral, number - value
    return out


def _title(line: CleanLine, expected: set[int], roman: bool = False) -> tuple[int, str] | None:
    """The item number and title a heading line gives: in Roman numerals or letters when
    `roman`, else in figures."""
    match = (_ROMAN_HEADING if roman else _HEADING).match(line.text)
    if not match or line.bullet:
        return None
    number = _roman(match["number"]) if roman else int(match["number"])
    if number is None:
        return None
    title = _without_page_number(match["title"], line.where.page)
    if number not in expected or not _is_title(title) or _opens_with_a_date(line.text):
        return None  # "3 March 2025" is a date, not item 3
    return number, title


def _opens_with_a_date(text: str) -> bool:
    found = find_dates(text)
    return bool(found) and found[0][1] == 0


def _restarts(line: CleanLine, first: Segment, roman: bool) -> bool:
    """The first item's heading again: the numbering starts over in an embedded document."""
    found = _title(line, {1, 2, 3}, roman)
    return found is not None and found[1].casefold() == first.title.casefold()


def _lists_this_meetings_agenda(segments: list[Segment], lines: list[CleanLine], at: int) -> bool:
    """Whether the headings so far only list the agenda of the notes that follow them.

    They stand one under another with nothing between them, and what follows them (up to the
    first heading again) is dated no earlier than anything before them: these notes' own
    header. An agenda pack's embedded minutes are another, earlier meeting's.
    """
    if len(segments) < 2 or not all(
        all(line.blank for line in lines[before.start + 1 : after.start])
        for before, after in pairwise(segments)
    ):
        return False
    after = [d for line in lines[segments[-1].start + 1 : at] for d, _, _ in find_dates(line.text)]
    before = [d for line in lines[: segments[0].start] for d, _, _ in find_dates(line.text)]
    return bool(after) and min(after) >= max(before, default=min(after))


def _continues_a_list(found: tuple[int, str], index: int, listed: tuple[int, int] | None) -> bool:
    """ "2. CFO to review the register" right after "1. Jo Roe to report …": a list's next entry.

    A title is short; a list entry is a sentence. Only a long candidate that follows the
    previous number closely is taken for an entry.
    """
    if listed is None:
        return False
    number, title = found
    previous, at = listed
    return number == previous + 1 and index - at <= _LIST_GAP and len(title.split()) > 6


# Council-style minutes head each item with its minute's reference: "PCEB 03/25  FINANCE".
_MINUTE_HEADING = re.compile(
    r"^(?P<ref>(?P<prefix>[A-Z]{2,8})\s?(?P<n>\d{1,3})/(?P<year>\d{2,4}))\.?"
    r"(?:\s{2,}|\s*[-–—:]\s*|\s+(?=[A-Z]))(?P<title>\S.*)$"
)


def _minute_segments(lines: list[CleanLine]) -> list[Segment]:
    """Items headed by minute references that run on one from another, if two or more."""
    segments: list[Segment] = []
    last: tuple[str, int, int] | None = None
    for index, line in enumerate(lines):
        match = _MINUTE_HEADING.match(line.text)
        if match is None or line.bullet:
            continue
        title = match["title"].strip()
        key = (match["prefix"], int(match["n"]), int(match["year"]))
        if not _is_title(title) or (last is not None and not _follows(key, last)):
            continue
        if segments:
            segments[-1].end = index
        segments.append(Segment(match["ref"], title, index, len(lines)))
        last = key
    return segments if len(segments) >= _MIN_HEADINGS else []


def _follows(key: tuple[str, int, int], last: tuple[str, int, int]) -> bool:
    """The minute after `last`: "03/25" after "02/25", or "25/16" after "25/15"."""
    prefix, a, b = key
    return prefix == last[0] and (
        (a == last[1] and b == last[2] + 1) or (b == last[2] and a == last[1] + 1)
    )


def _is_title(title: str) -> bool:
    return (
        (title[:1].isupper() or title[:1] in "‘'\"")
        and len(title.split()) <= _MAX_TITLE_WORDS
        and not title.endswith((".", ",", ";"))
    )


def split_items(lines: list[CleanLine]) -> tuple[list[CleanLine], list[Segment]]:
    """The header lines (before the first item) and the items in order."""
    if minutes := _minute_segments(lines):
        for segment in minutes:
            segment.lines = lines[segment.start + 1 : segment.end]
        return lines[: minutes[0].start], minutes
    segments: list[Segment] = []
    expected = {1, 2, 3}
    listed: tuple[int, int] | None = None  # (number, index) of the last numbered list entry
    # Whether items are numbered in Roman numerals or letters, once the first is found.
    roman: bool | None = None
    for index, line in enumerate(lines):
        if segments and _restarts(line, segments[0], bool(roman)):
            if not _lists_this_meetings_agenda(segments, lines, index):
                # An agenda pack carrying the previous meeting's minutes: those are another
                # meeting's items, not this one's.
                segments[-1].end = index
                break
            # The headings so far only listed the agenda, line after line: the items start here.
            segments, expected, listed = [], {1, 2, 3}, None
        found = _title(line, expected, bool(roman))
        if found is None and roman is None and (found := _title(line, expected, True)):
            roman = True
        if found is None or _continues_a_list(found, index, listed):
            if (entry := _LIST_ENTRY.match(line.text)) and not line.bullet:
                listed = (int(entry[1]), index)
            continue
        roman = bool(roman)
        number, title = found
        if segments:
            segments[-1].end = index
        written = _HEADING_NUMBER.match(line.text)
        label = written["number"] if roman and written else str(number)
        segments.append(Segment(label, title, index, len(lines)))
        expected = {number + 1}
    headed = _headed_segments(lines)
    if not segments or sum(1 for h in headed if h.start < segments[0].start) >= _MIN_HEADINGS:
        # Headed items before any numbered one: the numbers are a list inside the last item.
        segments = headed
    for segment in segments:
        segment.lines = lines[segment.start + 1 : segment.end]
    header = lines[: segments[0].start] if segments else lines
    return header, segments


# Notes that number no items still head each one: "Performance update" on a line of its own,
# with the discussion under it. Such a heading is short, unpunctuated and not a label, starts a
# paragraph, and prose follows it. Documents are read this way when they number no items, or
# head two items before any numbered line (whose numbers are then a list inside an item); at
# least two headings must be found, and the items are numbered in order.
_MAX_HEADING_WORDS = 10
_MIN_HEADINGS = 2
# A label ("Present: …") or a dated line ("Minutes – 15 January 2025") is the header.
_LABEL_LINE = re.compile(r"^[A-Za-z][A-Za-z /&]{0,30}:(?:\s|$)")
# The attendance lists belong to the header: no item starts before them.
_ATTENDANCE = re.compile(
    r"^(?:present|apologies(?:\s+for\s+absence)?|attendees|attendance|in\s+attendance|members)"
    r"\s*(?::|$)",
    re.IGNORECASE,
)
_PROSE_END = (".", "!", "?", ":")


def _headed_segments(lines: list[CleanLine]) -> list[Segment]:
    listed = [i for i, line in enumerate(lines) if _ATTENDANCE.match(line.text)]
    after = listed[-1] + 1 if listed else 0
    starts = [i for i in range(after, len(lines)) if _heads_an_item(lines, i)]
    capitals = [i for i in starts if lines[i].text.isupper()]
    if len(capitals) >= _MIN_HEADINGS:
        # Items in capitals, and under them sub-headings in ordinary case: sections, not items.
        starts = capitals
    if len(starts) < _MIN_HEADINGS:
        return []
    ends = [*starts[1:], len(lines)]
    return [
        Segment(str(n), lines[start].text, start, end)
        for n, (start, end) in enumerate(zip(starts, ends, strict=True), start=1)
    ]


def _heads_an_item(lines: list[CleanLine], index: int) -> bool:
    line = lines[index]
    text = line.text
    if (
        line.blank
        or line.bullet
        or not text[:1].isupper()
        or len(text) > 80
        or len(text.split()) > _MAX_HEADING_WORDS
        or text.endswith((*_PROSE_END, ",", ";"))
        or _LABEL_LINE.match(text)
        or _ATTENDANCE.match(text)
        or find_dates(text)
    ):
        return False
    previous = lines[index - 1] if index else None
    if previous is not None and not previous.blank and not previous.text.endswith(_PROSE_END):
        return False
    return _prose_follows(lines, index + 1)


_SENTENCE_INSIDE = re.compile(r"[a-z][.!?]\s+[A-Z]")
_PARAGRAPH_LINES = 12  # how far a paragraph under a heading is read to see that it is prose


def _prose_follows(lines: list[CleanLine], start: int) -> bool:
    """Whether a bullet or a paragraph of sentences (wrapped however) starts at `start`.

    A wrapped paragraph's first line is longer than any heading or ends a sentence inside it; a
    shorter line that ends no sentence is a heading itself.
    """
    while start < len(lines) and lines[start].blank:
        start += 1
    if start == len(lines):
        return False
    first = lines[start]
    if first.bullet or _LIST_ENTRY.match(first.text) or first.text.endswith((".", "!", "?")):
        return True
    if len(first.text.split()) <= _MAX_HEADING_WORDS and not _SENTENCE_INSIDE.search(first.text):
        return False
    for line in lines[start + 1 : start + _PARAGRAPH_LINES]:
        if line.blank:
            return False
        if line.bullet or line.text.endswith((".", "!", "?")):
            return True
    return False
