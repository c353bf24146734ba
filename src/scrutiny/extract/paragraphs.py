"""Clean lines -> paragraphs: the unit a point, a heading or an action is made of.

A blank line always ends a paragraph; a bullet glyph, an "ACTION:" or "Question:" label or a
numbered list entry always starts one, and so does a sentence at the margin after a line that
ended a sentence well short of the column, and so does a short title-case line at the margin
between a finished sentence and a bullet (a section heading over the bullets, in notes read
without their blank lines). After a finished sentence, a speaker's turn ("CD - …") starts one,
and so does a question ("The DMPC asked …") in notes with neither bullets nor blank lines; a
short heading set directly over its text ends its own. "Response:" stays with its question.
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

# Lines that open a paragraph of their own whatever precedes them: labels, and the entries of
# a numbered list ("2.  Chief Constable – evaluation to OPCC – September 2024").
_LABELLED = re.compile(
    rf"{ACTION_LABEL.pattern}|^action\s+updates?\s*[:–—-]|^question(?:\s+\d{{1,2}})?\s*[:–—-]"
    r"|^\d{1,2}[.)]\s+(?=\S)",
    re.IGNORECASE,
)
# The answer to a labelled question belongs with it: "Response: The CC advised …".
_ANSWER = re.compile(r"^(?:response|answer|reply)\s*[:–—-]", re.IGNORECASE)
# A wrapped line fills the column; a paragraph's last line usually stops well short of it.
_SHORT_LINE = 0.75
# A section heading set between bullets: a few words, each capitalised but the small ones.
_LIST_HEADING_WORDS = 12
_SMALL_WORDS = frozenset(
    "a an and as at by for from in into of on or the to with within without".split()
)


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


def with_text(paragraph: Paragraph, text: str) -> Paragraph:
    """The paragraph's lines (and so its place) holding only part of what it says."""
    part = Paragraph(paragraph.lines, bulleted=paragraph.bulleted)
    part.text = text
    return part


# "4. The CFO presented …": minutes that number their paragraphs through the meeting. The
# number marks where a paragraph starts, as "3.1" or a bullet does, and is no part of it.
_PARAGRAPH_NUMBER = re.compile(r"^\d{1,3}\.\s+(?=[A-Z‘'\"(])")


def without_paragraph_number(paragraph: Paragraph) -> Paragraph:
    text = paragraph.text
    if not text[:1].isdigit() or not (number := _PARAGRAPH_NUMBER.match(text)):
        return paragraph
    return with_text(paragraph, text[number.end() :])


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
    for index, line in enumerate(lines):
        if line.blank:
            current = None
            continue
        following = lines[index + 1] if index + 1 < len(lines) else None
        starts = (
            current is None
            or line.bullet
            or _LABELLED.match(line.text) is not None
            or conventions.opens_next_meeting(line.text)
            or (not glyph_bullets and _starts_by_indent(current, line))
            or (_follows_a_short_last_line(current, line, width) and not _ANSWER.match(line.text))
            or _heads_a_list(current, line, following)
            or _opens_after_a_sentence(current, line, _TURN)
            # Notes without bullets or blank lines write a point to a paragraph.
            or (not glyph_bullets and _opens_after_a_sentence(current, line, _SPEAKER_OPENS))
            or _follows_a_heading(current, line)
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


# Terse notes give each speaker's turn a line: "AS - 62% of victims …", "CD: contract extended".
_TURN = re.compile(r"^[A-Z]{2,5}(?:/[A-Z]{2,5})?(?:\s*:\s|\s+[-–—]\s)")
# "The DMPC asked …": someone opening an exchange with a question. (An answer, "The ACC
# explained …", belongs with the question before it, and thanks with what they thank for.)
_SPEAKER_OPENS = re.compile(
    r"^(?:The\s+)?(?:[A-Z][A-Za-z/]{1,6}|(?:[A-Z][a-z’'-]+\s+){0,3}[A-Z][a-z’'-]+)\s+(?:also\s+)?"
    r"(?:asked|sought|queried|requested|questioned|enquired)\b"
)


def _opens_after_a_sentence(
    current: Paragraph | None, line: CleanLine, opening: re.Pattern[str]
) -> bool:
    """A line at the margin that `opening` matches, after a line that finished a sentence."""
    if current is None or line.indent or not opening.match(line.text):
        return False
    return current.lines[-1].text.endswith((".", "!", "?"))


_HEADING_WORDS = 8


def _follows_a_heading(current: Paragraph | None, line: CleanLine) -> bool:
    """A sub-heading set directly over its text: "Calls for service" / "The DCC reported …".

    The paragraph so far is one short unpunctuated line, and this line is prose (a sentence
    ended, or more words than a heading's): a heading wrapped over two lines is neither.
    """
    if current is None or len(current.lines) != 1 or current.bulleted:
        return False
    head = current.lines[0].text
    if (
        not head[:1].isupper()
        or len(head.split()) > _HEADING_WORDS
        or head.endswith((*SENTENCE_ENDS, ","))
    ):
        return False
    words = line.text.split()
    return line.text[:1].isupper() and (
        len(words) > _HEADING_WORDS or line.text.endswith((".", "!", "?"))
    )


def _heads_a_list(current: Paragraph | None, line: CleanLine, following: CleanLine | None) -> bool:
    """A section heading between a point and the bullets under it: "Fighting Crime".

    Notes read without their blank lines (a PDF whose paragraph spacing is lost) set a heading
    on the line after a point's last sentence, as a point's wrapped text would be. A heading
    is short, title case and unpunctuated, no further in than the point, and a bullet follows
    it; a point's wrapped text goes on a sentence already ended only by chance, and then the
    new sentence is rarely in title case with no full stop.
    """
    if current is None or following is None or not following.bullet:
        return False
    previous = current.lines[-1]
    return (
        previous.text.endswith((".", "!", "?"))
        and line.indent <= current.lines[0].indent
        and (is_title_case(line.text) or _is_short_heading(line.text))
    )


_SHORT_HEADING_WORDS = 6


# A clause's verbs: "Further work was under way" ends a sentence that lost its stop.
_FINITE = frozenset("was were is are had has have would will could should been be".split())


def _is_short_heading(text: str) -> bool:
    """A heading in sentence case, "Responding to the public": a few words, unpunctuated, and
    no verb of a clause."""
    words = text.split()
    return (
        0 < len(words) <= _SHORT_HEADING_WORDS
        and text[:1].isupper()
        and not text.endswith((*SENTENCE_ENDS, ","))
        and not _FINITE.intersection(w.lower() for w in words)
    )


def is_title_case(text: str) -> bool:
    """A short unpunctuated line whose words are capitalised, the small ones aside."""
    words = text.split()
    if not words or len(words) > _LIST_HEADING_WORDS or text.endswith((*SENTENCE_ENDS, ",")):
        return False
    if not words[0][:1].isupper():
        return False
    return all(
        word[:1].isupper() or word in _SMALL_WORDS or not word[:1].isalpha() for word in words
    )
