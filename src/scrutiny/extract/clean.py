"""Lines as read -> lines worth reading: page furniture out, bullets recognised, papers kept.

Published notes carry a lot that is not the meeting: running headers and footers repeated on
every page, page numbers, the office's address, telephone and email lines, and the links to the
papers that a PDF's text layer drops wherever it likes. This module takes them out, remembering
the links, and marks each remaining line's bullet and indentation, which later steps use to
tell where a paragraph starts.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from scrutiny.read.document import Line
from scrutiny.record import Where

# Formal minutes number their paragraphs within the item ("3.1", "3.2."): the number marks where
# a paragraph starts, as a bullet does, and is no part of what was said. A decimal that opens a
# wrapped line ("2.5 FTE posts", "1.5 million") is followed by a unit or a lower-case word.
# Numbered questions ("Q2. The PCC asked …") are marked the same way; "Q3 performance" is a
# quarter, not a question, and has no stop after the number.
_PARAGRAPH_NUMBER = r"(?:[1-9]\d?\.[1-9]\d?\.?|Q[1-9]\d?[.:)])(?=\s+(?!FTEs?\b)[A-Z‘'\"(])"
# Glyphs that start a bullet: the usual ones, the private-use code points (U+E000-U+F8FF) that
# Symbol/Wingdings bullets become in PDF text layers, and paragraph numbers.
# Lettered and Roman list markers in brackets ("a)", "(b)", "(iv)") mark entries as bullets do.
_LIST_LETTER = r"\(?[a-h]\)|\([ivx]{1,4}\)"
_BULLET = re.compile(
    rf"^(\s*)([•●▪■◦○◆►➢✓*\-–—]|[\ue000-\uf8ff]|o(?=\s)|{_LIST_LETTER}|{_PARAGRAPH_NUMBER})\s+"
)
_URL = re.compile(r"https?://\S+|\bwww\.[^\s,;]+", re.IGNORECASE)
# What a line ends with when its sentence (or list introduction) is complete.
SENTENCE_ENDS = (".", "!", "?", ":", ";")
_PAGE_NUMBER = re.compile(r"^\s*(?:page\s+)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?\s*$", re.IGNORECASE)
# The protective marking public-sector documents carry on every page ("OFFICIAL",
# "OFFICIAL - SENSITIVE", "NOT PROTECTIVELY MARKED"): a line of nothing else is furniture,
# even in text that has lost its pages.
_MARKING_WORDS = (
    r"(?:OFFICIAL(?:\s*[-–—:]?\s*SENSITIVE)?|NOT\s+PROTECTIVELY\s+MARKED|UNCLASSIFIED"
    r"|RESTRICTED|PROTECT)(?:\s*\(.{0,60}\))?"
)
_PAGE = r"(?:page\s+)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?"
# A marking alone, or beside the page number in a footer ("Page 1 of 2       OFFICIAL").
_MARKING = re.compile(
    rf"^\s*(?:{_MARKING_WORDS}|(?i:{_PAGE})\s+{_MARKING_WORDS}|{_MARKING_WORDS}\s+(?i:{_PAGE}))\s*$"
)
# A footer that ends with its page number after a gap: "www.example.gov.uk        Page 1",
# "OFFICIAL – FOR PUBLICATION   Cawdor Vale PFCC – Page 1 of 1".
_FOOTER_PAGE = re.compile(
    r"^.{0,120}?(?:\s{2,}|\s[–—|-]\s)page\s+\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?\s*$", re.IGNORECASE
)
# Layout that is no text: a rule of dashes or underscores, a signature block's dotted lines.
_RULE = re.compile(r"^\s*[-_=–—.…*]{5,}\s*$|^\s*signed\b.*[.…_]{4,}", re.IGNORECASE)
_CONTACT_LABEL = re.compile(
    r"^(?:office\s+|switchboard\s+)?(?:tel(?:ephone)?|phone|fax|e-?mail|website|web|twitter)\b"
    # "(c)" opens a lettered point as often as a copyright line: only with a year or an owner.
    r"|^(?:©|copyright\b|\(c\)\s.*\b(?:19|20)\d{2}\b|\(c\)\s+(?:crown|copyright|office)\b)",
    re.IGNORECASE,
)
# Things letterheads are made of; a line that is mostly these is not meeting text.
_CONTACT_BITS = re.compile(
    r"https?://\S+|\bwww\.\S+|[\w.+-]+@[\w-]+\.[\w.]+|@\w{3,}"
    r"|\b0\d{3,4}\s?\d{3}\s?\d{3,4}\b"
    r"|\b(?:office\s+)?(?:tel(?:ephone)?|phone|fax|e-?mail|website|twitter|press contact)\b:?",
    re.IGNORECASE,
)
_LONGEST_CONTACT_LINE = 300
_MAYBE_CONTACT = re.compile(r"[\d@]|[wW]{3}\.")
_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b")
_ADDRESS_WORD = re.compile(
    r"\b(?:road|street|lane|avenue|house|headquarters|hq|way|drive|close|park|place|square)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class CleanLine:
    """A line of meeting text with its bullet glyph taken off and its indentation measured."""

    text: str  # without bullet glyph, leading or trailing whitespace
    indent: int  # columns of whitespace before the text (before the bullet, if any)
    bullet: bool  # an explicit bullet glyph started the line
    where: Where

    @property
    def blank(self) -> bool:
        return not self.text


@dataclass
class Cleaned:
    lines: list[CleanLine] = field(default_factory=list)
    # Paper links with the index (into `lines`) of the line they stood before.
    links: list[tuple[str, int]] = field(default_factory=list)


def _indent(text: str) -> int:
    return len(text) - len(text.lstrip(" \t"))


def is_contact_line(text: str) -> bool:
    """The office's letterhead: address, telephone, email or website lines."""
    if _CONTACT_LABEL.match(text.strip()):
        return True
    # Every contact detail and postcode has a digit, an "@" or a "www"; most lines have none,
    # and a letterhead line is never as long as a paragraph set on one line.
    if len(text) > _LONGEST_CONTACT_LINE or not _MAYBE_CONTACT.search(text):
        return False
    if _CONTACT_BITS.search(text):
        bits = sum(len(m) for m in _CONTACT_BITS.findall(text))
        if bits >= 0.4 * len(text.strip()):
            return True
    return bool(_POSTCODE.search(text) and (_ADDRESS_WORD.search(text) or text.count(",") >= 2))


