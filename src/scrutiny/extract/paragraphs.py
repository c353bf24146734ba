"""Clean lines -> paragraphs: the unit a point, a heading or an action is made of.

A blank line always ends a paragraph; a bullet glyph or an "ACTION:" label always starts one,
and so does a sentence at the margin after a line that ended a sentence well short of the
column.
Indentation is read by the document's own habit: where the notes keep their bullet glyphs, an
indented line is the wrapped continuation of a bullet; where the conversion lost them (a
paragraph then starts with a space and its wrapped lines do not), an indented line starts a
new paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from scrutiny.extract import conventions
from scrutiny.extract.actions import ACTION_LABEL
from scrutiny.extract.clean import SENTENCE_ENDS, CleanLine
from scrutiny.record import Where

# Lines that open a paragraph of their own whatever precedes them.
_LABELLED = re.compile(rf"{ACTION_LABEL.pattern}|^action\s+updates?\s*[:–—-]", re.IGNORECASE)
# A wrapped line fills the column; a paragraph's last line usually stops well short of it.
_SHORT_LINE = 0.75


@dataclass
class Paragraph:
    lines: list[CleanLine] = field(default_factory=list)
    # The paragraph opened with a bullet, kept or lost, rather than as plain prose.
    bulleted: bool = False

    @cached_property
    def text(self) -> str:
        # Read only once the paragraph is complete: the builder appends lines before any use.
        return join_lines([line.text for line in self.lines])

    @property
    def where(self) -> Where:
        return self.lines[0].where

    @property
    def single_line(self) -> bool:
        return len(self.lines) == 1


def join_lines(texts: list[str]) -> str:
    """Join wrapped lines with one space, mending words hyphenated across a break."""
    out = ""
    for raw in texts:
        text = " ".join(raw.replace("\t", " ").split())
        if not text:
            continue
        if not out:
            out = text
        elif _ends_in_broken_word(out):
            out += text
        else:
            out += " " + text
    return out


def _ends_in_broken_word(text: str) -> bool:
    """A word broken at a hyphen or a slash at the end of a line is one word: "awareness-" +
    "raising", "injuries/" + "deaths" (layouts break lines after either)."""
    return text.endswith(("-", "/")) and text[-2:-1].isalpha()


def keeps_bullets(lines: list[CleanLine]) -> bool:
    """Whether the document marks its bullets with glyphs (rather than having lost them)."""
    return sum(1 for line in lines if line.bullet) >= 2


def typical_width(lines: list[CleanLine]) -> int:
    """The width most wrapped lines reach (90th percentile), indentation included."""
    widths = sorted(line.indent + len(line.text) for line in lines if not line.blank)
    return widths[int(0.9 * (len(widths) - 1))] if widths else 0


def paragraphs(lines: list[CleanLine], *, glyph_bullets: bool, width: int = 0) -> list[Paragraph]:
    """Group lines into paragraphs (see the module docstring for the rules).

    `width` is the document's typical_width; 0 when unknown.
    """
    out: list[Paragraph] = []
    current: Paragraph | None = None
    for line in lines:
        if line.blank:
            current = None
            continue
        starts = (
            current is None
            or line.bullet
            or _LABELLED.match(line.text) is not None
            or conventions.opens_next_meeting(line.text)
            or (not glyph_bullets and _starts_by_indent(current, line))
            or _follows_a_short_last_line(current, line, width)
        )
        if starts:
            lost_bullet = not glyph_bullets and line.indent > 0
            current = Paragraph([line], bulleted=line.bullet or lost_bullet)
            out.append(current)
        else:
            assert current is not None
            current.lines.append(line)
    return out


def _starts_by_indent(current: Paragraph | None, line: CleanLine) -> bool:
    """In notes that lost their bullets, an indented line starts a point.

    Unless it is indented no further than the line before, which has not finished its
    sentence: then it is that point's wrapped text, set with a hanging indent.
    """
    if line.indent == 0:
        return False
    if current is None:
        return True
    previous = current.lines[-1]
    if current.lines[0].bullet and not previous.text.endswith(SENTENCE_ENDS):
        # A glyph bullet's wrapped text hangs under its text, further in than the glyph.
        return False
    return line.indent > previous.indent or previous.text.endswith(SENTENCE_ENDS)


def _follows_a_short_last_line(current: Paragraph | None, line: CleanLine, width: int) -> bool:
    """A sentence ended well short of the column, and a new one starts at the margin.

    Notes without blank lines between paragraphs show where one ends only this way.
    """
    if current is None or not width or line.indent or not line.text[:1].isupper():
        return False
    previous = current.lines[-1]
    short = previous.indent + len(previous.text) < _SHORT_LINE * width
    return short and previous.text.endswith((".", "!", "?"))
