"""Whose action is it: the organisation an action log's owner names.

Owners are written every which way: a role ("Chief Constable"), an abbreviation ("CC"), one
with a name ("DCC Smith"), initials ("KM"), a surname, an organisation ("Kent Police"), or just
"Force". Two may share a line ("KM/GM", "CC and CFO"). Each part is matched against the people
at the meeting, and the most specific thing it names wins; a line whose parts name different
organisations answers to none, so no liaison is given an action that is only partly theirs.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from scrutiny.record import Person

# Two owners on one line: "KM/GM", "CC & CFO", "CC and DCC", "CC, CFO", "CC; CE".
_PARTS = re.compile(r"\s*(?:/|\+|,|;|\band\b)\s*")
# An "and" inside a name ("Police and Crime Commissioner") is written so that it joins.
_JOINING_AND = "_and_"
_WORD = re.compile(r"[a-z0-9']+")
# What an owner says when it means "the force", whichever force that is.
_FORCE_WORDS = frozenset({"force", "forces", "police", "constabulary"})
_FORCE_EXTRAS = frozenset({"the", "lead", "leads", "team", "officer", "officers", "chief"})
# And when it means the commissioner's own office, which is the meeting's.
_OFFICE_WORDS = frozenset({"opcc", "opfcc", "occ", "office"})
_OFFICE_EXTRAS = frozenset({"the", "team", "staff", "pcc's", "pfcc's", "commissioner's"})


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower().replace("&", " and ").replace(_JOINING_AND, " and "))


def _parts(owner: str, names: set[str]) -> list[str]:
    """The owners on the line, keeping whole the names and roles that contain an "and"."""
    text = owner.lower().replace("&", " and ")
    for name in sorted(names, key=len, reverse=True):
        joining = _joining(name)
        if joining is not None:
            pattern, joined = joining
            text = pattern.sub(joined, text)
    return [part for part in _PARTS.split(text) if part.strip()]


@lru_cache(maxsize=1024)
def _joining(name: str) -> tuple[re.Pattern[str], str] | None:
    """For a name with an "and" in it: the expression finding it in an owner, and the name
    written so that it joins; None for any other name. Made once a name."""
    words = _words(name)
    if "and" not in words:
        return None
    pattern = r"\b" + r"\W+".join(re.escape(word) for word in words) + r"\b"
    joined = " ".join(_JOINING_AND if word == "and" else word for word in words)
    return re.compile(pattern), joined


def _contains(words: list[str], phrase: list[str]) -> bool:
    """Whether `phrase` occurs in `words` as whole words, in order."""
    size = len(phrase)
    if size == 0:
        return False
    return any(words[i : i + size] == phrase for i in range(len(words) - size + 1))


def _initials(name: str) -> str:
    return "".join(word[0] for word in _words(name) if word[0].isalpha())


def _specificity(words: list[str], person: Person) -> int:
    """How much of the owner's text names this person: the longest of their names, roles and
    abbreviations found in it (0 for none), so "Deputy Chief Constable" beats "Chief
    Constable" and "DCC" never matches "CC"."""
    names = _words(person.name)
    phrases = [names]
    if len(names) > 1:
        phrases.append(names[-1:])  # the surname alone: "Mr Kemble", "DCC Smith"
        if len(names[0]) > 2:
            phrases.append(names[:1])  # the first name alone, as some logs write owners
        phrases.append([_initials(person.name)])
    if person.role:
        phrases.append(_words(person.role))
    if person.abbreviation:
        phrases.append(_words(person.abbreviation))
    found = [phrase for phrase in phrases if _contains(words, phrase)]
    return max((len(" ".join(phrase)) for phrase in found), default=0)


def _named_organisation(words: list[str], organisations: set[str]) -> str | None:
    """The organisation the owner names outright: the longest found, since an office's name
    ("Office of the Kent Police and Crime Commissioner") contains its force's."""
    found = [name for name in organisations if _contains(words, _words(name))]
    return max(found, key=len) if found else None


def _only(words: list[str], core: frozenset[str], extras: frozenset[str]) -> bool:
    return bool(words) and bool(core & set(words)) and set(words) <= core | extras


def _part_organisation(part: str, attendees: Sequence[Person], office: str | None) -> str | None:
    words = _words(part)
    organisations = {a.organisation for a in attendees if a.organisation}
    if office:
        organisations.add(office)
    if named := _named_organisation(words, organisations):
        return named
    scored = [(_specificity(words, person), person) for person in attendees]
    best = max((score for score, _ in scored), default=0)
    if best:
        theirs = {person.organisation for score, person in scored if score == best}
        return theirs.pop() if len(theirs) == 1 else None
    others = organisations - {office} if office else organisations
    if _only(words, _FORCE_WORDS, _FORCE_EXTRAS):
        return others.pop() if len(others) == 1 else None
    if office and _only(words, _OFFICE_WORDS, _OFFICE_EXTRAS):
        return office
    return None


def owner_organisation(
    owner: str | None, attendees: Sequence[Person], office: str | None
) -> str | None:
    """The organisation answerable for an action owned by `owner` at a meeting with these
    `attendees`, held by the office `office`; None when it cannot be told."""
    if not owner or not owner.strip():
        return None
    names = {p.organisation for p in attendees if p.organisation}
    names.update(p.role for p in attendees if p.role)
    if office:
        names.add(office)
    parts = _parts(owner, names)
    found = {_part_organisation(part, attendees, office) for part in parts}
    found.discard(None)
    return found.pop() if len(found) == 1 else None
