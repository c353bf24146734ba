"""When two quotations of one measure for one period cannot both be right.

A number stands for every value that rounds to it the way it is written: "77%" for anything from
76.5 up to 77.5, "77.2%" from 77.15 up to 77.25, "£1.2m" from £1.15m up to £1.25m; so "77%"
and "77.2%" agree. Two or more trailing zeros of a number in the thousands are taken as rounding
("32,000" may be 31,600; "12,800" may be 12,780), since speakers round large counts; "12,450"
and a smaller whole number are exact ("300" officers). A range ("70-80") stands for all of it,
and "95%+" for 95 and above. Two figures contradict when no value could be written as both.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

# The first one or two numbers written in a figure ("£200,000-£400,000", "3,455.20 FTE").
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
_RANGE = re.compile(r"\d[\d,.]*\s*[a-z£$%]*\s*(?:-|–|to)\s*[£$]?\d", re.IGNORECASE)
_ROUNDED_FROM = 1000
_ROUNDED_ZEROS = 2
_EPSILON = 1e-9


@dataclass(frozen=True)
class Quoted:
    """A figure as written (`text`), its value in the series (negative for a fall), and whether
    it was put as a measurement (not approximate, not a goal: `follow.changes.firmness`)."""

    text: str
    value: float
    measured: bool = True


def bounds(quoted: Quoted) -> tuple[float, float]:
    """Every value the figure could stand for, as [low, high)."""
    numbers = _NUMBER.findall(quoted.text)
    magnitude = abs(quoted.value)
    if not numbers:
        return _signed(quoted.value, magnitude, magnitude)  # "nine": a word is exact
    first = float(numbers[0].replace(",", ""))
    scale = magnitude / first if first else 1.0  # "£1.2m": the record's value is 1,200,000
    low = first - _half_step(numbers[0])
    high = first + _half_step(numbers[0])
    if len(numbers) > 1 and _RANGE.search(quoted.text):
        high = float(numbers[1].replace(",", "")) + _half_step(numbers[1])
    if quoted.text.rstrip().endswith("+"):
        high = math.inf
    return _signed(quoted.value, low * scale, high * scale)


def _half_step(number: str) -> float:
    """Half the step a number is written to: "7.04" to 0.01, "12,800" to 100 (it is in the
    thousands), "12,450" and "300" to 1."""
    if "." in number:
        return 0.5 * 10.0 ** -len(number.split(".")[1])
    digits = number.replace(",", "")
    if int(digits) < _ROUNDED_FROM:
        return 0.5
    zeros = len(digits) - len(digits.rstrip("0"))
    return 0.5 * 10.0**zeros if zeros >= _ROUNDED_ZEROS else 0.5


def _signed(value: float, low: float, high: float) -> tuple[float, float]:
    return (-high, -low) if value < 0 else (low, high)


def contradicts(a: Quoted, b: Quoted) -> bool:
    """Whether `a` and `b`, quoted for one measure and one period, cannot both be right."""
    if not (a.measured and b.measured):
        return False
    a_low, a_high = bounds(a)
    b_low, b_high = bounds(b)
    if a_low == a_high and b_low == b_high:
        return not math.isclose(a_low, b_low)
    slack = _EPSILON * max(abs(a_low), abs(b_low), 1.0)
    return a_low >= b_high - slack or b_low >= a_high - slack
