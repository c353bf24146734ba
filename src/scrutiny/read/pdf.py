"""PDF -> lines via pdfium, rebuilt from character positions so that layout survives.

pdfium's own text output loses indentation, turns table gaps into single spaces and knows no
paragraphs. Positions are read per word, not per character: one pdfium call costs about a
microsecond from Python, and a page holds thousands of characters.
"""

from __future__ import annotations

import ctypes
import re
import sys

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from scrutiny.read.document import Line, UnreadableDocument
from scrutiny.read.pdf_layout import Run, Word, measures, page_lines, rows_of

EOF_MARKER = b"%%EOF"
EOF_WITHIN = 1024  # where readers (Acrobat included) require the end-of-file marker

_FAILURES = {
    pdfium_c.FPDF_ERR_PASSWORD: "encrypted PDF (password protected)",
    pdfium_c.FPDF_ERR_SECURITY: "encrypted PDF (unsupported security handler)",
    pdfium_c.FPDF_ERR_FORMAT: "corrupt PDF (not a valid PDF structure)",
}
# pdfium joins a word hyphenated across a line break into one, marking the hyphen with this
# character; the line break is put back after it.
JOINED_HYPHEN = "\ufffe"
# A line of pdfium's text: up to a line break, or up to and including a joined hyphen.
_LINE = re.compile(f"[^\r\n{JOINED_HYPHEN}]*{JOINED_HYPHEN}?")
_WORD = re.compile(r"(\s*)(\S+)")


def read_pdf(data: bytes, name: str, *, max_pages: int) -> list[Line]:
    if EOF_MARKER not in data[-EOF_WITHIN:]:
        raise UnreadableDocument(name, "truncated PDF (no end-of-file marker)")
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        reason = _FAILURES.get(error.err_code or 0, "corrupt PDF")
        raise UnreadableDocument(name, reason) from None
    try:
        pages = len(pdf)
        if pages == 0:
            raise UnreadableDocument(name, "PDF has no pages")
        if pages > max_pages:
            reason = f"too many pages ({pages:,}; the limit is {max_pages:,})"
            raise UnreadableDocument(name, reason)
        rows = [rows_of(_page_runs(pdf, index)) for index in range(pages)]
    finally:
        pdf.close()
    if not any(rows):
        raise UnreadableDocument(name, "no text layer: scanned images?")
    measured = measures(rows)
    lines: list[Line] = []
    for page, page_rows in enumerate(rows, start=1):
        for text in page_lines(page_rows, measured):
            lines.append(Line(text, len(lines) + 1, page))
    return lines


def _page_runs(pdf: pdfium.PdfDocument, index: int) -> list[Run]:
    page = pdf[index]
    try:
        textpage = page.get_textpage()
        try:
            return _runs(textpage.raw)
        finally:
            textpage.close()
    finally:
        page.close()


class _Positions:
    """pdfium's position calls for one text page, with their output buffers made once."""

    def __init__(self, textpage: pdfium_c.FPDF_TEXTPAGE) -> None:
        self.textpage = textpage
        self.box = pdfium_c.FS_RECTF()
        self._box_ref = ctypes.byref(self.box)
        self._edges = [ctypes.c_double() for _ in range(4)]
        self._edge_refs = [ctypes.byref(edge) for edge in self._edges]

    def char(self, index: int) -> pdfium_c.FS_RECTF:
        """The loose box: the glyph's advance across, its font's ascent and descent up and down.

        So words on a line share one vertical band, and a word's right edge is where the next
        letter would start.
        """
        pdfium_c.FPDFText_GetLooseCharBox(self.textpage, index, self._box_ref)
        return self.box

    def pieces(self, start: int, count: int) -> int:
        """How many text objects (separately placed strings) the characters come from."""
        return int(pdfium_c.FPDFText_CountRects(self.textpage, start, count))

    def first_piece_right(self) -> float:
        pdfium_c.FPDFText_GetRect(self.textpage, 0, *self._edge_refs)
        return float(self._edges[2].value)


def _runs(textpage: pdfium_c.FPDF_TEXTPAGE) -> list[Run]:
    count = pdfium_c.FPDFText_CountChars(textpage)
    if count <= 0:
        return []
    text = _text(textpage, count)
    positions = _Positions(textpage)
    runs: list[Run] = []
    for line in _LINE.finditer(text):
        body = line.group().strip()
        if not body:
            continue
        lead = len(line.group()) - len(line.group().lstrip())
        start = line.start() + lead
        if positions.pieces(start, len(body)) == 1:
            # Placed as one string, so its spaces are all the layout there is: one call for
            # where it starts, one for where it ends, instead of two for every word.
            box = positions.char(start)
            left, bottom, top = box.left, box.bottom, box.top
            word = Word(_visible(body), left, positions.first_piece_right(), lead)
            runs.append(Run([word], bottom, top))
        else:
            runs.extend(_word_runs(text, start, start + len(body), lead, positions))
    return runs


def _word_runs(text: str, start: int, end: int, lead: int, positions: _Positions) -> list[Run]:
    """A line of several strings, word by word; a word off the line's band starts a new run."""
    runs: list[Run] = []
    for token in _WORD.finditer(text, start, end):
        first, last = token.span(2)
        box = positions.char(first)
        left, bottom, top = box.left, box.bottom, box.top
        right = positions.char(last - 1).right
        spaces = len(token.group(1)) or (lead if first == start else 0)
        word = Word(_visible(token.group(2)), left, right, spaces)
        if runs and runs[-1].bottom <= (bottom + top) / 2 <= runs[-1].top:
            runs[-1].words.append(word)
        else:
            runs.append(Run([word], bottom, top))
    return runs


def _visible(text: str) -> str:
    return text.replace(JOINED_HYPHEN, "-")


def _text(textpage: pdfium_c.FPDF_TEXTPAGE, count: int) -> str:
    """The page's characters, one string index per pdfium character index."""
    buffer = (ctypes.c_ushort * (count + 1))()
    written = pdfium_c.FPDFText_GetText(textpage, 0, count, buffer)
    text = bytes(buffer)[: max(written - 1, 0) * 2].decode("utf-16-le", errors="replace")
    if len(text) == count:
        return text
    # pdfium left characters out of, or added them to, its text view (rare): ask one by one.
    codes = [pdfium_c.FPDFText_GetUnicode(textpage, i) for i in range(count)]
    return "".join(chr(code) if code <= sys.maxunicode else "\ufffd" for code in codes)
