"""Who attended and who sent apologies, from the attendance lists in a document's header.

Lists come one person to a line under organisation sub-headings ("Kent Police:"), or several to
a line after "Present:" or "Apologies:", wrapped however the layout wrapped them. A header
label that is not about attendance ("Venue:", "Date:") ends a list.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from scrutiny.extract.people import (
    ROLE_HEAD_WORDS,
    conventional_abbreviation,
    heads_a_role,
    is_abbreviation,
    is_name,
    is_organisation,
    is_role_only,
    lookup_title,
    parse_person,
    strip_bullet,
    without_parentheses,
)
from scrutiny.extract.roles import ROLE_TITLE
from scrutiny.record import Person

# --- Attendance labels -------------------------------------------------------------------------

_ATTENDANCE_LABEL = re.compile(
    r"(?:(?P<apologies>apologies(?:\s+for\s+absence)?"
    r"(?:\s+(?:were|was|have\s+been|had\s+been))?(?:\s+(?:received|noted|given))?(?:\s+from)?)"
    r"|(?:also\s+)?(?:present|in\s+attendance|attendees|attendance|attending"
    r"|members(?:\s+present)?|board\s+members|officers\s+present|chair(?:ed\s+by)?))"
    r"(?:\s*[:\t–—-]\s*|\s*$|(?<=from)\s+)",
    re.IGNORECASE,
)
# Header labels that are not about attendance: they end an attendance list.
_END_LABEL = re.compile(
    r"(?:date|time|date\s*(?:and|&)\s*time|venue|location|place|title|chair(?:man|person)"
    r"|meeting|subject|purpose|agenda(?:\s+item)?|item|classification|status|author|contact"
    r"|distribution|circulation|copy\s+to|ref(?:erence)?)\s*(?:[:\t]|$)",
    re.IGNORECASE,
)
_HEADING = re.compile(r"(?P<head>[^:()]{1,80}?)\s*:\s*(?P<rest>.*)")
_NOTHING = re.compile(
    r"(?:none|nil|n/?a|no\s+apologies|none\s+received|there\s+were\s+no\s+apologies)\b\W*$",
    re.IGNORECASE,
)
_COLUMNS = re.compile(r" {3,}|\t")


def _is_a_row(text: str) -> bool:
    """Columns set with spaces or tabs, the first of them a name and none a list."""
    cells = [c.strip() for c in _COLUMNS.split(text) if c.strip()]
    return (
        len(cells) >= 2
        and "," not in cells[0]
        and is_name(cells[0], described=True)
        and not any("(" in c and ")," in c for c in cells)
    )


_ENTRY_BREAK = re.compile(r"\s*;\s*|\s*,\s*|\s+(?:and|&)\s+")


def _joins(previous: str, following: str) -> bool:
    """Whether a line continues the one before (a list or a title wrapped by the layout)."""
    # A label starts a line of its own, and nothing continues "Venue: ..., Maidstone".
    if (
        _ATTENDANCE_LABEL.match(following)
        or _END_LABEL.match(following)
        or _END_LABEL.match(previous)
        or following.endswith(":")
    ):
        return False
    if previous.endswith((",", ";", "(", "&", "–", "—", "-")) or previous.endswith(" and"):
        return True
    if following[0].islower() or following.startswith("("):
        return True
    # "Present: Jane Roe (CE), Tom" / "Reed (CFO)": a one-line list wrapped inside a name.
    last_piece = re.split(r"[,;]", previous)[-1].strip()
    if last_piece != previous.strip() and re.fullmatch(r"[A-Z][a-z'’-]+", last_piece):
        return True
    # "…, Chief Constable Elizabeth" / "Raine (CC), …": a surname and its bracket wrapped.
    first_piece = re.split(r"[,;]", following)[0].strip()
    if (
        last_piece != previous.strip()
        and not last_piece.endswith(")")
        and re.fullmatch(r"[A-Z][a-z'’-]+(?:\s*\([^()]{1,40}\))?", first_piece)
        and len(last_piece.split()) >= 2
    ):
        return True
    joined = f"{previous} {following}"
    return any(m.start() < len(previous) < m.end() for m in ROLE_TITLE.finditer(joined))


def _logical_lines(lines: Iterable[str]) -> list[str]:
    out: list[str] = []
    for raw in lines:
        text = strip_bullet(raw)
        bulleted = text != raw.strip()
        if not text:
            out.append("")
        elif out and out[-1] and not bulleted and _joins(out[-1], text):
            out[-1] = f"{out[-1]} {text}"
        else:
            out.append(text)
    return out


def _protected(text: str) -> list[tuple[int, int]]:
    """Spans a list must not be split inside: parentheses and role titles."""
    spans = [m.span() for m in ROLE_TITLE.finditer(text)]
    depth, start = 0, 0
    for i, char in enumerate(text):
        if char == "(":
            if depth == 0:
                start = i
            depth += 1
        elif char == ")" and depth:
            depth -= 1
            if depth == 0:
                spans.append((start, i + 1))
    if depth:
        spans.append((start, len(text)))
    return spans


def _describes(text: str) -> bool:
    """Whether an entry already has a role or abbreviation, i.e. a new piece starts a new entry."""
    person = parse_person(text)
    return person is not None and bool(person.role or person.abbreviation)


def _looks_like_role(text: str) -> bool:
    text = text.strip()
    first = text.split()[0].lower().strip(".,") if text.split() else ""
    return (
        bool(ROLE_TITLE.match(text))
        or first in ROLE_HEAD_WORDS
        or is_role_only(text)
        or (is_abbreviation(text) and lookup_title(text) is not None)
    )


def _is_plain_name(text: str) -> bool:
    return len(text.split()) >= 2 and is_name(text.strip(), described=False)


def _continues(previous: str, piece: str, separator: str) -> bool:
    """Whether a piece after a comma or "and" belongs to the entry before it."""
    if previous.rstrip().endswith(")"):
        return False
    # "…, OPCC (CEO)": the organisation and abbreviation of the person before.
    if piece[0].islower() or piece.startswith("(") or is_organisation(without_parentheses(piece)):
        return True
    # "Chief Executive, OPCC – Jane Roe": a bare role is followed by whose it is.
    if separator.strip() == "," and (is_role_only(previous) or heads_a_role(previous)):
        return True
    if separator.strip() in ("and", "&"):
        if is_role_only(piece):
            return True  # "Chief Executive and Monitoring Officer": one person, two roles
        if _describes(piece) and _describes(previous):
            return False  # "Chief Executive Anil Mistry and Chief Finance Officer Jo Swift"
        return not (_is_plain_name(piece) and (_is_plain_name(previous) or _describes(previous)))
    return not _describes(previous) and _looks_like_role(piece)


def _split_entries(text: str) -> list[str]:
    """The entries of a list written on one line, keeping commas that belong to a title."""
    protected = _protected(text)
    pieces: list[tuple[str, str]] = []
    last, separator = 0, ""
    for match in _ENTRY_BREAK.finditer(text):
        if any(start <= match.start() < end for start, end in protected):
            continue
        pieces.append((separator, text[last : match.start()]))
        separator, last = match.group(), match.end()
    pieces.append((separator, text[last:]))
    entries: list[str] = []
    for separator, piece in pieces:
        piece = piece.strip()
        if not piece:
            continue
        if entries and ";" not in separator and _continues(entries[-1], piece, separator):
            entries[-1] = f"{entries[-1]}{separator}{piece}"
        else:
            entries.append(piece)
    return entries


def _take_entries(text: str, people: list[Person], organisation: str | None) -> str | None:
    """Add the people one list line names; return the organisation for the lines that follow."""
    if _NOTHING.match(text):
        return organisation
    heading = _HEADING.fullmatch(text)
    if heading:
        head, rest = heading.group("head").strip(), heading.group("rest").strip()
        if is_organisation(head):
            if rest:
                _take_entries(rest, people, head)
            return head
        if not rest:
            # A sub-heading that is no organisation ("Guests:"): people below it have none.
            return None
        if is_role_only(head) and (person := parse_person(rest, organisation)):
            # "Chief Executive: Jane Roe".
            person.role = person.role or head
            person.abbreviation = person.abbreviation or conventional_abbreviation(head)
            people.append(person)
            return organisation
    if is_organisation(text) and not _describes(text):
        return text.strip().rstrip(":").strip()
    # A row of columns ("Jo Roe   Chief Executive, OPCC   JR") is one person, commas and all.
    entries = [text] if _is_a_row(text) else _split_entries(text)
    for entry in entries:
        person = parse_person(entry, organisation)
        if person is not None:
            people.append(person)
    return organisation


def parse_attendance(lines: list[str]) -> tuple[list[Person], list[Person]]:
    """Attendees and apologies listed in a document's header lines."""
    attendees: list[Person] = []
    apologies: list[Person] = []
    current: list[Person] | None = None  # None: not inside an attendance list
    organisation: str | None = None
    for text in _logical_lines(lines):
        if not text:
            continue
        label = _ATTENDANCE_LABEL.match(text)
        if label:
            current = apologies if label.group("apologies") else attendees
            organisation = None
            rest = text[label.end() :].strip()
            if rest:
                organisation = _take_entries(rest, current, organisation)
        elif _END_LABEL.match(text):
            current = None
        elif current is not None:
            organisation = _take_entries(text, current, organisation)
    return attendees, apologies
