"""Each board's house style: how its notes are laid out, and what they call the routine items.

Offices keep one style for years, so the style belongs to the board, not the meeting. The
style's wording goes into the record itself (the previous notes' item is "Notes of Previous
Meeting – 11 December 2024" in one office and "Minutes of the Last Meeting" in another), since
a record holds the notes as written.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from scrutiny.generate.people import Board
from scrutiny.render import STYLES, Style


@dataclass(frozen=True)
class House:
    style: Style
    welcome: str  # the first item's title
    previous: str  # the title of the item taking the previous meeting's notes
    dated: bool  # whether that title names the previous meeting's date
    other_business: str


_WELCOMES = {
    "notes": ("Welcome & Introduction", "Welcome and Introductions"),
    "minutes": ("Welcome and Apologies", "Chair's Welcome"),
    "prose": ("Introductions", "Welcome"),
}
_PREVIOUS = {
    "notes": ("Notes of Previous Meeting", "Notes and Actions of the Previous Meeting"),
    "minutes": ("Minutes of the Previous Meeting", "Minutes of the Last Meeting"),
    "prose": ("Notes of the Last Meeting", "Previous Notes and Matters Arising"),
}
_OTHER_BUSINESS = {
    "notes": "Any Other Business",
    "minutes": "Any Other Business",
    "prose": "AOB",
}


def house(seed: int, board: Board) -> House:
    rng = random.Random(f"{seed}:house:{board.index}")
    style = STYLES[rng.randrange(len(STYLES))]
    return House(
        style=style,
        welcome=rng.choice(_WELCOMES[style]),
        previous=rng.choice(_PREVIOUS[style]),
        dated=rng.random() < 0.5,
        other_business=_OTHER_BUSINESS[style],
    )
