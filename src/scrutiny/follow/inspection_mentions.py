"""Reports named in running text, and the force a meeting's board holds to account.

In text a report is a name before the word "inspection", "re-inspection" or "report": "the
HMICFRS CDI re-inspection report", "a HMICFRS Child Protection thematic inspection", "the PEEL
spotlight report", "HMICFRS's PEEL 2021/22 inspection"; or the subject after it: "the HMICFRS
report into vetting and counter-corruption". "The next PEEL inspection" or "the last
inspection" name a round of inspections, not a report.
"""

from __future__ import annotations

import re
from collections import Counter

from scrutiny.follow.inspection_reports import (
    INSPECTION_WORDS,
    Report,
    force_named,
    forces_named,
    normalise_inspectorate,
    report,
)
from scrutiny.record import MeetingRecord

_TRIGGER = re.compile(r"\b(?:re-?inspection|inspection|report)\b(?!s)", re.IGNORECASE)
_INSPECTORATE_TOKEN = re.compile(r"^(?:HMICFRS|HMIC|HMI)(?:'s|’s|s')?$")
# A word of a report's name: capitalised, an acronym (bracketed or not), or years.
_NAME_TOKEN = re.compile(
    r"^(?:\(?[A-Z][A-Za-z0-9&'’/-]*\)?|\(?(?:19|20)\d{2}(?:[/–-]\d{2,4})?\)?:?)$"
)
_QUALIFIERS = frozenset("thematic spotlight joint national re-inspection reinspection".split())
_CONNECTORS = frozenset("of and & for on in".split())
# Capitalised words that start a phrase but name nothing.
_DETERMINERS = frozenset("The A An This That These Those Its Their Our His Her".split())
# Words before a name that make it a round of inspections, not one report.
_ROUNDS = frozenset("next future forthcoming last previous recent upcoming subsequent".split())
# After "report into ...": the subject runs to punctuation or one of these words.
_SUBJECT_END = frozenset(
    """which that who was were had has have is are would will could should found made
    identified graded noted said published highlighted recommended concluded""".split()
)
_MAX_SUBJECT_WORDS = 8
_MAX_PLAIN_WORDS = 4
_NAME_REACH = 200
_NOT_NOUNS = frozenset(
    """a an the this that these those its their our his her is was are were be been has had
    have will would could should may might can to of in on at for by with from and or as
    currently recently also now""".split()
)


def reports_in_text(sentence: str, inspection_context: bool = False) -> list[Report]:
    """The reports `sentence` names, in order. Without HMICFRS or PEEL in the name or the
    sentence, a name counts only in `inspection_context` (an item about inspections)."""
    sentence = normalise_inspectorate(sentence)
    about_inspections = inspection_context or bool(
        re.search(r"\b(?:HMICFRS|HMIC|PEEL)\b", sentence)
    )
    found: list[Report] = []
    for trigger in _TRIGGER.finditer(sentence):
        title = _name_before(sentence, trigger.start(), trigger.group())
        if title is None:
            title = _subject_after(sentence, trigger.end(), trigger.group())
        if title is None or not about_inspections:
            continue
        if trigger.group().lower() == "report" and not re.search(r"\b(?:HMICFRS|PEEL)\b", title):
            continue  # "the Chief Constable's report" is a paper, not an inspection
        named = report(title)
        if named is not None and all(r.key != named.key for r in found):
            found.append(named)
    return found


def _name_before(sentence: str, at: int, trigger: str) -> str | None:
    """The name written before the trigger word, or None when there is none."""
    # A name is a few words long: looking further back only costs time on run-on text.
    tokens = sentence[max(0, at - _NAME_REACH) : at].split()
    name = _capitalised_name(tokens)
    before = tokens[: len(tokens) - len(name)]
    if before and before[-1].lower() in _ROUNDS:
        return None
    # After the inspectorate's name, plain words name the report too: "HMICFRS vetting
    # inspection", "the HMICFRS child protection thematic inspection".
    plain = _plain_words(before)
    if plain and len(before) > len(plain) and _INSPECTORATE_TOKEN.match(before[-len(plain) - 1]):
        name = ["HMICFRS", *plain, *name]
    while name and name[0] in _CONNECTORS:
        name.pop(0)
    if not [w for w in name if w != "HMICFRS"]:
        return None
    return " ".join([*name, trigger])


