"""Which earlier action a discharged line means.

A later meeting's notes rarely repeat an action word for word: they reword it ("Data on
officers assaulted on duty" for "comparative data on officers assaulted whilst on duty"),
abbreviate it ("DPR" for "Demand and Performance Review"), run the note on ("… turnover – paper
circulated to members"), or number it ("Action 3: …"). Both texts are reduced to their content
words (lowercased, prefixes, stop words and the usual verbs of an action dropped, plurals made
singular, initialisms matched to the words they stand for) and compared as sets of words
(rapidfuzz's token_set_ratio), so words added on either side (a note, "compared with other
forces") cost less than words that differ.

Only a clear-cut match may close an action without a person: see `judge`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz

# A score this high means the same content words, give or take a word or a spelling: from
# samples, rewordings that keep the action's point score 75-89, and unrelated actions of the
# same board below 60.
CLEAR_CUT = 90.0
# ... and well ahead of the next best, so two similar actions (a quarterly update logged at
# every meeting) are never told apart by chance.
MARGIN = 10.0
# Below this a pair shares a word or two ("crime", "officer") and nothing a reviewer could
# use: nothing is proposed.
PLAUSIBLE = 65.0
# A discharged line proposes at most this many actions for review, the best first.
MOST_PROPOSED = 3
# A reviewer's "close": a rewording that keeps most of the action's words.
CLOSE = 75.0
# Sharing fewer content words than this, two texts are compared whole (token_sort_ratio):
# "one in the other" means nothing when the one is a single word.
_FEWEST_SHARED = 2
# Versions of one meeting's notes: the same action, give or take a corrected typo.
SAME_TEXT = 90.0

# "Action 3:", "Action 3/24 –", "ACTION:", "3.", "(a)", "ii)" at the start of a line.
_PREFIX = re.compile(
    r"^\s*(?:action\s*(?:no\.?\s*)?[\d/.]*\s*[:.)\-–—]?|\(?(?:\d{1,3}|[a-z]|[ivx]{1,4})[.)]"
    r"|\d+(?:[./]\d+)*\s*[:\-–—])\s*",
    re.IGNORECASE,
)
_WORD = re.compile(r"[a-z0-9]+")
_STOP_WORDS = frozenset(
    """a an the of on to in into for and or with by from at as be is are was were this that
    these those which who will would should could can may its it their any all more further
    also re regarding about whilst while including""".split()
)
# How actions are worded and discharged, which says nothing about which action it is.
_ACTION_VERBS = frozenset(
    """provide provided providing update updated updates give given circulate circulated
    circulating share shared send sent bring brought submit submitted supply supplied
    arrange arranged produce produced present presented action actions members member
    board""".split()
)
_IGNORED = _STOP_WORDS | _ACTION_VERBS


def _singular(word: str) -> str:
    if len(word) <= 3 or word.endswith(("ss", "us", "is")):
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("s"):
        return word[:-1]
    return word


def content_words(text: str) -> list[str]:
    """The words that say what an action is about, in order."""
    return list(_content_words(text))


# A board's actions are judged against every later discharged line: each text is read once.
@lru_cache(maxsize=4096)
def _content_words(text: str) -> tuple[str, ...]:
    words = _WORD.findall(_PREFIX.sub("", text).lower())
    return tuple(_singular(word) for word in words if word not in _IGNORED)


def _expand_initialisms(words: list[str], other: list[str]) -> list[str]:
    """`other` with any run of words whose initials spell a word of `words` ("dpr") replaced
    by that word, so an abbreviation meets the words it stands for."""
    initials = "".join(w[0] for w in other)
    # A word that is not a run of the initials cannot stand for any run of words.
    short = {
        w for w in words if 2 <= len(w) <= 6 and w.isalpha() and w not in other and w in initials
    }
    if not short:
        return other
    out: list[str] = []
    i = 0
    while i < len(other):
        for word in short:
            run = other[i : i + len(word)]
            if len(run) == len(word) and "".join(w[0] for w in run) == word:
                out.append(word)
                i += len(word)
                break
        else:
            out.append(other[i])
            i += 1
    return out


def similarity(a: str, b: str) -> float:
    """How alike two action texts are, 0-100."""
    words_a, words_b = content_words(a), content_words(b)
    words_b = _expand_initialisms(words_a, words_b)
    words_a = _expand_initialisms(words_b, words_a)
    if not words_a or not words_b:
        return 0.0
    left, right = " ".join(words_a), " ".join(words_b)
    if len(set(words_a) & set(words_b)) < _FEWEST_SHARED:
        return float(fuzz.token_sort_ratio(left, right))
    return float(fuzz.token_set_ratio(left, right))


@dataclass(frozen=True)
class Judgement:
    """What one discharged line means: the action it closes (an index into the actions
    judged), if the match is clear-cut; else the plausible ones, best first, for review."""

    closes: int | None = None
    candidates: list[tuple[int, float]] = field(default_factory=list)


def judge(discharged: Sequence[str], actions: Sequence[str]) -> list[Judgement]:
    """For each discharged line, in order, what it closes or proposes among `actions`.

    Clear-cut: the best score at least CLEAR_CUT, at least MARGIN ahead of the runner-up, and
    the action not also the best match of another line of the same list (two lines cannot both
    discharge it). Otherwise every action scoring PLAUSIBLE or more (MOST_PROPOSED at most) is
    a candidate.
    """
    scores = [[similarity(line, action) for action in actions] for line in discharged]
    bests = [_best(row) for row in scores]
    judgements: list[Judgement] = []
    for index, row in enumerate(scores):
        ranked = sorted(range(len(row)), key=lambda i: (-row[i], i))
        if not ranked or row[ranked[0]] < PLAUSIBLE:
            judgements.append(Judgement())
            continue
        top = ranked[0]
        runner_up = row[ranked[1]] if len(ranked) > 1 else 0.0
        shared = any(best == top for other, best in enumerate(bests) if other != index)
        if row[top] >= CLEAR_CUT and row[top] - runner_up >= MARGIN and not shared:
            judgements.append(Judgement(closes=top))
            continue
        plausible = [(i, row[i]) for i in ranked if row[i] >= PLAUSIBLE]
        judgements.append(Judgement(candidates=plausible[:MOST_PROPOSED]))
    return judgements


def _best(row: list[float]) -> int | None:
    if not row or max(row) < PLAUSIBLE:
        return None
    return row.index(max(row))


def in_words(score: float) -> str:
    """A score as a reviewer reads it."""
    if score >= CLEAR_CUT:
        return "Very close"
    if score >= CLOSE:
        return "Close"
    return "Partial"


def _plain(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def counterparts(old: Sequence[str], new: Sequence[str]) -> dict[int, int]:
    """Each new text's counterpart among the old (index to index): the same text, give or take
    a corrected typo (SAME_TEXT), each old one taken once, the nearest in the list first when
    two are equally alike (a log that repeats an action)."""
    pairs = sorted(
        (
            (-score, abs(i - j), j, i)
            for j, new_text in enumerate(new)
            for i, old_text in enumerate(old)
            if (score := fuzz.ratio(_plain(new_text), _plain(old_text))) >= SAME_TEXT
        ),
    )
    taken: dict[int, int] = {}
    used: set[int] = set()
    for _, _, j, i in pairs:
        if j not in taken and i not in used:
            taken[j] = i
            used.add(i)
    return taken
