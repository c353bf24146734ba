"""Figure series: figures whose subjects mean the same thing share a key.

"FTE officers", "officers (FTE)" and "police officer headcount FTE" all count officers in FTE;
"calls to 101" and "101 calls answered" both count 101 calls. The key is the subject and unit
lowercased, with dates, stop words and counting qualifiers dropped, synonyms mapped
(`subject_synonyms.py`), plurals stemmed, and the words sorted and deduplicated, so word order
and "of the" phrasing do not matter. `same_series` also accepts keys one slip of spelling apart.
"""

from __future__ import annotations

import re

from rapidfuzz.distance import Levenshtein

from scrutiny.follow.subject_synonyms import SYNONYMS

# Words that carry no meaning for a series: articles, prepositions, and hedges on the number.
_STOP_WORDS = frozenset(
    """the a an of per to in on at for by from with and as within across number total level
    approximately around about roughly some nearly almost over under just cent percent
    percentage volume""".split()
)
# Units as the record writes them, mapped to one word joining the key (a plain count adds none).
# "pct" is no stop word, unlike the "per cent" a subject may repeat.
_UNITS = {"%": "pct", "per cent": "pct", "percent": "pct", "count": "", "£": "gbp"}
_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
# Dates say when a figure was quoted, not what it counts: "as at 31 October", "in 2018/19".
_DATE = re.compile(
    rf"\b(?:as\s+(?:at|of)\s+)?(?:\d{{1,2}}\s+)?(?:{_MONTHS})(?:\s+\d{{4}})?\b"
    r"|\b(?:19|20)\d{2}(?:/\d{2,4})?\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_SYNONYM = re.compile(
    r"\b(?:" + "|".join(re.escape(k) for k in sorted(SYNONYMS, key=len, reverse=True)) + r")\b"
)
# Near matches: two words are one when this similar ("renumeration"/"remuneration"), but short
# words must agree exactly ("east"/"west", "male"/"female" differ by a letter or two).
_WORD_SIMILARITY = 0.8
_SHORT_WORD = 5


def _singular(word: str) -> str:
    """Common English plurals to the singular; "analysis", "status" and "business" stay."""
    if len(word) <= 3 or word.endswith(("ss", "us", "is")):
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches", "xes")):
        return word[:-2]
    if word.endswith("s"):
        return word[:-1]
    return word


def _words(text: str) -> list[str]:
    text = _DATE.sub(" ", text.lower())
    text = _SYNONYM.sub(lambda m: SYNONYMS[m.group()], text)
    words = [_singular(w) for w in _WORD.findall(text) if w not in _STOP_WORDS]
    return [w for w in words if w not in _STOP_WORDS]


def unit_key(unit: str) -> str:
    """The words a unit adds to a key: "pct" for "%", none for a plain count."""
    return " ".join(sorted(set(_words(_UNITS.get(unit.strip().lower(), unit.strip().lower())))))


def series_key(subject: str, unit: str = "count", *, change: bool = False) -> str:
    """One key for every subject and unit that name the same series; `change` when the figure
    is a rise or fall in what the subject names (`follow.changes.direction`), not its level."""
    unit_word = _UNITS.get(unit.strip().lower(), unit.strip().lower())
    words = set(_words(subject))
    words.update(_words(unit_word))
    if change:
        words.add("change")
    return " ".join(sorted(words)) if words - {"change"} - set(_words(unit_word)) else ""


def _same_word(a: str, b: str) -> bool:
    if a == b:
        return True
    if min(len(a), len(b)) <= _SHORT_WORD:
        return False
    return Levenshtein.normalized_similarity(a, b) >= _WORD_SIMILARITY


def same_series(a: str, b: str, unit: str = "count") -> bool:
    """Whether subjects `a` and `b` (in one unit) name one series."""
    return keys_match(series_key(a, unit), series_key(b, unit))


def keys_match(a: str, b: str) -> bool:
    """Whether two series keys name one series: equal, or their words pair off one to one with
    at most a slip of spelling in each pair."""
    left, right = a.split(), b.split()
    if left == right and left:
        return True
    if len(left) != len(right) or not left:
        return False
    unpaired = list(right)
    for word in left:
        partner = next((w for w in unpaired if _same_word(word, w)), None)
        if partner is None:
            return False
        unpaired.remove(partner)
    return True


def narrower_or_broader(a: str, unit_a: str, b: str, unit_b: str) -> bool:
    """Whether key `b` says what key `a` says with words added or left out ("hate crime
    victims" and "hate crime victims satisfied with the overall service", "premises" and
    "premises signed up to the Ask for Angela scheme"), in one unit, both levels or both
    changes. Alone this is too loose ("officers" and "officers trained to use Taser"): the
    caller must also know the two were quoted in the same context."""
    if unit_key(unit_a) != unit_key(unit_b):
        return False
    left, right = set(a.split()), set(b.split())
    if ("change" in left) != ("change" in right):
        return False
    unit_words = set(unit_key(unit_a).split()) | {"change"}
    if not (left - unit_words and right - unit_words):
        return False
    return left < right or right < left
