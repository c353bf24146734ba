"""What a figure counts, in the notes' own words: "77.2% of hate crime victims" -> "hate crime
victims". Subjects let figures with the same subject form a series across meetings.

The noun phrase after the number is best; when no noun follows ("increased by 8.9%", "and for
staff 7.84") the words before it stand in, trimmed of the speaker and the reporting verb.
"""

from __future__ import annotations

import re

from scrutiny.extract.figure_rules import FUNCTION_WORDS, clause_before

# Words that end the phrase naming the counted thing.
_STOPS = frozenset(
    """and or but which who whom that whilst while with compared than was were is are had has
    have would will could should being been because as since when where if so although though
    however respectively whereby""".split()
)
_AUXILIARIES = frozenset("was were is are had has have been would will could".split())
_CONJUNCTIONS = frozenset({"and", "or", "but", "whilst", "while"})
# Reporting verbs name the speaker's act, not the thing counted: "the ACC reported 13% ...".
_REPORTING = frozenset(
    """reported noted said stated advised confirmed explained highlighted added outlined
    emphasised acknowledged asserted""".split()
)
_CUT_BEFORE = _CONJUNCTIONS | _REPORTING
# Words between a number and its noun: "100,000 less phone calls", "five of the 14 AFIs".
_LEADING = frozenset({"of", "the", "a", "an", "more", "less", "fewer"})
_MOST_WORDS_AFTER = 8
_MOST_WORDS_BEFORE = 6
_LOOK_AHEAD = 200
# Words, numbers and punctuation; quotation marks are skipped ("four 'Responding' AFIs").
_TOKEN = re.compile(r"[A-Za-z][\w/&-]*|\d[\d,.]*|[^\w\s'‘’\"“”]")
_CLAUSE_BREAK = re.compile(r"[,;:.]\s|[(\d]")


def _trim(words: list[str]) -> str:
    start, end = 0, len(words)
    while end > start and words[end - 1].lower() in FUNCTION_WORDS:
        end -= 1
    while start < end and words[start].lower() in FUNCTION_WORDS:
        start += 1
    return " ".join(words[start:end])


def _tokens_after(text: str, end: int) -> list[str]:
    tokens = _TOKEN.findall(text, end, end + _LOOK_AHEAD)
    skip = 0
    while skip < len(tokens) and (tokens[skip].lower() in _LEADING or tokens[skip][0].isdigit()):
        skip += 1
    # "13% were from individuals of ...", "80% would support a ban".
    while skip < len(tokens) and tokens[skip].lower() in _AUXILIARIES:
        skip += 1
    return tokens[skip:]


def _noun_after(text: str, end: int) -> str:
    """The noun phrase after the number: "77.2% of hate crime victims and 85% ..."."""
    tokens = _tokens_after(text, end)
    if not tokens or not tokens[0][0].isalpha() or tokens[0].lower() in FUNCTION_WORDS:
        return ""  # nothing counted follows: "increasing to 40.", "a further 20 in March"
    words: list[str] = []
    for token in tokens:
        if not token[0].isalpha() or token.lower() in _STOPS:
            break
        if words and token.endswith("ing"):  # a participle starts a new clause
            break
        words.append(token)
        if len(words) == _MOST_WORDS_AFTER:
            break
    return _trim(words)


def _phrase_after(text: str, end: int) -> str:
    """Any words after the number, to the next punctuation: "15 in East division"."""
    words: list[str] = []
    for token in _tokens_after(text, end)[:_MOST_WORDS_BEFORE]:
        if not token[0].isalpha():
            break
        words.append(token)
    return _trim(words)


def _clause_subject(words: list[str]) -> list[str]:
    """From "Noting drug offences had increased by", the words naming what changed."""
    for index in range(len(words) - 1, -1, -1):
        if words[index].lower() in _CUT_BEFORE:
            words = words[index + 1 :]
            break
    if words and words[0].endswith("ing"):
        words = words[1:]
    verb = next((i for i, word in enumerate(words) if word.lower() in _AUXILIARIES), None)
    if verb is not None:
        words = words[:verb] if _trim(words[:verb]) else words[verb:]
    return words


def _phrase_before(text: str, start: int, *, whole_sentence: bool = False) -> str:
    """The words leading up to the number, in its clause or (as a last resort) its sentence."""
    clause = clause_before(text, start)
    if not whole_sentence:
        clause = _CLAUSE_BREAK.split(clause)[-1]
    words = [token for token in _TOKEN.findall(clause) if token[0].isalpha()]
    if not whole_sentence:
        words = _clause_subject(words)
    return _trim(words[-_MOST_WORDS_BEFORE:])


def figure_subject(text: str, start: int, end: int) -> str | None:
    """What the figure at text[start:end] counts, or None when no words say."""
    return (
        _noun_after(text, end)
        or _phrase_before(text, start)
        or _phrase_after(text, end)
        or _phrase_before(text, start, whole_sentence=True)
        or None
    )
