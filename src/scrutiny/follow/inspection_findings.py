"""What a sentence says of an inspection's findings: recommendations, areas for improvement
(AFIs) and causes of concern, counted ("five of the 14 AFIs had now been met", "Of the 12
recommendations, nine have been discharged", "the Force had closed two of the three causes of
concern") or named ("the recommendation on vetting backlogs remains open", "the AFI relating to
crime recording was now complete", "For the 'Protecting Vulnerable People' AFI, ...").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from scrutiny.extract.numbers import NUMBER_WORDS, words_value
from scrutiny.follow.inspection_statuses import (
    CONNECTORS,
    STATUS,
    STATUS_LOOSE,
    STATUS_VERB,
    FindingStatus,
    status_of,
)

FindingKind = Literal["recommendation", "afi", "cause of concern"]

_NUM = rf"(?i:\d{{1,4}}(?![\d/.%])|{NUMBER_WORDS})"
_KIND = (
    r"(?P<kind>(?i:(?:recommendations?|areas?\s+for\s+improvement|AFIs?"
    r"|causes?\s+(?:of|for)\s+concern)\b(?:\s*\(AFIs?\))?))"
)
# Words between a number and the kind: "the 14 PEEL AFIs", "four 'Responding to the Public'
# AFIs", "nine outstanding recommendations". Case matters: capitals name a report or a group.
_QUALIFIER = (
    r"(?P<qual>(?:(?:['‘][^'’]{1,60}['’]|[A-Z][\w/-]*|(?:19|20)\d{2}(?:/\d{2,4})?"
    r"|(?i:outstanding|remaining|open|closed|national|recent|further|other))\s+){0,4})"
)
_COUNT_OF_TOTAL = re.compile(
    rf"(?<![\w/.£])(?P<count>{_NUM})\s+(?:(?i:out)\s+)?(?i:of)\s+"
    rf"(?:(?i:the|its|their|these|those|all)\s+)?(?P<total>{_NUM})\s+{_QUALIFIER}{_KIND}"
)
_NUMBER_KIND = re.compile(rf"(?<![\w/.£])(?P<number>{_NUM})\s+{_QUALIFIER}{_KIND}")
_COUNT_STATUS = re.compile(
    rf"(?<![\w/.£])(?P<count>{_NUM})\s+(?:(?:{CONNECTORS})\s+){{0,4}}{STATUS}"
)
_STATUS_AFTER = re.compile(
    rf"\s*,?\s*(?:(?i:which|that)\s+)?(?:(?:{CONNECTORS})\s+){{0,5}}{STATUS}"
)
_STATUS_BEFORE = re.compile(
    rf"(?i:had|has|have|having)\s+(?:(?i:now|already|successfully|formally|fully)\s+)?"
    rf"{STATUS_VERB}\s+$"
)
_TOTAL_BEFORE = re.compile(r"(?i:\bof\s+(?:the|its|their|these|those)\s+)$")
_ALL_BEFORE = re.compile(r"(?i:\ball\s+(?:of\s+)?(?:the\s+|its\s+|their\s+)?)$")
_ACRONYM = re.compile(r"^(?:[A-Z]{2,}|(?:19|20)\d{2}(?:/\d{2,4})?)$")
_QUOTED = re.compile(r"['‘]([^'’]{1,60})['’]")
# How far after a kind a bare count may stand and still count its findings.
_COUNT_REACH = 120


@dataclass(frozen=True)
class Count:
    """A tally as the sentence states it, before it is tied to a report."""

    kind: FindingKind
    count: int
    total: int | None
    status: FindingStatus
    subject: str | None  # a named group: "Responding to the Public"
    report_hint: str | None  # acronyms before the kind: "PEEL" in "the 14 PEEL AFIs"


def kind_of(text: str) -> FindingKind:
    lowered = text.lower()
    if lowered.startswith("recommendation"):
        return "recommendation"
    if lowered.startswith("cause"):
        return "cause of concern"
    return "afi"


def number(text: str) -> int:
    return int(text) if text.isdigit() else words_value(text)


def counts(sentence: str) -> list[Count]:
    """Every tally in `sentence`: counts of a total, and counts alone with their status."""
    found: list[Count] = []
    covered: list[tuple[int, int]] = []
    for match in _COUNT_OF_TOTAL.finditer(sentence):
        covered.append(match.span())
        subject, hint, qualifier_status = _qualifier(match.group("qual"))
        status = _status_after(sentence, match.end()) or _status_before(sentence, match.start())
        status = status or qualifier_status
        if status:
            count, total = number(match.group("count")), number(match.group("total"))
            found.append(Count(kind_of(match["kind"]), count, total, status, subject, hint))
    for match in _NUMBER_KIND.finditer(sentence):
        if any(start <= match.start() < end for start, end in covered):
            continue
        counted = _counted(sentence, match)
        if counted is not None:
            found.append(counted)
    return found


def _counted(sentence: str, match: re.Match[str]) -> Count | None:
    """ "Of the eight recommendations, ... one had been met", "the four AFIs which had allowed
    three to be closed", "three recommendations remain open", "all 14 AFIs had been met"."""
    subject, hint, qualifier_status = _qualifier(match.group("qual"))
    value = number(match.group("number"))
    before = sentence[: match.start()]
    later = _COUNT_STATUS.search(sentence, match.end(), match.end() + _COUNT_REACH)
    kind = kind_of(match["kind"])
    if later is not None and not _ALL_BEFORE.search(before):
        counted = status_of(later.group("status"))
        if counted is not None:
            return Count(kind, number(later.group("count")), value, counted, subject, hint)
    status = _status_after(sentence, match.end()) or qualifier_status
    if status is None:
        return None
    if _ALL_BEFORE.search(before):
        return Count(kind, value, value, status, subject, hint)
    if _TOTAL_BEFORE.search(before):
        return None  # "of the 14 AFIs": a total, with no count of it given
    return Count(kind, value, None, status, subject, hint)


