"""What people type, read once into terms both backends can state safely.

The syntax is a web search box's, much as PostgreSQL's `websearch_to_tsquery` reads it:

    knife crime          both words
    "knife crime"        the phrase
    knife or robbery     either word ("or" joins only the terms either side of it, so
                         "drugs knife or robbery" is drugs, and knife or robbery)
    knife -crime         knife, and not crime

A word on its own that is too common to mean anything ("the", "and") is left out, as
PostgreSQL's english configuration leaves it out: so both databases answer alike, and SQLite is
not asked to rank nearly every row. Inside a quoted phrase every word counts.

Everything else is text: only runs of letters and digits (`\\w`) survive into a term, so no
operator, quote or bracket of FTS5's syntax, or PostgreSQL's, can come from the input. Reading
the input here, once, gives both databases the same question; neither parses it itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_LENGTH = 200  # characters read; a longer query is cut, not refused
MAX_TERMS = 16  # phrases kept, so no query can ask the database for unbounded work

_TOKEN = re.compile(r'(?P<minus>-)?(?:"(?P<phrase>[^"]*)"?|(?P<word>[^\s"]+))')
_WORD = re.compile(r"\w+")
# PostgreSQL's english stop words (tsearch_data/english.stop, from Snowball).
STOP_WORDS = frozenset(
    """i me my myself we our ours ourselves you your yours yourself yourselves he him his himself
    she her hers herself it its itself they them their theirs themselves what which who whom this
    that these those am is are was were be been being have has had having do does did doing a an
    the and but if or because as until while of at by for with about against between into through
    during before after above below to from up down in out on off over under again further then
    once here there when where why how all any both each few more most other some such no nor not
    only own same so than too very s t can will just don should now""".split()
)


@dataclass(frozen=True)
class Phrase:
    """Words that must appear in this order; one word is a phrase of one."""

    words: tuple[str, ...]


@dataclass(frozen=True)
class Clause:
    """Any of its phrases (they were joined by "or"); a negated clause must not match."""

    phrases: tuple[Phrase, ...]
    negated: bool = False


@dataclass(frozen=True)
class Query:
    """Every positive clause, and none of the negated ones."""

    clauses: tuple[Clause, ...]

    @property
    def positive(self) -> tuple[Clause, ...]:
        return tuple(c for c in self.clauses if not c.negated)

    @property
    def negative(self) -> tuple[Clause, ...]:
        return tuple(c for c in self.clauses if c.negated)

    def __bool__(self) -> bool:
        # A query of exclusions alone would list nearly everything: it asks nothing.
        return bool(self.positive)


def parse(text: str) -> Query:
    """The terms of `text`, whatever it holds; never raises."""
    clauses: list[Clause] = []
    joining = False  # the last token was "or"
    terms = 0
    for token in _TOKEN.finditer(text[:MAX_LENGTH]):
        negated = bool(token["minus"])
        if token["word"] is not None and not negated and token["word"].lower() == "or":
            joining = bool(clauses) and not clauses[-1].negated
            continue
        words = tuple(_WORD.findall(token["phrase"] or token["word"] or ""))
        if not words or terms == MAX_TERMS or _stop_word(words):
            joining = False
            continue
        terms += 1
        phrase = Phrase(words)
        if joining and not negated:
            clauses[-1] = Clause((*clauses[-1].phrases, phrase))
        else:
            clauses.append(Clause((phrase,), negated))
        joining = False
    return Query(tuple(clauses))


def _stop_word(words: tuple[str, ...]) -> bool:
    return len(words) == 1 and words[0].lower() in STOP_WORDS


def to_fts5(query: Query) -> str:
    """The query in FTS5's syntax: every phrase a double-quoted string of plain words.

    The words hold no double quote (they are `\\w` runs), so no phrase can end early.
    """

    def clause(c: Clause) -> str:
        return "(" + " OR ".join('"' + " ".join(p.words) + '"' for p in c.phrases) + ")"

    matched = " AND ".join(clause(c) for c in query.positive)
    if query.negative:
        # FTS5's NOT is binary: what matches, NOT anything excluded.
        excluded = " OR ".join(clause(c) for c in query.negative)
        return f"({matched}) NOT ({excluded})"
    return matched
