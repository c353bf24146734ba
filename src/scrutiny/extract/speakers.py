"""Who speaks in a point: the roles and people who say, ask, note or confirm something in it.

Notes name people in many ways ("The Chief Constable", "the CC", "ACC Brookes", "Paul Fell");
a record names each speaker by the abbreviation the meeting uses. A mention counts as a
speaker only when it is the subject of a verb ("the PCC asked") or the agent of a passive
("observed by the CC"), never when it is addressed or owned ("thanked the PCC for",
"the PCC's request").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

from scrutiny.extract.roles import ROLE_ABBREVIATIONS, ROLE_TITLE, abbreviation_for_role
from scrutiny.record import Person

_IRREGULAR_VERBS = frozenset(
    "said sought was is were are had has made gave felt took thought saw met would will "
    "could can must may might should shall did does led held put set spoke went knew told "
    "wrote read understood undertook became began brought built chose drew found got kept "
    "left lent meant paid ran sent showed stood struck taught won withdrew".split()
)
_PRESENT_VERBS = frozenset(
    "says asks notes reports confirms explains advises highlights states agrees thanks "
    "welcomes commends adds requests suggests stresses emphasises acknowledges outlines "
    "responds replies queries seeks reiterates accepts expects believes feels hopes wants".split()
)
# Words that may stand between a subject and its verb: "the CC also noted".
_ADVERBS = frozenset(
    "also further then later again additionally subsequently specifically both himself "
    "herself themselves jointly briefly however therefore equally similarly rightly".split()
)
_LOOKAHEAD = 80  # characters after a mention that can hold its verb
_WORD = re.compile(r"[A-Za-z’'-]+|\(|\)|,|;|:|\.")


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    label: str


class Cast:
    """The ways this meeting's notes can name a speaker, each mapped to the record's label."""

    def __init__(self, people: Iterable[Person] = ()) -> None:
        self._names: dict[str, str] = {}
        self._abbreviations: set[str] = set(ROLE_ABBREVIATIONS.values())
        for person in people:
            label = person.abbreviation or person.name
            if person.abbreviation:
                self._abbreviations.add(person.abbreviation)
            self._names[person.name] = label
            if person.role and person.abbreviation and not abbreviation_for_role(person.role):
                self._names[person.role] = person.abbreviation
        # Notes often call people by their initials ("SM asked") though the list gives their
        # role's abbreviation ("Stephen Mold (PFCC)"); initials that mean something else don't.
        for person in people:
            initials = _initials(person.name)
            if len(initials) >= 2 and initials not in self._abbreviations | set(self._names):
                self._names[initials] = person.abbreviation or person.name
        # ... or by title and surname: "Ms Gale asked", "Cllr Reed".
        self._surnames: dict[str, str] = {}
        for person in people:
            if surname := _surname(person.name):
                self._surnames.setdefault(surname, person.abbreviation or person.name)
        # "The Commissioner asked": the commissioner at the table, whatever the office's title;
        # "the Deputy Commissioner" likewise.
        self._commissioner = _labelled(people, _is_commissioner, "PCC")
        self._deputy = _labelled(people, _is_deputy_commissioner, "DPCC")
        words = sorted(self._abbreviations | set(self._names), key=len, reverse=True)
        self._pattern = _names_pattern(tuple(words))

    def mentions(self, text: str) -> list[Mention]:
        found: list[Mention] = []
        for match in ROLE_TITLE.finditer(text):
            abbreviation = abbreviation_for_role(match.group())
            if abbreviation:
                found.append(Mention(match.start(), match.end(), abbreviation))
        for match in _FORMAL_NAME.finditer(text):
            if label := self._surnames.get(match["surname"]):
                found.append(Mention(match.start(), match.end(), label))
        for match in _THE_COMMISSIONER.finditer(text):
            label = self._deputy if match["deputy"] else self._commissioner
            found.append(Mention(match.start(), match.end(), label))
        taken = [(m.start, m.end) for m in found]
        for match in self._pattern.finditer(text):
            if any(s <= match.start() < e for s, e in taken):
                continue
            word = match.group()
            found.append(Mention(match.start(), match.end(), self._names.get(word, word)))
        return sorted(found, key=lambda m: m.start)


@lru_cache(maxsize=256)
def _names_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """Any of `words` standing whole; made once a cast (a meeting's notes are read with one
    cast several times, and a board's meetings share most of theirs)."""
    return re.compile(r"(?<![\w’'/-])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w/-])")


# Only "the (Deputy) Commissioner" on its own: "the Victims' Commissioner" is someone else.
_THE_COMMISSIONER = re.compile(r"(?<=\b[Tt]he\s)(?P<deputy>Deputy\s+)?Commissioner\b(?!['’]s)")
_COMMISSIONER_ABBREVIATIONS = frozenset({"PCC", "PFCC", "PCVC", "DMPC"})
_DEPUTY_ABBREVIATIONS = frozenset({"DPCC", "DPFCC", "DPCVC"})


def _labelled(people: Iterable[Person], holds: Callable[[str, str], bool], default: str) -> str:
    """The label of the first person whose role and abbreviation `holds` accepts."""
    return next(
        (
            person.abbreviation or person.name
            for person in people
            if holds(person.role or "", person.abbreviation or "")
        ),
        default,
    )


def _is_deputy_commissioner(role: str, abbreviation: str) -> bool:
    if abbreviation in _DEPUTY_ABBREVIATIONS:
        return True
    return role.endswith("Commissioner") and role.lower().startswith("deputy")


_FORMAL_NAME = re.compile(
    r"(?<![\w’'/-])(?:Mr|Mrs|Ms|Miss|Mx|Dr|Cllr|Councillor|Prof|Professor)\.?\s+"
    r"(?P<surname>[A-Z][\w’'-]+)(?![\w/-])"
)


def _is_commissioner(role: str, abbreviation: str) -> bool:
    if abbreviation in _COMMISSIONER_ABBREVIATIONS:
        return True
    return role.endswith("Commissioner") and not role.lower().startswith("deputy")


def _surname(name: str) -> str | None:
    """ "Ruth Gale" is "Ms Gale" or "Dr. Gale" in the notes: her surname, if she has one."""
    words = name.split()
    return words[-1] if len(words) >= 2 and words[-1][:1].isupper() else None


def _initials(name: str) -> str:
    return "".join(word[0] for word in name.split() if word[:1].isupper())


def _tokens(text: str) -> list[str]:
    return _WORD.findall(text)


def _is_verb(word: str) -> bool:
    if not word.islower():
        return False
    return (
        (word.endswith("ed") and len(word) > 3)
        or word in _IRREGULAR_VERBS
        or word in _PRESENT_VERBS
    )


def _skip_to_predicate(tokens: list[str]) -> list[str]:
    """Tokens after a mention with any "(ABBR)", names and adverbs skipped."""
    i = 0
    if tokens[:1] == ["("] and ")" in tokens[:4]:
        i = tokens.index(")") + 1
    while i < len(tokens) and tokens[i][:1].isupper() and i < 3:
        i += 1
    while i < len(tokens) and tokens[i] in _ADVERBS:
        i += 1
    return tokens[i:]


def speakers(text: str, cast: Cast) -> list[str]:
    """Labels of those who speak in `text`, in order of first speaking."""
    mentions = cast.mentions(text)
    spoken: list[str] = []
    for index, mention in enumerate(mentions):
        if mention.label not in spoken and _speaks(text, mentions, index):
            spoken.append(mention.label)
    return spoken


_LOOKBEHIND = 16
_TURN = re.compile(r":|\s+[-–—]\s")
_BY_THE = re.compile(r"\bby(?:\s+the)?$", re.IGNORECASE)


def _speaks(text: str, mentions: list[Mention], index: int) -> bool:
    """Whether mentions[index] is the subject of a verb of speaking. Only the words around it
    are read, never the rest of the text, so a long paragraph takes time in proportion to it."""
    mention = mentions[index]
    before = text[max(0, mention.start - _LOOKBEHIND) : mention.start].rstrip()
    if _BY_THE.search(before):
        return True
    after = text[mention.end : mention.end + _LOOKAHEAD]
    if after.startswith(("'", "’")):  # possessive: "the PCC's request"
        return False
    if _TURN.match(after) and (not before or before.endswith((".", "?", "!"))):
        return True  # a turn of dialogue: "PCC: Can you confirm …?", "AS - 1,032 crimes …"
    # The verb, if any, is within a few words: a name, "(ABBR)" and an adverb at most.
    rest = _skip_to_predicate(_tokens(after))
    if rest and rest[0] in ("and", "&") and index + 1 < len(mentions):
        # "The PCC and the Chief Constable asked ...": both are subjects of the verb.
        partner = mentions[index + 1]
        between = text[mention.end : partner.start]
        if re.fullmatch(r"\s*(?:and|&)\s+(?:the\s+)?", between, re.IGNORECASE):
            return _speaks(text, mentions, index + 1)
    return bool(rest) and _is_verb(rest[0])
