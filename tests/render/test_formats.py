"""Each format as the issue asks: accessible HTML, a DOCX with real structure, a tagged PDF
drawn without the network, and the same bytes for the same record."""

from __future__ import annotations

import io
import logging
import zipfile

import docx
import pytest
from lxml import etree
from pdfminer.pdfdocument import PDFDocument
from pdfminer.pdfparser import PDFParser
from pdfminer.pdftypes import resolve1

from scrutiny.read import read_bytes
from scrutiny.record import Action, MeetingRecord
from scrutiny.render import STYLES, Style, layout, render
from scrutiny.render.blocks import Layout, Para
from scrutiny.render.pdf import write_pdf

FEBRUARY = "001_73932fbdd1a170a5"


@pytest.mark.parametrize("style", STYLES)
def test_html_is_a_standalone_accessible_page(
    style: Style, gold_records: dict[str, MeetingRecord]
) -> None:
    page = render(gold_records[FEBRUARY], style, "html").decode("utf-8")
    tree = etree.fromstring(page.encode(), etree.HTMLParser())
    assert tree.get("lang") == "en-GB"
    assert tree.findtext(".//title", "").startswith("Performance & Delivery Board – 2025-02-19")
    assert len(tree.findall(".//h1")) == 1
    assert [h.text for h in tree.findall(".//h2")][:2] == [
        "1. Welcome & Introduction" if style != "prose" else "Item 1: Welcome & Introduction",
        "2. Notes of Previous Meeting – 11 December 2024"
        if style != "prose"
        else "Item 2: Notes of Previous Meeting – 11 December 2024",
    ]
    assert tree.find(".//link") is None and tree.find(".//script") is None  # nothing fetched


def test_html_tables_have_column_headers_and_a_name() -> None:
    action = Action("Report on <b>vetting</b>.", "CC", "2025-05-01", "open", None)
    record = MeetingRecord(board="Accountability Board", date="2025-02-19", actions=[action])
    page = render(record, "notes", "html").decode("utf-8")
    tree = etree.fromstring(page.encode(), etree.HTMLParser())
    table = tree.find(".//table")
    assert table is not None
    assert [th.get("scope") for th in table.findall(".//th")] == ["col"] * 4
    named_by = tree.find(f".//*[@id='{table.get('aria-labelledby')}']")
    assert named_by is not None and named_by.text == "Overview of Actions"
    assert "Report on &lt;b&gt;vetting&lt;/b&gt;." in page  # text, never markup


@pytest.mark.parametrize("style", STYLES)
def test_docx_has_headings_lists_and_a_table(
    style: Style, gold_records: dict[str, MeetingRecord]
) -> None:
    document = docx.Document(io.BytesIO(render(gold_records[FEBRUARY], style, "docx")))
    styles = [p.style.name for p in document.paragraphs]
    assert styles.count("Title") == 1
    assert "Heading 1" in styles and "Heading 2" in styles
    assert "List Bullet" in styles or style != "notes"
    if style == "prose":
        assert not document.tables  # its action log is a numbered list
    else:
        (table,) = document.tables
        header = table.rows[0]
        assert header._tr.trPr.find(docx.oxml.ns.qn("w:tblHeader")) is not None
        assert "Status" in [cell.text for cell in header.cells]
    assert document.core_properties.title.startswith("Performance & Delivery Board")


def test_the_same_record_gives_the_same_docx_and_pdf_bytes(
    gold_records: dict[str, MeetingRecord],
) -> None:
    record = gold_records[FEBRUARY]
    assert render(record, "minutes", "docx") == render(record, "minutes", "docx")
    with zipfile.ZipFile(io.BytesIO(render(record, "minutes", "docx"))) as package:
        assert {member.date_time for member in package.infolist()} == {(1980, 1, 1, 0, 0, 0)}
    small = MeetingRecord(board=record.board, date=record.date, items=record.items[:2])
    assert render(small, "prose", "pdf") == render(small, "prose", "pdf")


def test_pdf_is_tagged_with_its_language_and_page_numbers(
    gold_records: dict[str, MeetingRecord],
) -> None:
    data = render(gold_records[FEBRUARY], "prose", "pdf")
    catalog = PDFDocument(PDFParser(io.BytesIO(data))).catalog
    assert "StructTreeRoot" in catalog and resolve1(catalog["MarkInfo"]) == {"Marked": True}
    assert catalog["Lang"] == b"en-GB"
    assert b"pdfuaid" in resolve1(catalog["Metadata"]).get_data()  # PDF/UA-1, as it says
    lines = [line.text.strip() for line in read_bytes(data, "notes.pdf").lines]
    pages = max(line.page or 0 for line in read_bytes(data, "notes.pdf").lines)
    assert pages > 1 and f"Page 1 of {pages}" in lines


def test_rendering_a_pdf_fetches_nothing(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    # A page that asks for images elsewhere renders without them.
    import scrutiny.render.html as html

    wanting = (
        'body { background: url("http://127.0.0.1:9/x.png"); }'
        'p { background: url("file:///etc/passwd"); }'
    )
    monkeypatch.setattr(html, "STYLE", html.STYLE + wanting)
    with caplog.at_level(logging.ERROR, logger="weasyprint"):
        data = write_pdf(Layout("Notes", [Para("the County Room", label="Venue:")]))
    assert data.startswith(b"%PDF")
    refused = [r.getMessage() for r in caplog.records if "disallowed protocol" in r.getMessage()]
    assert any("http://127.0.0.1:9/x.png" in message for message in refused)
    assert any("file:///etc/passwd" in message for message in refused)


def test_the_fetcher_refuses_everything_but_data_urls() -> None:
    from weasyprint.urls import URLFetcher

    from scrutiny.render import pdf

    fetcher = pdf.fetcher()
    assert isinstance(fetcher, URLFetcher)
    for address in ("http://127.0.0.1:9/x.css", "https://example.org/", "file:///etc/passwd"):
        with pytest.raises(ValueError, match="disallowed"):
            fetcher.fetch(address)
    assert fetcher.fetch("data:text/css,p{}").url.startswith("data:")


def test_layouts_are_blocks_any_writer_can_take(gold_records: dict[str, MeetingRecord]) -> None:
    laid_out = layout(gold_records[FEBRUARY], "minutes")
    assert laid_out.title == "Performance & Delivery Board – 2025-02-19 – minutes"
    assert any(isinstance(b, Para) and b.label == "ACTION:" for b in laid_out.blocks)
