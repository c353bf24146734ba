"""Inspection reports as board notes name them: a title, a key that survives rewording, and the
force a report inspected when its title names one.

Notes name one report many ways: "Update on PEEL 2023/25 - An inspection of Kent Police",
"PEEL 2023-25", "the PEEL AFIs"; "HMICFRS Crime Data Integrity (CDI) re-inspection" and "the
HMICFRS CDI re-inspection report". The key keeps the words that say which report it is (its
subject, its acronym, its years) and drops the inspectorate, the force inspected, and words
such as "update", "publication" or "report", sorted so word order does not matter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# The inspectorate's long name, in any of its forms, read as its acronym.
_INSPECTORATE = re.compile(
    r"\b(?:Her|His)\s+Majesty(?:'|’)?s\s+Inspectorate\s+of\s+Constabulary"
    r"(?:\s+and\s+Fire\s+(?:&|and)\s+Rescue\s+Services)?(?:\s*\((?:HMICFRS|HMIC)\))?",
    re.IGNORECASE,
)
# Words that say a heading or sentence is about an inspection at all.
INSPECTION_WORDS = re.compile(
    r"\b(?:HMICFRS|HMIC|HMI|PEEL|inspect(?:ion|ions|orate|ed)|re-?inspection)\b", re.IGNORECASE
)
# Agenda headings over several reports at once ("Inspections, Audits & Reviews", "HMICFRS
# update"): they introduce reports, they are not one.
_GENERIC_HEADING = re.compile(r"\b(?:inspections|reports|audits|reviews)\b", re.IGNORECASE)
# A force as named in a title or text: "Kent Police", "Avon and Somerset Constabulary",
# "Metropolitan Police Service"; not the commissioner ("Kent Police and Crime Commissioner").
# An area is at most four words, which also keeps a long run of capitals quick to scan.
_FORCE = re.compile(
    r"\b(?P<area>[A-Z][a-z]+(?:[-\s]+(?:(?:and|&)\s+)?[A-Z][a-z]+){0,3})\s+"
    r"(?P<kind>Police(?:\s+Service)?|Constabulary)\b"
    r"(?!\s*(?:,\s*Fire\s+)?(?:and|&)\s+Crime)(?!\s+(?:Rehabilitation|Federation|Wellbeing))"
)
# Capitalised words that begin a phrase but are no place: "the National Police Wellbeing
# Service", "An inspection of ...".
_NOT_AREAS = frozenset(
    "The A An All Each Every National Local Neighbourhood This That Our Their Its Of".split()
)
_YEARS = re.compile(
    r"\b((?:19|20)\d{2})\s*(?:/|-|–|to)\s*(?:(?:19|20)(\d{2})|(\d{2}))\b", re.IGNORECASE
)
_SYNONYMS = [
    (re.compile(r"\bcrime\s+data\s+integrity\b"), "cdi"),
    (re.compile(r"\banti[-\s]?social\s+behaviour\b"), "asb"),
    (re.compile(r"\bviolence\s+against\s+women\s+and\s+girls\b"), "vawg"),
    (re.compile(r"\bpolice\s+effectiveness,?\s+efficiency\s+(?:and|&)\s+legitimacy\b"), "peel"),
    (re.compile(r"\bcounter[-\s]terrorism\b"), "counter terrorism"),
    (re.compile(r"\bre-?inspection\b"), "inspection"),
]
# Words that never tell one report from another.
_KEY_STOP_WORDS = frozenset(
    """the a an of on in to for and into with by from about at its their our this that
    hmicfrs hmic hmi inspectorate inspection inspections publication published report reports
    update updates progress findings latest final interim new""".split()
)
_KEY_WORD = re.compile(r"[a-z0-9]+(?:[/'-][a-z0-9]+)*")
_YEAR_WORD = re.compile(r"(?:19|20)\d{2}(?:/\d{2})?$")
_UPDATE_PREFIX = re.compile(
    r"^\s*(?:(?:an?\s+)?update(?:d)?\s+(?:on|re|regarding)\s*:?\s*|update\s*[:–-]\s*)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Report:
    """A report as one meeting names it."""

    title: str
    key: str
    force: str | None = None  # the force inspected, when the title names one


def normalise_inspectorate(text: str) -> str:
    return _INSPECTORATE.sub("HMICFRS", text)


def clean_title(title: str) -> str:
    """The title to show: the inspectorate's name shortened, "Update on" dropped."""
    title = " ".join(normalise_inspectorate(title).split())
    title = _UPDATE_PREFIX.sub("", title).strip(" -–:.")
    return title[:1].upper() + title[1:] if title else title


def force_named(text: str) -> str | None:
    """The first force `text` names: "An inspection of Kent Police" -> "Kent Police"."""
    for found in forces_named(text):
        return found
    return None


def forces_named(text: str) -> list[str]:
    found = []
    for match in _FORCE.finditer(text):
        words = match.group("area").split()
        while words and words[0] in _NOT_AREAS:
            words.pop(0)
        if words and words[0] not in ("and", "&"):
            found.append(" ".join([*words, match.group("kind")]))
    return found


def _years(match: re.Match[str]) -> str:
    return f"{match.group(1)}/{match.group(2) or match.group(3)}"


def key_words(title: str) -> list[str]:
    text = normalise_inspectorate(title)
    force = force_named(text)
    if force:
        text = text.replace(force, " ")
    text = _YEARS.sub(_years, text.lower().replace("’", "'"))
    for pattern, replacement in _SYNONYMS:
        text = pattern.sub(replacement, text)
    words = []
    for word in _KEY_WORD.findall(text):
        word = word.removesuffix("'s")
        if word in _KEY_STOP_WORDS:
            continue
        if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
            word = word[:-1]
        if word not in _KEY_STOP_WORDS:
            words.append(word)
    return words


def report_key(title: str) -> str:
    """One key for every wording of one report's title."""
    return " ".join(sorted(set(key_words(title))))


def report(title: str) -> Report | None:
    """The report a title names, or None when nothing in it tells one report from another."""
    key = report_key(title)
    if not key:
        return None
    return Report(clean_title(title), key, force_named(normalise_inspectorate(title)))


def heading_report(heading: str | None) -> Report | None:
    """The report a section heading or item title is about ("HMICFRS publication – The policing
    response to anti-social behaviour"); None for headings over many ("Inspections, Audits &
    Reviews") or about something else (a plan priority, "Internal Audit")."""
    if not heading or not INSPECTION_WORDS.search(heading):
        return None
    if _GENERIC_HEADING.search(heading) and not re.search(r"\bPEEL\b", heading):
        return None
    return report(heading)


def years_of(key: str) -> list[str]:
    return [w for w in key.split() if _YEAR_WORD.match(w)]


def without_years(key: str) -> str:
    return " ".join(w for w in key.split() if not _YEAR_WORD.match(w))


def same_report(a: str, b: str) -> bool:
    """Whether keys `a` and `b` name one report: equal, or equal but for years that only one of
    them states ("PEEL" and "PEEL 2023/25"). Two different years are two reports."""
    if a == b:
        return True
    if not a or not b or (years_of(a) and years_of(b)):
        return False
    return without_years(a) == without_years(b) and bool(without_years(a))