def _status_after(sentence: str, at: int) -> FindingStatus | None:
    match = _STATUS_AFTER.match(sentence, at)
    return status_of(match.group("status")) if match else None


def _status_before(sentence: str, at: int) -> FindingStatus | None:
    match = _STATUS_BEFORE.search(sentence[max(0, at - 60) : at])
    return status_of(match.group("status")) if match else None


def _qualifier(text: str) -> tuple[str | None, str | None, FindingStatus | None]:
    """A qualifier's group name (quoted or capitalised words), its report acronyms, and a
    status it states ("outstanding")."""
    quoted = _QUOTED.search(text)
    rest = _QUOTED.sub(" ", text).split()
    hint = [w for w in rest if _ACRONYM.match(w)]
    named = [w for w in rest if w[:1].isupper() and not _ACRONYM.match(w)]
    status = next((s for w in rest if (s := status_of(w, strict=True))), None)
    subject = quoted.group(1).strip() if quoted else " ".join(named) or None
    return subject, " ".join(hint) or None, status


@dataclass(frozen=True)
class Named:
    """A finding the sentence names, with the status it gives it (None if it gives none)."""

    kind: FindingKind
    name: str
    status: FindingStatus | None


_ABOUT = (
    r"(?i:on|relating\s+to|related\s+to|regarding|about|concerning|around|in\s+relation\s+to|"
    r"in\s+respect\s+of|covering)"
)
_NAMED_ABOUT = re.compile(
    rf"(?i:\bthe\s+){_KIND}\s+{_ABOUT}\s+(?P<name>[^,.;:()]{{3,120}}?)\s+"
    rf"(?:(?:{CONNECTORS})\s+){{1,5}}{STATUS}"
)
_NAMED_NUMBER = re.compile(
    r"\b(?P<kind>(?i:recommendation|AFI|area\s+for\s+improvement|cause\s+of\s+concern))\s+"
    r"(?P<number>\d{1,3}[a-z]?)\b(?:\s*\((?P<name>[^)]{2,80})\))?"
)
_NAMED_QUOTED = re.compile(rf"['‘](?P<name>[^'’]{{2,80}})['’]\s+{_KIND}")
_NAMED_LIST = re.compile(
    rf"{_KIND}(?:\s+(?i:for|to|of)\s+\w+)?\s*,?\s+"
    r"(?i:including|included|include|includes|such\s+as|covered|covering)\s+(?P<list>[^.]+)"
)
_NUMBER_BEFORE = re.compile(rf"{_NUM}\s+$")
_MAX_NAME = 150


def named(sentence: str) -> list[Named]:
    """The findings `sentence` names: by number, by subject, by a quoted name, or in a list."""
    found: list[Named] = []
    for match in _NAMED_NUMBER.finditer(sentence):
        label = f"{_title(match['kind'])} {match['number']}"
        if match["name"]:
            label += f" ({match['name'].strip()})"
        found.append(Named(kind_of(match["kind"]), label, _status_after(sentence, match.end())))
    for match in _NAMED_ABOUT.finditer(sentence):
        status = status_of(match.group("status"))
        found.append(Named(kind_of(match["kind"]), match["name"].strip(), status))
    for match in _NAMED_QUOTED.finditer(sentence):
        if _NUMBER_BEFORE.search(sentence[: match.start()]):
            continue  # "the four 'Responding to the Public' AFIs": counted, not named
        loose = STATUS_LOOSE.search(sentence, match.end())
        status = status_of(loose.group("status")) if loose else None
        found.append(Named(kind_of(match["kind"]), match["name"].strip(), status))
    for match in _NAMED_LIST.finditer(sentence):
        kind = kind_of(match["kind"])
        found.extend(Named(kind, name, None) for name in _list_items(match["list"]))
    return found


def _title(kind: str) -> str:
    return "AFI" if kind.upper() == "AFI" else kind[:1].upper() + kind[1:].lower()


def _list_items(text: str) -> list[str]:
    """ "A, B and C", "A; B; and C": the items, each trimmed."""
    parts = re.split(r"\s*;\s*(?:and\s+)?|,\s+(?:and\s+)?", text.strip())
    if len(parts) >= 2 and ";" not in text and " and " in parts[-1]:
        head, _, tail = parts[-1].rpartition(" and ")
        parts[-1:] = [head, tail]
    items = [p.strip(" ,;:.").removeprefix("and ").strip() for p in parts]
    return [i for i in items if 3 <= len(i) <= _MAX_NAME]


_KEY_WORD = re.compile(r"[a-z0-9]+")
_KEY_STOP_WORDS = frozenset("the a an of on in to for and with by from its their area".split())


def finding_key(text: str) -> str:
    """One key for one finding however it is worded: its words, lower case, singular, sorted
    ("the 'Investigating Crime' AFIs" and "investigating crime" agree)."""
    words = set()
    for word in _KEY_WORD.findall(text.lower()):
        if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
            word = word[:-1]
        if word not in _KEY_STOP_WORDS:
            words.add(word)
    return " ".join(sorted(words))
