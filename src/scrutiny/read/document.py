"""What every reader produces: a document's text as numbered lines, with where each came from."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Literal

Format = Literal["pdf", "docx", "html", "txt"]


@dataclass(frozen=True)
class Line:
    """One line of text as the document laid it out.

    Leading whitespace is kept: in notes converted from PDF, an indented line is often the only
    trace of a bullet the conversion lost. Table cells are joined by tab characters.
    """

    text: str
    number: int  # 1-based, counting every line the reader produced, blank ones included
    page: int | None = None  # 1-based, where the format has pages


@dataclass
class Document:
    name: str
    sha256: str
    format: Format
    lines: list[Line] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)


class UnreadableDocument(Exception):
    """A document that cannot be read, with a reason a person can act on."""

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(f"{name}: {reason}")
        self.name = name
        self.reason = reason


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def lines_from_text(text: str, page: int | None = None, start: int = 1) -> list[Line]:
    """Split text into Lines, numbering from `start`."""
    return [
        Line(text=t, number=start + i, page=page)
        for i, t in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    ]
