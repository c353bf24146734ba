"""Which plan priority a heading names, whatever the wording of the meeting.

A board's sections follow its Police and Crime Plan, but the headings drift from meeting to
meeting: "Tackle violence against women and girls (VAWG)", "Tackle VAWG", "Tackling Violence
Against Women & Girls". A heading's key keeps only its subject: abbreviations stand for their
long forms, the plan's verbs ("tackle", "protect", "deliver") and small words go, and the words
are stemmed. Headings with equal keys are one priority; so are keys that differ only in
spelling, and a key of two or more words that another key contains whole.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from rapidfuzz import fuzz

# Long forms notes use beside their abbreviations; a heading may define more, "Long Form (LF)".
_GLOSSARY = {
    "violence against women and girls": "vawg",
    "anti social behaviour": "asb",
    "antisocial behaviour": "asb",
    "serious and organised crime": "soc",
    "organised crime groups": "ocg",
    "killed or seriously injured": "ksi",
    "child sexual exploitation": "cse",
    "rape and serious sexual offences": "rasso",
    "police community support officers": "pcso",
    "medium term financial plan": "mtfp",
    "out of court resolutions": "oocr",
}
_SMALL_WORDS = frozenset(
    """a an and the of to for in on at with from by into our their its we us all be is are
    as that this these those update updates including""".split()
)
# How a plan phrases a priority, not what it is about.
_PLAN_VERBS = frozenset(
    """tackle tackling prevent preventing protect protecting deliver delivering provide
    providing put putting reduce reducing improve improving fight fighting combat combating
    combatting work working keep keeping make making ensure ensuring help helping promote
    promoting increase increasing address addressing cut cutting support supporting bring
    bringing build building strengthen strengthening focus focusing continue continuing
    drive driving achieve achieving respond responding""".split()
)
_MONTHS = frozenset(
    """january february march april may june july august september october november
    december""".split()
)
_WORD = re.compile(r"[a-z0-9]+")
_DEFINED = re.compile(r"\(([A-Z][A-Za-z&]{1,9})\)")
# Keys whose words, in any order, are this alike differ only in spelling.
_SPELLING = 88
_SUBSET_WORDS = 2


@lru_cache(maxsize=4096)
def priority_key(heading: str) -> str:
    """The subject words of a heading, stemmed, in order: its identity as a plan priority.
    Kept for each heading seen: a board words its headings alike meeting after meeting."""
    text = _plain(heading)
    for long_form, abbreviation in {**_defined_abbreviations(text), **_GLOSSARY}.items():
        text = re.sub(rf"\b{re.escape(long_form)}\b", abbreviation, text, flags=re.IGNORECASE)
    words = _WORD.findall(text.lower())
    subject = [
        _stem(w)
        for w in words
        if w not in _SMALL_WORDS and w not in _PLAN_VERBS and w not in _MONTHS and not w.isdigit()
    ]
    # A heading of nothing but small words and verbs is still a heading: keep all its words.
    kept = subject or [_stem(w) for w in words]
    # "Violence against women and girls (VAWG)" leaves the abbreviation twice.
    return " ".join(w for i, w in enumerate(kept) if i == 0 or kept[i - 1] != w)


def same_priority(a: str, b: str) -> bool:
    """Whether two headings name one priority."""
    return _alike(priority_key(a), priority_key(b)) is not None


def match_priority(heading: str, known: Iterable[str]) -> str | None:
    """The known key `heading` belongs with (the most alike; the first of equals), or None."""
    key = priority_key(heading)
    best: tuple[float, str] | None = None
    for other in known:
        score = _alike(key, other)
        if score is not None and (best is None or score > best[0]):
            best = (score, other)
    return best[1] if best else None


def _alike(a: str, b: str) -> float | None:
    """How alike two keys are when they are one priority, else None."""
    if not a or not b:
        return None
    if a == b:
        return 101.0  # above any fuzzy score: an exact key always wins
    score = fuzz.token_sort_ratio(a, b)
    if score >= _SPELLING:
        return score
    small, large = sorted((set(a.split()), set(b.split())), key=len)
    if len(small) >= _SUBSET_WORDS and small <= large:
        return _SPELLING - 1 + len(small) / len(large)  # ranks below any spelling match
    return None


def _plain(text: str) -> str:
    text = text.replace("&", " and ").replace("’", "'").replace("‘", "'")
    return re.sub(r"[\s\-–—/]+", " ", text)


def _defined_abbreviations(text: str) -> dict[str, str]:
    """Abbreviations a heading defines, "Violence Against Women and Girls (VAWG)": the words
    before the brackets whose initials spell it, small words skipped."""
    found: dict[str, str] = {}
    for match in _DEFINED.finditer(text):
        letters = [c.lower() for c in match.group(1) if c.isalpha() and c.isupper()]
        words = _WORD.findall(text[: match.start()].lower())
        taken: list[str] = []
        for word in reversed(words):
            if not letters:
                break
            if word[0] == letters[-1]:
                letters.pop()
            elif word not in _SMALL_WORDS:
                break
            taken.append(word)
        if not letters and taken:
            found[" ".join(reversed(taken))] = match.group(1).lower()
    return found


def _stem(word: str) -> str:
    # Enough to meet "crimes"/"crime", "communities"/"community", "tackling"/"tackle".
    if len(word) <= 4:
        return word
    for suffix, replacement in (("ies", "i"), ("ing", ""), ("ed", ""), ("es", ""), ("y", "i")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)] + replacement
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    if word.endswith("e"):
        return word[:-1]
    return word
