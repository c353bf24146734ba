"""What a house style lays a meeting out as: a few kinds of block, in reading order.

A style decides the wording and the order (`notes`, `minutes`, `prose`); a writer decides how
each kind of block looks in its format (`text`, `html`, `docx`, `pdf`). Keeping the two apart
means every style comes out in every format, and a format learns a new block once.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Letterhead:
    """The office's name and address, set small above the title."""

    lines: tuple[str, ...]


@dataclass(frozen=True)
class Heading:
    """Level 1 is the document's title, 2 an agenda item, 3 a heading within one."""

    text: str
    level: int


@dataclass(frozen=True)
class Para:
    """A paragraph; `label` ("Venue:") is set in bold before the text when there is one."""

    text: str
    label: str | None = None


@dataclass(frozen=True)
class Bullet:
    text: str
    children: tuple[str, ...] = ()


@dataclass(frozen=True)
class Bullets:
    items: tuple[Bullet, ...]


@dataclass(frozen=True)
class Link:
    """A paper's address, on a line of its own."""

    url: str


@dataclass(frozen=True)
class Table:
    """A table with a header row; `title` names it (a heading above it, its accessible name)."""

    title: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    wide: int = 0  # the column of running text; the others are short and never wrap


Block = Letterhead | Heading | Para | Bullets | Link | Table


@dataclass
class Layout:
    """A rendered meeting before it is written out: its title (for metadata) and blocks."""

    title: str
    blocks: list[Block] = field(default_factory=list)
    language: str = "en-GB"
