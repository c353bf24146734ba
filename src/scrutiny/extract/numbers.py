"""Numbers as board notes write them: digits, number words, multipliers, and the numbers that
are not quantities at all (dates, fiscal years, references, times of day, telephone numbers).

One paragraph of notes mixes styles ("five of the 14 AFIs", "£9.7 million", "£450k"), so the
figure extractor needs one way to read any of them into a value. The patterns here are regex
source strings, to be embedded in the extractor's scanning pattern (compiled case-insensitive).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation

_UNITS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
}
_TEENS = {
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_SCALES = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_WORD_VALUES = {**_UNITS, **_TEENS, **_TENS}

# Written after a number, in words or as a suffix: "£9.7 million", "£450k", "£2.3bn".
MULTIPLIERS: dict[str, int] = {**_SCALES, "k": 1_000, "m": 1_000_000, "bn": 1_000_000_000}


def _alternation(words: Iterable[str]) -> str:
    # Longest first, so that "seventeen" is never read as "seven".
    return "|".join(sorted(words, key=len, reverse=True))


_SMALL = _alternation([*_UNITS, *_TEENS])
_ATOM = rf"(?:(?:{_alternation(_TENS)})(?:[-\s](?:{_alternation(_UNITS)}))?|(?:{_SMALL}))"
_SCALED = rf"{_ATOM}(?:\s+(?:hundred|{_alternation(_SCALES)}))+"
_NUMBER_WORDS = [*_UNITS, *_TEENS, *_TENS]
# Where a number word can start: lets a scan skip every other word at once (first letters
# checked before the words themselves, which is what makes the skip cheap).
NUMBER_WORD_START = (
    rf"\b(?=[{''.join(sorted({w[0] for w in _NUMBER_WORDS}))}])"
    rf"(?=(?:{_alternation(_NUMBER_WORDS)}))"
)

# "three", "twenty-five", "four hundred", "three hundred and fifty", "two thousand five hundred".
# "and" only joins after a scale word, so "five and six" stays two numbers. Not "zero", "half",
# "a dozen" or "thousands": the notes use those loosely, not as quantities.
NUMBER_WORDS = rf"\b(?:{_SCALED}(?:,?\s+(?:and\s+)?(?:{_SCALED}|{_ATOM}))*|{_ATOM})\b"
# A number word from one to ninety-nine, as in "one in five".
SMALL_NUMBER_WORD = rf"\b{_ATOM}\b"
# "3401.71", "23,000", "8000"; a thousands comma needs three digits after it.
DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"

_MONTH = (
    r"(?-i:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b\.?"
)
_ORDINAL = r"(?:st|nd|rd|th)"
# Numbers that are never quantities, each starting with a digit or "+". Left out because the
# figure rules drop them anyway: "April 2025" (a year), "March 20th" (an ordinal), "NN4 0JQ"
# (digits glued to letters).
NOT_QUANTITIES = "|".join(
    (
        # Dates: "31 October", "12-14 Oct 2024", "1st of April", "20/03/2019", "2025-02-19".
        rf"\d{{1,2}}{_ORDINAL}?(?:[-–]\d{{1,2}}{_ORDINAL}?)?\s+(?:of\s+)?{_MONTH}"
        r"(?:,?\s+\d{4})?",
        r"\d{4}-\d{2}-\d{2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}(?!\d)",
        # Fiscal years and references: "2018/19", "PEEL 2023/25", "Action 3/24", "24/7", "2024-25".
        r"\d+(?:/\d+)+",
        r"(?:19|20)\d{2}\s?[-–]\s?(?:(?:19|20)\d{2}|\d{2})(?!\d)",
        # Times of day: "10am", "2.30 pm", "14:00", "1400hrs".
        r"\d{1,2}(?:[.:]\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)(?!\w)",
        r"\d{1,2}:\d{2}(?::\d{2})?(?!\d)|\d{4}hrs\b",
        # "at 10.30", "at 2.15": the quarter hours of the day, read as a time unless a unit follows.
        r"(?<=\bat\s)(?:[1-9]|1\d|20)\.(?:00|15|30|45)(?![\d%]|\s?(?:per|fte|days?|hours?|m\b))",
        # Telephone numbers: "01622 677055", "0300 123 1234", "+44 (0)1604 888113".
        r"(?<![\d.,])(?:\+44\s?(?:\(0\)\s?)?|0)\d{2,4}(?:[ -]?\d{3,4}){1,2}(?!\d)",
    )
)

_WORD = re.compile(r"[a-z]+")


def words_value(words: str) -> int:
    """The value of a number written in words: "three hundred and fifty" -> 350."""
    total = current = 0
    for word in _WORD.findall(words.lower()):
        if word in _WORD_VALUES:
            current += _WORD_VALUES[word]
        elif word == "hundred":
            current = (current or 1) * 100
        elif word in _SCALES:
            total += (current or 1) * _SCALES[word]
            current = 0
    return total + current


def number_value(number: str, multiplier: str | None = None) -> Decimal:
    """The value of a number in digits or words, times an optional multiplier ("m", "million")."""
    try:
        value = Decimal(number.replace(",", ""))
    except InvalidOperation:
        value = Decimal(words_value(number))
    if multiplier:
        value *= MULTIPLIERS.get(multiplier.strip().lower(), 1)
    return value
