"""Whose board it is: the office named in the letterhead, the footer or the attendance list."""

from __future__ import annotations

import re

from scrutiny.extract.people import ORGANISATION_CONNECTIVES

# --- The office whose board it is ------------------------------------------------------------

# The PCC areas of England and Wales, so "for Cheshire" stops before "Clemonds Hey, Winsford".
_AREAS = (
    "Avon and Somerset", "Bedfordshire", "Cambridgeshire and Peterborough", "Cambridgeshire",
    "Cheshire", "Cleveland", "Cumbria", "Derbyshire", "Devon, Cornwall and the Isles of Scilly",
    "Devon and Cornwall", "Dorset", "Durham and Darlington", "Durham", "Dyfed-Powys", "Essex",
    "Gloucestershire", "Greater Manchester", "Gwent", "Hampshire and the Isle of Wight",
    "Hampshire and Isle of Wight", "Hampshire", "Hertfordshire", "Humberside", "Kent",
    "Lancashire", "Leicester, Leicestershire and Rutland", "Leicestershire", "Lincolnshire",
    "London", "Merseyside", "Norfolk", "North Wales", "York and North Yorkshire",
    "North Yorkshire", "Northamptonshire", "Northumbria", "Nottinghamshire", "South Wales",
    "South Yorkshire", "Staffordshire", "Suffolk", "Surrey", "Sussex", "Thames Valley",
    "Warwickshire", "West Mercia", "West Midlands", "West Yorkshire", "Wiltshire and Swindon",
    "Wiltshire",
)  # fmt: skip
_AREA = "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in sorted(_AREAS, key=len, reverse=True))
_PLACE_WORD = r"[A-Z][\w'’-]+"
_COMMISSIONER = (
    r"(?i:police,?\s+fire\s+(?:and|&)\s+crime|police,?\s+crime\s+(?:and|&)\s+victims['’]?"
    r"|police\s+(?:and|&)\s+crime)\s+(?i:commissioner)"
)
_PLACE = rf"{_PLACE_WORD}(?: (?:and )?{_PLACE_WORD}){{0,2}}"
_OFFICE = re.compile(
    rf"\b(?i:office\s+of\s+the)\s+(?P<before>(?:{_AREA}|{_PLACE_WORD}(?:\s+{_PLACE_WORD})?)\s+)?"
    rf"{_COMMISSIONER}(?:\s+(?i:for)\s+(?P<after>(?i:{_AREA})|{_PLACE_WORD}))?"
    r"|\bMayor['’]s\s+Office\s+for\s+Policing\s+(?:and|&)\s+Crime"
)
# On one line the office's area may be any place, of several words, where the line ends:
# "Office of the Police and Crime Commissioner for North Pennine", "Dalesmoor Office of the …".
_OFFICE_ON_A_LINE = re.compile(
    rf"(?:(?<![\w’'])(?P<lead>(?!The\b){_PLACE}) )?\b(?i:office\s+of\s+the)\s+"
    rf"(?P<before>{_PLACE}\s+)?{_COMMISSIONER}"
    rf"(?:\s+(?i:for)\s+(?P<after>{_PLACE}))?(?=\s*(?:$|[,.;|(]|\s{{2}}))"
)
# A letterhead that names the commissioner for the office: "Severnmoor Police and Crime
# Commissioner" alone on one of the first lines.
_LETTERHEAD = re.compile(rf"^\s*(?P<name>(?:{_AREA}|{_PLACE}) {_COMMISSIONER})(?:\s*$|\s{{2,}})")
_LETTERHEAD_LINES = 8


def find_organisation(lines: list[str]) -> str | None:
    """The office whose board it is ("Office of the Kent Police and Crime Commissioner"), or
    failing that the commissioner a letterhead names ("Severnmoor Police and Crime
    Commissioner")."""
    for line in lines:
        match = _OFFICE_ON_A_LINE.search(line)
        if match and (match["lead"] or match["before"] or match["after"]):
            return _normalise_office(match.group())
    return _office_in(lines) or _letterhead(lines)


def _letterhead(lines: list[str]) -> str | None:
    for line in [line for line in lines if line.strip()][:_LETTERHEAD_LINES]:
        if match := _LETTERHEAD.match(line):
            return _normalise_office(match["name"])
    return None


def _office_in(lines: list[str]) -> str | None:
    # Joined, because a letterhead or footer may wrap the office's name over two lines.
    text = re.sub(r"\s+", " ", " ".join(lines))
    first: str | None = None
    for match in _OFFICE.finditer(text):
        name = _normalise_office(match.group())
        # An office named with its area beats an unqualified "Office of the PCC" sub-heading.
        if match.group("before") or match.group("after") or name.startswith("Mayor"):
            return name
        first = first or name
    return first


def _normalise_office(name: str) -> str:
    if name.isupper():
        # A letterhead in capitals: give the name the case the rest of the record uses.
        name = " ".join(
            w.lower() if w.lower() in ORGANISATION_CONNECTIVES else w.capitalize()
            for w in name.split()
        )
    name = re.sub(r"\s*&\s*", " and ", name)
    name = re.sub(r"\boffice\s+of\s+the\b", "Office of the", name, flags=re.IGNORECASE)
    return name.strip()