def _link_only(text: str) -> list[str] | None:
    """The links of a line made of nothing but links, else None."""
    if "://" not in text and "www." not in text.lower():
        return None
    links = _URL.findall(text)
    if links and not _URL.sub("", text).strip(" \t,;"):
        return [link.rstrip(".,;)") for link in links]
    return None


# A line that reads as prose: a sentence of six words or more, or the lower-case tail of one
# wrapped from the line before, ending as sentences end.
_PROSE = re.compile(r"^(?:(?:\S+\s+){5,}|[a-z]\S*\s+(?:\S+\s+){1,})\S*[.!?]$")


def _shape(text: str) -> str:
    """A line's text with digits masked, so 'Page 3 of 7' and 'Page 4 of 7' look alike."""
    return re.sub(r"\d+", "#", " ".join(text.split())).lower()


def _page_ends(lines: list[Line]) -> list[Line]:
    return lines[:3] + lines[-3:] if len(lines) > 6 else lines


def running_furniture(lines: list[Line]) -> set[int]:
    """Numbers of the lines that are headers and footers: near the top or bottom of a page,
    and repeated there (digits aside) on most pages."""
    pages: dict[int, list[Line]] = {}
    for line in lines:
        if line.page is not None and line.text.strip():
            pages.setdefault(line.page, []).append(line)
    if len(pages) < 2:
        return set()
    ends = [[(line, _shape(line.text)) for line in _page_ends(p)] for p in pages.values()]
    seen = Counter(shape for page in ends for shape in {shape for _, shape in page})
    # Most pages: more than half, as a heading ("Action") may open half of a short document's.
    needed = max(2, len(pages) // 2 + 1)
    # Notes repeat their stock sentences ("The CC introduced the item …"), and an item that
    # starts a page puts one near its top: prose, and a bulleted line, which no header or
    # footer is, is furniture only on all pages but one.
    prose_needed = max(2, len(pages) - 1)
    return {
        line.number
        for page in ends
        for line, shape in page
        if seen[shape] >= (prose_needed if _reads_as_text(line.text) else needed)
    }


def _reads_as_text(text: str) -> bool:
    return _PROSE.match(text.strip()) is not None or _BULLET.match(text) is not None


def clean(lines: list[Line]) -> Cleaned:
    """Remove page furniture, collect paper links and measure bullets and indentation."""
    furniture = running_furniture(lines)
    out = Cleaned()
    removed_at: set[int] = set()  # positions in out.lines where furniture was taken out
    for line in lines:
        raw = line.text.replace("\u00a0", " ").replace("\u200b", "").rstrip()
        where = Where(line=line.number, page=line.page)
        if not raw.strip():
            out.lines.append(CleanLine("", 0, False, where))
            continue
        links = _link_only(raw)
        if links is not None:
            out.links.extend((link, len(out.lines)) for link in links)
            continue
        if (
            line.number in furniture
            or _PAGE_NUMBER.match(raw)
            or _MARKING.match(raw)
            or _RULE.match(raw)
            or _FOOTER_PAGE.match(raw)
            or is_contact_line(raw)
        ):
            removed_at.add(len(out.lines))
            continue
        indent = _indent(raw)
        match = _BULLET.match(raw)
        bullet = match is not None
        text = raw[match.end() :] if match else raw.strip()
        out.lines.append(CleanLine(text.strip(), indent, bullet, where))
    out.lines = _mend_page_breaks(out.lines, removed_at)
    return out


def _mend_page_breaks(lines: list[CleanLine], removed_at: set[int]) -> list[CleanLine]:
    """Drop the blank lines a page break or a footer left inside an unfinished sentence.

    The gap above a footer or below a header reads as a paragraph break, but a sentence that
    runs on over the page is one paragraph.
    """
    mended: list[CleanLine] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if not line.blank:
            mended.append(line)
            index += 1
            continue
        end = index
        while end < len(lines) and lines[end].blank:
            end += 1
        before = next((m for m in reversed(mended) if not m.blank), None)
        after = lines[end] if end < len(lines) else None
        broken = any(index <= at <= end for at in removed_at) or (
            before is not None and after is not None and before.where.page != after.where.page
        )
        unfinished = before is not None and not before.text.endswith(SENTENCE_ENDS)
        if not (broken and unfinished and after is not None):
            mended.extend(lines[index:end])
        index = end
    return mended
