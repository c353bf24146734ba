"""HTML -> lines as a browser would break them, without running or fetching anything.

Block elements start new lines and end with a blank line (a paragraph break, as in text),
<br> breaks a line within its paragraph, list items start with a bullet, tables are read by
`tables` (a data table's rows as cells joined by tabs). Whitespace collapses as in a browser,
except no-break spaces, which HTML exported from word processors uses for visible
indentation; they become ordinary spaces.
"""

from __future__ import annotations

import re

from bs4 import UnicodeDammit
from lxml import etree

from scrutiny.read.document import Line, UnreadableDocument, lines_from_text
from scrutiny.read.tables import BULLET, Cell, Row, table_lines

# Content that is not text of the page: code, embedded documents, the <head>, and the site's
# navigation and footer (page furniture, like a PDF's running footer). (<embed>
# is void and holds nothing, but libxml2's HTML 4 parser nests what follows it inside it, so
# it is read through, not skipped.)
SKIPPED = frozenset(
    "head script style iframe noscript template object svg math canvas audio video "
    "select button nav footer aside".split()
)
BLOCKS = frozenset(
    "address article aside blockquote body caption center dd details dialog dir div dl dt "
    "fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr html legend li main "
    "menu nav ol p pre section summary table tbody tfoot thead tr ul".split()
)
CELLS = frozenset(("td", "th"))
# Marks a block's edge inside a cell: U+2029 PARAGRAPH SEPARATOR, which a browser also breaks at.
PARAGRAPH = "\u2029"
NBSP = "\u00a0"

_COLLAPSIBLE = re.compile(r"[ \t\n\r\f]+")
_DISPLAY_NONE = re.compile(r"display\s*:\s*none", re.IGNORECASE)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")


def read_html(data: bytes, name: str) -> list[Line]:
    text = UnicodeDammit(data, is_html=True).unicode_markup
    if text is None:
        raise UnreadableDocument(name, "not a document (undecodable HTML)")
    # lxml refuses str input that declares its own encoding; the text is decoded already.
    text = _XML_DECLARATION.sub("", text, count=1)
    if not text.strip():
        raise UnreadableDocument(name, "empty document")
    # The plain parser, not lxml.html's: its element classes cost a lookup per element.
    root = etree.fromstring(text, etree.HTMLParser(no_network=True))
    if root is None:
        raise UnreadableDocument(name, "empty document")
    return lines_from_text("\n".join(_Walker().lines(root)))


class _Walker:
    """Walks the element tree once, with start and end events, collecting lines."""

    def __init__(self) -> None:
        self.out: list[str] = []
        self.line = ""
        self.prefix = ""  # a list item's bullet, waiting for the item's first text
        self.rows: list[Row] = []  # rows of the table being read, written out at its end
        self.row: Row | None = None  # cells of the table row being read
        self.cell: list[str] | None = None  # the cell being read, nested tables and all
        self.pre = 0  # depth of <pre>, where whitespace and line breaks are kept

    def lines(self, root: etree._Element) -> list[str]:
        walk = etree.iterwalk(root, events=("start", "end", "comment", "pi"))
        for event, element in walk:
            if event == "start":
                if _skipped(element):
                    walk.skip_subtree()
                    continue
                self._start(element.tag)
                self._text(element.text)
            else:
                if event == "end" and not _skipped(element):
                    self._end(element)
                self._text(element.tail)
        self._flush()
        self._end_table()
        return self.out

    def _start(self, tag: str) -> None:
        if self.cell is not None:
            if tag in CELLS:
                self.cell.append(" ")  # a nested table's cells run on
            elif tag in BLOCKS or tag == "br":
                self.cell.append(PARAGRAPH + (BULLET if tag == "li" else ""))
        elif tag == "tr":
            self._flush()
            self.row = []
        elif tag in CELLS and self.row is not None:
            self.cell = []
        elif tag == "br":
            self._break()
        elif tag in BLOCKS:
            self._flush()
            self.pre += tag == "pre"
            if tag == "li":
                self.prefix = BULLET

    def _end(self, element: etree._Element) -> None:
        tag = element.tag
        if self.cell is not None:
            if tag in CELLS:
                assert self.row is not None
                self.row.append(_paragraphs("".join(self.cell)))
                self.cell = None
            elif tag in BLOCKS:
                self.cell.append(PARAGRAPH)
        elif tag == "tr" and self.row is not None:
            self.rows.append(self.row)
            self.row = None
        elif tag in BLOCKS:
            if tag == "table":
                self._end_table()
            self._flush()
            self.pre -= tag == "pre"
            if self.out and self.out[-1]:
                self.out.append("")  # a block ends its paragraph, as a blank line does in text
            if tag == "li":
                self.prefix = ""  # an empty item's bullet is not the next line's

    def _end_table(self) -> None:
        self._flush()
        self.out.extend(table_lines(self.rows))
        self.rows = []

    def _text(self, text: str | None) -> None:
        if not text:
            return
        if self.cell is not None:
            self.cell.append(text)
        elif self.row is None:  # text loose between table rows is layout whitespace
            self.line += text

    def _break(self) -> None:
        if self.pre:
            self.line += "\n"
        elif _clean(self.line):
            self._flush()
        else:
            self.out.append("")

    def _flush(self) -> bool:
        """Ends the line being read; says whether it had text to emit."""
        if not self.line:
            return False
        line, self.line = self.line, ""
        if self.pre:
            self.out.extend(text.rstrip() for text in line.strip("\n").split("\n"))
            return True
        if line := _clean(line):
            self.out.append(self.prefix + line)
            self.prefix = ""
            return True
        return False


def _paragraphs(text: str) -> Cell:
    """A cell's text as its paragraphs (its blocks and line breaks)."""
    return [part for piece in text.split(PARAGRAPH) if (part := _clean(piece))]


def _skipped(element: etree._Element) -> bool:
    if element.tag in SKIPPED or element.get("hidden") is not None:
        return True
    return bool(_DISPLAY_NONE.search(element.get("style") or ""))


def _has_text(element: etree._Element) -> bool:
    return any(str(text).strip() for text in element.itertext())


def _clean(text: str) -> str:
    """Collapse whitespace as a browser does; keep no-break spaces, as spaces."""
    return _COLLAPSIBLE.sub(" ", text).strip(" ").replace(NBSP, " ").rstrip()
