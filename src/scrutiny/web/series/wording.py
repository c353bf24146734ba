"""Figures and their changes in words, as the series pages write them."""

from __future__ import annotations

import re
from datetime import date as Date

from scrutiny.figures.models import Figure

_NUMBER = re.compile(r"\d[\d,]*(?:\.(\d+))?")
MINUS = "\N{MINUS SIGN}"


def long_date(day: Date | None) -> str:
    return f"{day.day} {day:%B %Y}" if day else "date not stated"


def value_text(figure: Figure) -> str:
    """The figure as quoted, saying when it is a rise or a fall: "8.9% rise"."""
    if figure.direction == Figure.UP:
        return f"{figure.text} rise"
    if figure.direction == Figure.DOWN:
        return f"{figure.text} fall"
    return figure.text


def _decimals(figure: Figure) -> int:
    """The decimal places the figure is written to, when written as its own value ("7.04");
    a scaled figure ("£1.2m") is compared in whole units."""
    match = _NUMBER.search(figure.text)
    if match is None:
        return 0
    written = float(match.group().replace(",", ""))
    if abs(written - abs(figure.value)) > 1e-9 * max(1.0, abs(figure.value)):
        return 0
    return len(match.group(1) or "")


def change_text(previous: Figure, current: Figure, *, spoken: bool = False) -> str:
    """The change from `previous` to `current` in the series' unit: "+1.5 percentage points",
    "−0.24 days", "No change"; `spoken`: "up 1.5 percentage points"."""
    places = max(_decimals(previous), _decimals(current))
    change = round(current.series_value - previous.series_value, places)
    if change == 0:
        return "no change" if spoken else "No change"
    amount = f"{abs(change):,.{places}f}"
    unit = current.unit.strip()
    if unit == "£":
        amount = f"£{amount}"
    elif unit in ("%", "per cent", "percent"):
        amount += " percentage point" + ("" if abs(change) == 1 else "s")
    elif unit and unit != "count":
        amount += f" {unit}"
    if spoken:
        return f"{'up' if change > 0 else 'down'} {amount}"
    return f"{'+' if change > 0 else MINUS}{amount}"