def _capitalised_name(tokens: list[str]) -> list[str]:
    """The capitalised words, acronyms, years and qualifiers that end `tokens`."""
    name: list[str] = []
    for token in reversed(tokens):
        if token.endswith((",", ";", ":", ".")) and not re.match(r"^(?:19|20)\d{2}", token):
            break
        if token.endswith(("'s", "’s")) and not _INSPECTORATE_TOKEN.match(token):
            break  # "the Force's inspection", "the DCC's report"
        if _INSPECTORATE_TOKEN.match(token):
            name.insert(0, "HMICFRS")
        elif (
            token.lower() in _QUALIFIERS
            or token in _CONNECTORS
            or (_NAME_TOKEN.match(token) and token not in _DETERMINERS)
        ):
            name.insert(0, token)
        else:
            break
    return name


def _plain_words(tokens: list[str]) -> list[str]:
    """Up to a few lower-case nouns ending `tokens`: no article, verb or punctuation."""
    plain: list[str] = []
    for token in reversed(tokens[-_MAX_PLAIN_WORDS:]):
        if not re.fullmatch(r"[a-z][a-z-]*", token) or token in _NOT_NOUNS or token.endswith("ed"):
            break
        plain.insert(0, token)
    return plain


def _subject_after(sentence: str, at: int, trigger: str) -> str | None:
    """ "report into vetting and counter-corruption": the subject after into/on/of."""
    rest = sentence[at:]
    match = re.match(r"\s+(?:into|on|of)\s+(?:the\s+)?", rest)
    if match is None or not re.search(r"\bHMICFRS\b", sentence[:at]):
        return None
    words: list[str] = []
    for token in rest[match.end() :].split():
        bare = token.rstrip(",.;:)")
        if not bare or bare.lower() in _SUBJECT_END or len(words) == _MAX_SUBJECT_WORDS:
            break
        words.append(bare)
        if bare != token:
            break
    if not words:
        return None
    return f"HMICFRS {trigger} into {' '.join(words)}"


def meeting_force(record: MeetingRecord) -> str | None:
    """The force the board holds to account: the attending organisation that is not the
    board's own office (a force's name preferred, then the one with most people there); when
    the notes list no one, the force the notes name most whose area is in the office's name
    ("Kent Police" for the "Office of the Kent Police and Crime Commissioner")."""
    office = record.organisation
    present = Counter(
        p.organisation
        for p in [*record.attendees, *record.apologies]
        if p.organisation and p.organisation != office and not _is_office(p.organisation)
    )
    forces = [name for name in present if force_named(name) == name]
    if forces:
        return max(forces, key=lambda name: present[name])
    if present:
        return present.most_common(1)[0][0]
    return _force_named_in_text(record, office)


def _is_office(name: str) -> bool:
    return bool(re.search(r"\b(?:Commissioner|OPCC|OPFCC|Office)\b", name))


def _force_named_in_text(record: MeetingRecord, office: str | None) -> str | None:
    if not office:
        return None
    office_words = set(re.findall(r"[a-z]+", office.lower()))
    named: Counter[str] = Counter()
    for item in record.items:
        for section in item.sections:
            for point in section.points:
                for force in forces_named(point.text):
                    area = force.rsplit(" ", 2 if force.endswith("Police Service") else 1)[0]
                    if set(re.findall(r"[a-z]+", area.lower())) <= office_words:
                        named[force] += 1
    return named.most_common(1)[0][0] if named else None


def about_inspections(text: str | None) -> bool:
    return bool(text and INSPECTION_WORDS.search(text))
