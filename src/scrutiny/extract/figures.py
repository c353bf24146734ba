"""The quantities one paragraph of notes quotes: percentages, counts, money, FTE, durations, ratios.

Notes are full of numbers that are not quantities. One scanning pattern steps over dates,
fiscal years, references, times and telephone numbers whole (`numbers.NOT_QUANTITIES`); every
other number it finds is judged by the words around it (`figure_rules`).

A figure's text is the number with its attached sign, "£", "%", multiplier and unit word ("£9.7
million", "95%+", "23,000 hours", "10.94 fte"), never the counted noun ("32,000", not "32,000
calls"). A range ("70-80", "£200,000-£400,000") takes its low end as value. A plain count has
unit "count"; a bare number takes the unit of a measure its clause names ("the average days
lost per officer was 7.04" -> days).
"""

from __future__ import annotations

import re
from decimal import Decimal

from scrutiny.extract.figure_rules import (
    NumberContext,
    clause_before,
    is_not_a_count,
    is_time_window,
)
from scrutiny.extract.figure_subjects import figure_subject
from scrutiny.extract.numbers import (
    DIGITS,
    NOT_QUANTITIES,
    NUMBER_WORD_START,
    NUMBER_WORDS,
    SMALL_NUMBER_WORD,
    number_value,
)
from scrutiny.record import Figure, Where

# A figure never starts inside a word, a number, a reference or a compound ("Q3", "s.136",
# "COVID-19"), except after "c." (circa).
_FREE = r"(?:(?<=\bc\.)|(?<![\w.,/:£-]))"
_MONEY_MULT = r"\s?(?:million|billion|thousand|bn|m|k)\b"
_WORD_MULT = r"\s?(?:million|billion|thousand)\b"
_TIME_UNIT = (
    r"(?:hours?|hrs|days?|minutes?|mins|seconds?|secs|weeks?|months?|years?|yrs|quarters?"
    r"|decades?)\b"
)
_SCAN = re.compile(
    # Every alternative starts with a digit, a sign, "£" or a number word: testing for one
    # first lets the scan pass over most positions at once.
    rf"(?=[\d£+\-−]|{NUMBER_WORD_START})"
    rf"(?:(?P<skip>{NOT_QUANTITIES})"
    # "£9.7 million", "£450k", "£200,000-£400,000", "£1-2m".
    rf"|(?P<money>(?<![\w.])£\s?(?P<m_low>{DIGITS})(?P<m_lmult>{_MONEY_MULT})?"
    rf"(?:(?:[-–—]|\s[-–—]\s(?=£))(?:£\s?)?(?P<m_high>{DIGITS})(?P<m_hmult>{_MONEY_MULT})?)?)"
    # "3:1"; "1 in 5", "one in every ten".
    rf"|{_FREE}(?P<ratio>(?P<r_a>\d+(?:\.\d+)?):(?P<r_b>\d+(?:\.\d+)?)(?![\d:]))"
    rf"|{_FREE}(?P<in_ratio>(?P<i_a>\d{{1,2}}|{SMALL_NUMBER_WORD})\s+in\s+(?:every\s+)?"
    rf"(?P<i_b>\d{{1,3}}|{SMALL_NUMBER_WORD})(?![\w%]|[.,]\d))"
    # "77.2%", "-5%", "70-80", "10-15%", "1.2 million", "three", "12.5 per cent",
    # "5 percentage points", "460 FTE", "23,000 hours", "95%+". A spaced dash is punctuation,
    # not a range: "300 – 20 of them new".
    rf"|{_FREE}(?P<qty>"
    rf"(?:(?P<sign>[-+−](?=\d))?(?P<d_low>{DIGITS})(?P<d_lmult>{_WORD_MULT})?"
    rf"(?:%?[-–](?P<d_high>{DIGITS})(?P<d_hmult>{_WORD_MULT})?)?"
    rf"|(?P<words>{NUMBER_WORDS}))"
    r"(?P<pct>\s?%|pc\b|\s(?:per\s?cent|percent)\b)?"
    r"(?P<points>\s?(?:percentage[\s-]points?|ppts?|pp)\b)?"
    r"\+?"
    r"(?P<unit>\s?(?:FTEs?|full[-\s]time[-\s]equivalents?)\b|\s(?:pounds)\b"
    # (Never after a percentage: "12.6% year on year" is a rate, not a duration.)
    rf"|(?<!%)(?P<joint>[\s-])(?:(?:working|calendar|business|clear|consecutive)\s)?{_TIME_UNIT})?"
    r"))",
    re.IGNORECASE,
)

