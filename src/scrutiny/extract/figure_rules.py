"""Why a number in the notes is not a quantity, judged by the words around it.

Each rule is one of English or of the genre, with the kind of phrase it is for: labels ("section
136", "Op 25"), the 101 and 999 phone services, years, ages ("under 14", "under 25s"), time
windows ("the next four years"), selections ("the two most recent inspections"), names ("the
fatal four") and "one" used as a determiner ("one integrated system").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

# Words that do not name what a number counts: after one, the number stands alone (is "bare").
FUNCTION_WORDS = frozenset(
    """a an the and or but nor of in on at to for from by with within without into onto over
    under than as per via between among across against during since until till after before
    compared which who whom whose that this these those it its he she they we his her their our
    not no was were is are be been being had has have will would could should may might must can
    shall do does did whilst while when where if so yet although though because also
    respectively each only now then there here more less fewer below above remaining remained
    remains remain outstanding left overall""".split()
)
_NEXT_WORD = re.compile(r"\s*['‘\"“]?([A-Za-z][\w'’-]*)")
_PREV_WORD = re.compile(r"([A-Za-z][\w'’-]*)\W*$")
_WINDOW = 40
# How far back a sentence is read; longer ones are cut, so a paragraph of figures stays linear.
_LONGEST_SENTENCE = 400
_SENTENCE_END = re.compile(r"[.!?;]\s")
_PARENTHESIS = re.compile(r"\([^()]*\)")


@dataclass(frozen=True)
class NumberContext:
    """A number found in a paragraph, with the words either side of it."""

    text: str
    start: int
    end: int
    number: str  # as written, without sign, multiplier or unit: "3,660", "five"
    before: str  # the few dozen characters before the number
    next_word: str | None  # lower case; None when punctuation or the end follows

    @classmethod
    def of(cls, text: str, start: int, end: int, number: str) -> NumberContext:
        after = _NEXT_WORD.match(text, end)
        before = text[max(0, start - _WINDOW) : start]
        return cls(text, start, end, number, before, after.group(1).lower() if after else None)

    @property
    def prev_word(self) -> str | None:
        found = _PREV_WORD.search(self.before)
        return found.group(1).lower() if found else None

    @property
    def is_bare(self) -> bool:
        """Whether no noun follows: the thing counted is named elsewhere, or nothing is."""
        return self.next_word is None or self.next_word in FUNCTION_WORDS


def clause_before(text: str, start: int) -> str:
    """The sentence up to `start`, without its bracketed asides."""
    head = text[max(0, start - _LONGEST_SENTENCE) : start]
    cut = 0
    for end in _SENTENCE_END.finditer(head):
        cut = end.end()
    return _PARENTHESIS.sub(" ", head[cut:])


# Labels: "section 136", "item 4", "Op 25", "Tier 2", "Outcome 16", "Year 3", and the rest of a
# list of them: "recommendations 3 and 4"; and numbers that only qualify another.
_LABEL_BEFORE = re.compile(
    r"\b(?:sections?|items?|op|operation|paragraphs?|para|appendix|annexe?|chapter|clauses?"
    r"|schedule|articles?|recommendations?|afis?|actions?|pages?|number|no|tier|level|stage"
    r"|phase|band|grade|version|priority|question|part|room|junction|wave|cohort|step"
    r"|objective|outcome|category|ref|reference|pillar|strand|theme|regulation|rule|code"
    r"|(?-i:Year|Figure|Table|Chart|Slide|Unit|Floor|Suite|Flat|Block|Building))\.?\s+"
    r"(?:\d+[a-z]?(?:\s*,\s*|\s+(?:and|or|&|to)\s+))*$"
    # The number of a named operation or project: "Op Scorpion 4", "Project Nova 2".
    r"|\b(?:op|operation|project)\s+(?-i:[A-Z][a-z]+)\s+$"
    # The base of a rate: "4.5 per 1,000 population".
    r"|\bper\s+$",
    re.IGNORECASE,
)
# A house number: "10 Downing Street", "3 Kingsway Business Park".
_ADDRESS_AFTER = re.compile(
    r"\s+(?:[A-Z][a-z]+\s+){1,3}(?:Street|Road|Avenue|Lane|Way|Drive|Place|Close|Court"
    r"|Crescent|Square|Terrace|Gardens|Park|Row|Hill|Walk)\b"
)
# The phone services 101, 111 and 999, named by their number ("101 calls", "calls to 101 were
# answered", "999 emergency calls"), unless a noun shows they count something ("101 arrests").
_PHONE_SERVICES = frozenset({"101", "111", "999"})
_PHONE_SERVICE_WORDS = frozenset(
    """call calls line lines number numbers service services emergency non-emergency contact
    contacts demand performance answer answered answering abandonment""".split()
)
# Only a cue like "approximately" makes a four-digit number from 1900 to 2099 not a year.
_QUANTITY_CUE = re.compile(
    r"\b(?:approximately|approx\.?|around|about|over|under|more\s+than|less\s+than|fewer\s+than"
    r"|nearly|almost|circa|c\.|some|total\s+of|further|additional|extra|another|just"
    r"|exceeding|least)\s*$",
    re.IGNORECASE,
)
# Ages: "aged 18-24", "until age 16"; and age thresholds, where no noun follows the number:
# "children under 14 not having smartphones" (but "just under 2,000 applications" counts).
_AGE_BEFORE = re.compile(r"\b(?:aged?|ages|age\s+of)\s+(?:between\s+|under\s+|over\s+)?$", re.I)
_THRESHOLD_BEFORE = re.compile(r"\b(?:under|over|below|above)[\s-]$", re.IGNORECASE)
_OLDEST_AGE = 120
# Time windows ("twelve months", "next four years"); durations in days, hours and minutes are
# figures unless they are a limit ("within 28 days"), an age ("60 days old") or a modifier
# ("a three-month period", "24-hour cover").
_WINDOW_UNITS = frozenset({"weeks", "months", "years", "quarters", "decades"})
_WITHIN_BEFORE = re.compile(r"\bwithin\s+$", re.IGNORECASE)
_OLD_AFTER = re.compile(r"\s+old\b", re.IGNORECASE)
# A number picking members of a set, or part of a name: "the two most recent inspections",
# "the fatal four", "the top three risks".
_SELECTION_AFTER = re.compile(
    r"\s+(?:most|least|latest|largest|biggest|highest|lowest|newest|oldest|best|worst"
    r"|greatest|smallest|main)\b",
    re.IGNORECASE,
)
_NAMED_BEFORE = re.compile(r"\b(?:fatal|top|big)\s+$", re.IGNORECASE)
_SENTENCE_OPENERS = ".!?:;([\"'“‘•–-"
# "one" is a number only standing alone ("exceeded the target by one", "one had been met"), not
# as a determiner ("one integrated system", "one of the biggest", "no one", "one another").
_ONE_IDIOM_AFTER = frozenset({"of", "another", "or", "and"})
_ONE_DETERMINERS = frozenset(
    {"no", "every", "each", "any", "this", "that", "the", "which", "other"}
)
_ONE_TO_ONE_AFTER = re.compile(r"\s+to\s+one\b", re.IGNORECASE)
_ONE_TO_ONE_BEFORE = re.compile(r"\bone\s+to\s+$", re.IGNORECASE)
# A list or heading number opening the paragraph: "1. Welcome", "(2) Finance".
_LIST_MARK_AFTER = re.compile(r"[.)]\s")


def _is_label(ctx: NumberContext) -> bool:
    if _LABEL_BEFORE.search(ctx.before) or _ADDRESS_AFTER.match(ctx.text, ctx.end):
        return True
    if ctx.number in _PHONE_SERVICES:
        return ctx.is_bare or ctx.next_word in _PHONE_SERVICE_WORDS
    return False


def _is_year(ctx: NumberContext, value: Decimal) -> bool:
    four_digits = len(ctx.number) == 4 and 1900 <= value <= 2099
    return four_digits and _QUANTITY_CUE.search(ctx.before) is None


def _is_age(ctx: NumberContext, value: Decimal) -> bool:
    if _AGE_BEFORE.search(ctx.before):
        return True
    small_whole = value == value.to_integral_value() and value <= _OLDEST_AGE
    return bool(_THRESHOLD_BEFORE.search(ctx.before)) and small_whole and ctx.is_bare


def _is_list_mark(ctx: NumberContext) -> bool:
    opens = ctx.before.strip() in ("", "(") and ctx.start <= len(ctx.before)
    return opens and bool(_LIST_MARK_AFTER.match(ctx.text, ctx.end))


def _is_selection_or_name(ctx: NumberContext) -> bool:
    return bool(_SELECTION_AFTER.match(ctx.text, ctx.end) or _NAMED_BEFORE.search(ctx.before))


def _is_determiner_one(ctx: NumberContext) -> bool:
    if ctx.number.lower() != "one":
        return False
    if ctx.prev_word in _ONE_DETERMINERS or ctx.next_word in _ONE_IDIOM_AFTER:
        return True
    if _ONE_TO_ONE_AFTER.match(ctx.text, ctx.end) or _ONE_TO_ONE_BEFORE.search(ctx.before):
        return True
    return not ctx.is_bare


def _is_capitalised_in_sentence(ctx: NumberContext) -> bool:
    """A capitalised number word inside a sentence is part of a name ("Fatal Four", "Op Three")."""
    if not ctx.number[0].isupper():
        return False
    head = ctx.before.rstrip()
    return bool(head) and head[-1] not in _SENTENCE_OPENERS


def is_not_a_count(ctx: NumberContext, value: Decimal) -> bool:
    """Whether a number with no unit of its own is a label, year, age, name or pronoun."""
    if ctx.number[0].isalpha():
        if _is_capitalised_in_sentence(ctx) or _is_determiner_one(ctx):
            return True
    elif _is_year(ctx, value) or _is_list_mark(ctx):
        return True
    return _is_label(ctx) or _is_age(ctx, value) or _is_selection_or_name(ctx)


def is_time_window(ctx: NumberContext, unit: str, joint: str) -> bool:
    """Whether a number of time units is a window, limit, age or modifier, not a duration."""
    return (
        unit in _WINDOW_UNITS
        or joint == "-"
        or bool(_WITHIN_BEFORE.search(ctx.before))
        or bool(_OLD_AFTER.match(ctx.text, ctx.end))
        or bool(_AGE_BEFORE.search(ctx.before))
    )
