"""DOCX -> lines: body paragraphs and tables (read by `tables`) in document order.

Each paragraph is followed by a blank line, as a paragraph break is in plain text: a Word
paragraph is one paragraph whatever its length, and its manual line breaks are lines within it.

python-docx opens the package (with an XML parser that resolves no entities); the body is walked
here because python-docx's own text skips content controls, tracked insertions and smart tags,
all of which Word uses in ordinary documents. Headers and footers are not read: they are page
furniture, and in a DOCX they do not repeat per page for the extractor to recognise.
"""

from __future__ import annotations

import io
import zipfile

import docx
from docx.opc.exceptions import PackageNotFoundError
from lxml import etree

from scrutiny.read import limits
from scrutiny.read.document import Line, UnreadableDocument, lines_from_text
from scrutiny.read.tables import BULLET, Cell, Row, table_lines

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
NAMESPACES = {"w": W[1:-1]}
# Glyphs that already mark a list item when typed into the text.
BULLET_GLYPHS = tuple("•·▪◦●○■□➢➤►✓-–*\uf0b7\uf0a7")

# Containers whose children belong to the flow they sit in: content controls, custom XML,
# smart tags, tracked insertions, hyperlinks and simple fields.
_TRANSPARENT = {f"{W}{tag}" for tag in ("sdt", "sdtContent", "customXml", "smartTag", "ins")}
# The pieces of a paragraph's visible text, run by run, leaving out text boxes (which Word
# anchors inside a run but lays out elsewhere) and deleted text (w:delText, never matched).
_RUN_TEXT = etree.XPath(
    ".//w:r[not(ancestor::w:txbxContent)]/*[self::w:t or self::w:tab or self::w:br or self::w:cr"
    " or self::w:noBreakHyphen]",
    namespaces=NAMESPACES,
)
_PIECES = {f"{W}tab": "\t", f"{W}br": "\n", f"{W}cr": "\n", f"{W}noBreakHyphen": "-"}


def read_docx(data: bytes, name: str) -> list[Line]:
    _refuse_zip_bomb(data, name)
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile) as error:
        raise UnreadableDocument(name, f"corrupt DOCX ({type(error).__name__})") from None
    except etree.XMLSyntaxError:
        raise UnreadableDocument(name, "corrupt DOCX (malformed XML)") from None
    listed = _list_styles(document)
    texts = list(_blocks(document.element.body, listed))
    return lines_from_text("\n".join(texts))


def _refuse_zip_bomb(data: bytes, name: str) -> None:
    """Refuse archives that would expand beyond the limits, from declared sizes alone."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        members = archive.infolist()
    if len(members) > limits.MAX_ZIP_MEMBERS:
        raise UnreadableDocument(name, f"refused: DOCX has {len(members):,} parts (zip bomb?)")
    total = sum(member.file_size for member in members)
    if total > limits.MAX_UNCOMPRESSED_BYTES:
        size = limits.describe_size(total)
        raise UnreadableDocument(name, f"refused: DOCX expands to {size} (zip bomb?)")
    for member in members:
        if member.file_size < limits.RATIO_CHECK_FROM_BYTES:
            continue
        ratio = member.file_size / max(member.compress_size, 1)
        if ratio > limits.MAX_COMPRESSION_RATIO:
            reason = f"refused: {member.filename} is compressed {ratio:,.0f}:1 (zip bomb?)"
            raise UnreadableDocument(name, reason)


def _list_styles(document: docx.document.Document) -> set[str]:
    """Ids of paragraph styles that number or bullet their paragraphs (e.g. "List Bullet")."""
    styles = document.styles.element
    ids = styles.xpath("w:style[w:pPr/w:numPr/w:numId[@w:val!='0']]/@w:styleId")
    return {str(style_id) for style_id in ids}


def _blocks(container: etree._Element, listed: set[str]) -> list[str]:
    texts: list[str] = []
    for child in container:
        if child.tag == f"{W}p":
            texts.extend(_paragraph_lines(child, listed))
            texts.append("")
        elif child.tag == f"{W}tbl":
            texts.extend(_table_rows(child, listed))
            texts.append("")
        elif child.tag in _TRANSPARENT:
            texts.extend(_blocks(child, listed))
    return texts


def _paragraph_text(paragraph: etree._Element) -> str:
    found = _RUN_TEXT(paragraph)
    if not isinstance(found, list):
        return ""
    pieces = [piece for piece in found if isinstance(piece, etree._Element)]
    return "".join(_PIECES.get(piece.tag) or piece.text or "" for piece in pieces)


def _paragraph_lines(paragraph: etree._Element, listed: set[str]) -> list[str]:
    # A manual line break starts a new line on the page, so it starts a new Line here too.
    lines = _paragraph_text(paragraph).split("\n")
    if _is_list_item(paragraph, listed) and lines[0].strip():
        body = lines[0].lstrip()
        if not body.startswith(BULLET_GLYPHS):
            lines[0] = lines[0][: len(lines[0]) - len(body)] + BULLET + body
    return lines


def _is_list_item(paragraph: etree._Element, listed: set[str]) -> bool:
    properties = paragraph.find(f"{W}pPr")
    if properties is None:
        return False
    number = properties.find(f"{W}numPr/{W}numId")
    if number is not None:
        return number.get(f"{W}val") != "0"  # numId 0 switches a style's numbering off
    style = properties.find(f"{W}pStyle")
    return style is not None and style.get(f"{W}val") in listed


def _table_rows(table: etree._Element, listed: set[str]) -> list[str]:
    rows: list[Row] = []
    for row in table.iter(f"{W}tr"):
        if _nearest_table(row) is not table:
            continue  # a row of a table nested in a cell belongs to that cell's text
        rows.append([_cell_paragraphs(cell, listed) for cell in row if cell.tag == f"{W}tc"])
    return table_lines(rows)


def _nearest_table(element: etree._Element) -> etree._Element | None:
    parent = element.getparent()
    while parent is not None and parent.tag != f"{W}tbl":
        parent = parent.getparent()
    return parent


def _cell_paragraphs(cell: etree._Element, listed: set[str]) -> Cell:
    # A cell's tabs and runs of spaces are layout: each paragraph's whitespace collapses.
    out: Cell = []
    for paragraph in cell.iter(f"{W}p"):
        for line in _paragraph_lines(paragraph, listed):
            if text := " ".join(line.split()):
                out.append(text)
    return out