# A compound modifier ("one-to-one", "one-off", "10-strong") or a number glued to letters
# ("2nd", "under 25s", "5km", the "0JQ" of a postcode).
_GLUED_AFTER = re.compile(r"[A-Za-z\d]|-[A-Za-z]")
# Canonical time units, by how their spellings start ("hrs", "mins", "secs").
_TIME_UNITS = (
    ("min", "minutes"),
    ("mo", "months"),
    ("dec", "decades"),
    ("h", "hours"),
    ("d", "days"),
    ("s", "seconds"),
    ("w", "weeks"),
    ("y", "years"),
    ("q", "quarters"),
)
# "1,234 officers (FTE)": the unit named in brackets after the counted noun.
_FTE_AFTER = re.compile(
    r"\s+(?:[A-Za-z][\w-]*\s+){1,3}\((?:FTE|full[-\s]time\s+equivalent)s?\)", re.IGNORECASE
)
# A measure named before a bare number in its clause: "the average days lost per officer was
# 7.04, and for staff 7.84". Days, hours and minutes only count as a measure when the clause
# averages, totals or loses them, so "in recent days the number rose to 45" stays a count.
_MEASURE = re.compile(
    r"\b(?:average|mean|median|total|number\s+of|amount\s+of)\s+(?:[a-z]+\s+){0,2}?"
    r"(days|hours|minutes)\b"
    r"|\b(days|hours|minutes)\s+(?:lost|worked|saved|taken|spent|per)\b"
    r"|\b(percentage)\b",
    re.IGNORECASE,
)


def _time_unit(word: str) -> str:
    word = word.split()[-1].lstrip("-").lower()  # "5 working days": the unit is the last word
    return next(unit for prefix, unit in _TIME_UNITS if word.startswith(prefix))


def _implied_unit(ctx: NumberContext) -> str:
    """The unit of a number that carries none: FTE in brackets after, a measure before, or none."""
    if _FTE_AFTER.match(ctx.text, ctx.end):
        return "FTE"
    if ctx.is_bare:
        measures = list(_MEASURE.finditer(clause_before(ctx.text, ctx.start)))
        if measures:
            named = next(group for group in measures[-1].groups() if group).lower()
            return "%" if named == "percentage" else named
    return "count"


def _unit_of(ctx: NumberContext, match: re.Match[str], value: Decimal) -> str | None:
    """The unit the number carries, or None when it is not a quantity after all."""
    if match["pct"]:
        return "%"
    if match["points"]:
        return "percentage points"
    unit_word = match["unit"]
    if unit_word is None:
        return None if is_not_a_count(ctx, value) else _implied_unit(ctx)
    if "pound" in unit_word.lower():
        return "£"
    if match["joint"] is None:
        return "FTE"
    unit = _time_unit(unit_word)
    return None if is_time_window(ctx, unit, match["joint"]) else unit


def _quantity(text: str, match: re.Match[str]) -> tuple[Decimal, str] | None:
    start, end = match.span()
    number = match["words"] or match["d_low"]
    if _GLUED_AFTER.match(text, end):
        return None
    if len(number) > 1 and number[0] == "0" and number[1].isdigit():
        return None  # a leading zero marks a code or a phone number, not a quantity
    # "1-2 million": a low end without a multiplier takes the high end's.
    multiplier = match["d_lmult"] or (match["d_hmult"] if match["d_high"] else None)
    value = number_value(number, multiplier)
    if match["sign"] in ("-", "−"):
        value = -value
    unit = _unit_of(NumberContext.of(text, start, end, number), match, value)
    return None if unit is None else (value, unit)


def _money(match: re.Match[str]) -> tuple[Decimal, str]:
    multiplier = match["m_lmult"] or (match["m_hmult"] if match["m_high"] else None)
    return number_value(match["m_low"], multiplier), "£"


def _ratio(first: str, second: str) -> tuple[Decimal, str] | None:
    a, b = number_value(first), number_value(second)
    # "1:1 support" is one-to-one, not a ratio; and nothing is divided by zero.
    if a == b or b == 0:
        return None
    return a / b, "ratio"


def _read(text: str, match: re.Match[str]) -> tuple[Decimal, str] | None:
    """The value and unit of one match, or None when it is not a quantity."""
    if match["money"]:
        return _money(match)
    if match["ratio"]:
        return _ratio(match["r_a"], match["r_b"])
    if match["in_ratio"]:
        return _ratio(match["i_a"], match["i_b"])
    if match["qty"]:
        return _quantity(text, match)
    return None  # a date, reference, time or telephone number


def find_figures(text: str, item: str | None = None, where: Where | None = None) -> list[Figure]:
    """The quantities `text`, one paragraph of notes, quotes, in order of appearance."""
    figures: list[Figure] = []
    for match in _SCAN.finditer(text):
        found = _read(text, match)
        if found is not None:
            value, unit = found
            subject = figure_subject(text, match.start(), match.end())
            figures.append(Figure(match.group(), float(value), unit, subject, item, where))
    return figures
