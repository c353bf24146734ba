"""A layout as a Word document (python-docx): real headings, list paragraphs and a real table.

The same layout gives the same bytes: the package's parts are written in a fixed order with a
fixed timestamp, and the core properties (created, modified, author) are set from the layout,
never from the clock.
"""

from __future__ import annotations

import io
import zipfile
from datetime import datetime

import docx
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from lxml import etree

from scrutiny.render.blocks import Block, Bullets, Heading, Layout, Letterhead, Link, Para, Table

# The zip format's own epoch: the earliest timestamp a member can carry.
_ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)
_FIXED_TIME = datetime(2000, 1, 1)
_GREY = RGBColor(0x50, 0x5A, 0x5F)


def _heading(document: docx.document.Document, block: Heading) -> None:
    document.add_heading(block.text, level=0 if block.level == 1 else block.level - 1)


def _letterhead(document: docx.document.Document, block: Letterhead) -> None:
    paragraph = document.add_paragraph()
    for index, line in enumerate(block.lines):
        run = paragraph.add_run(line)
        run.font.color.rgb = _GREY
        if index < len(block.lines) - 1:
            run.add_break(WD_BREAK.LINE)


def _para(document: docx.document.Document, block: Para) -> None:
    paragraph = document.add_paragraph()
    if block.label is not None:
        paragraph.add_run(block.label).bold = True
        if block.text:
            paragraph.add_run(f" {block.text}")
    else:
        paragraph.add_run(block.text)


def _bullets(document: docx.document.Document, block: Bullets) -> None:
    for bullet in block.items:
        document.add_paragraph(bullet.text, style="List Bullet")
        for child in bullet.children:
            document.add_paragraph(child, style="List Bullet 2")


def _link(document: docx.document.Document, block: Link) -> None:
    run = document.add_paragraph().add_run(block.url)
    run.font.size = Pt(8)


def _table(document: docx.document.Document, block: Table) -> None:
    document.add_heading(block.title, level=1)
    table = document.add_table(rows=1, cols=len(block.header))
    table.style = "Table Grid"
    header = table.rows[0]
    # Repeated at the top of each page, and announced as the header by screen readers.
    header._tr.get_or_add_trPr().append(_on("w:tblHeader"))
    for cell, text in zip(header.cells, block.header, strict=True):
        cell.paragraphs[0].add_run(text).bold = True
    for row in block.rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.paragraphs[0].add_run(text)


def _on(tag: str) -> etree._Element:
    element = OxmlElement(tag)
    element.set(qn("w:val"), "true")
    return element


_WRITERS = {
    Heading: _heading,
    Letterhead: _letterhead,
    Para: _para,
    Bullets: _bullets,
    Link: _link,
    Table: _table,
}


def _write(document: docx.document.Document, block: Block) -> None:
    _WRITERS[type(block)](document, block)  # type: ignore[operator]


def write_docx(layout: Layout) -> bytes:
    document = docx.Document()
    properties = document.core_properties
    properties.title = layout.title
    properties.author = properties.last_modified_by = "Scrutiny"
    properties.language = layout.language
    properties.created = properties.modified = properties.last_printed = _FIXED_TIME
    properties.revision = 1
    for block in layout.blocks:
        _write(document, block)
    out = io.BytesIO()
    document.save(out)
    return _stable_zip(out.getvalue())


def _stable_zip(data: bytes) -> bytes:
    """The package again with every member stamped alike, so equal documents are equal bytes."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for member in source.infolist():
            info = zipfile.ZipInfo(member.filename, date_time=_ZIP_EPOCH)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            target.writestr(info, source.read(member.filename))
    return out.getvalue()
