"""Every kind of bad input ends in UnreadableDocument with a reason a person can act on."""

from __future__ import annotations

import io
import random
import re
import time
import zipfile
from pathlib import Path

import pytest
from fpdf import FPDF

from convert import text_to_docx, text_to_pdf
from hostile.catalogue import blank_pdf, declare_sizes, zipped
from scrutiny.read import UnreadableDocument, read_bytes, read_path
from scrutiny.read.limits import MAX_BYTES

NOTES = "Meeting Notes\n\nThe PCC welcomed those present.\n"


def reason(data: bytes, name: str = "notes", **limits: int) -> str:
    with pytest.raises(UnreadableDocument) as caught:
        read_bytes(data, name, **limits)
    assert caught.value.name == Path(name).name
    assert str(caught.value) == f"{caught.value.name}: {caught.value.reason}"
    return caught.value.reason


# --- files ----------------------------------------------------------------------------------


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(UnreadableDocument, match=r"notes\.pdf: no such file"):
        read_path(tmp_path / "notes.pdf")


def test_a_directory_is_not_a_document(tmp_path: Path) -> None:
    with pytest.raises(UnreadableDocument, match="is a directory"):
        read_path(tmp_path)


def test_size_is_checked_before_the_file_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "huge.pdf"
    with path.open("wb") as file:
        file.truncate(MAX_BYTES + 1)  # sparse: costs no disk or time

    def refuse(self: Path) -> bytes:
        raise AssertionError("read the whole file")

    monkeypatch.setattr(Path, "read_bytes", refuse)
    with pytest.raises(UnreadableDocument, match=r"huge.pdf: too large \(50.0 MB; the limit"):
        read_path(path)


def test_the_size_limit_is_configurable(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text(NOTES)
    assert read_path(path).format == "txt"
    with pytest.raises(UnreadableDocument, match="too large"):
        read_path(path, max_bytes=10)
    assert reason(NOTES.encode(), max_bytes=10).startswith("too large")


@pytest.mark.parametrize("data", [b"", b" \n\t\r\n  ", "\ufeff \n".encode()])
def test_empty_documents(data: bytes) -> None:
    assert reason(data).startswith("empty document")


def test_one_line_of_50_mb_is_read_in_bounded_time() -> None:
    started = time.perf_counter()
    document = read_bytes(b"a" * MAX_BYTES, "long.txt")
    assert len(document.lines) == 1
    assert time.perf_counter() - started < 10
    assert reason(b"a" * (MAX_BYTES + 1)).startswith("too large")


# --- not documents ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [
        random.Random(0).randbytes(4096),
        b"\x89PNG\r\n\x1a\n" + random.Random(1).randbytes(2048),
        b"\x7fELF\x02\x01\x01" + bytes(1000),
        "Notes without a BOM".encode("utf-16-le"),
    ],
    ids=["random", "png", "elf", "utf-16-without-bom"],
)
def test_binary_garbage_is_not_a_document(data: bytes) -> None:
    assert reason(data) == "not a document"


def test_html_of_only_scripts_is_empty() -> None:
    page = b"<html><head><title>x</title></head><body><script>alert(1)</script></body></html>"
    assert reason(page, "notes.html").startswith("empty document")


# --- PDF --------------------------------------------------------------------------------------


def test_truncated_pdf() -> None:
    data = text_to_pdf(NOTES)
    assert reason(data[: len(data) // 2], "notes.pdf") == "truncated PDF (no end-of-file marker)"


def test_corrupt_pdf() -> None:
    data = b"%PDF-1.7\n" + random.Random(2).randbytes(3000) + b"\n%%EOF\n"
    assert reason(data, "notes.pdf").startswith("corrupt PDF")


def test_encrypted_pdf() -> None:
    data = blank_pdf(1, owner_password="owner", user_password="secret")
    assert reason(data, "notes.pdf") == "encrypted PDF (password protected)"


def test_a_pdf_with_only_an_owner_password_is_read() -> None:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.text(20, 20, "Meeting notes")
    pdf.set_encryption(owner_password="owner")
    assert read_bytes(bytes(pdf.output()), "notes.pdf").text.strip() == "Meeting notes"


def test_pdf_without_a_text_layer() -> None:
    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 50, style="F")  # a drawing, as a scan is an image
    assert reason(bytes(pdf.output()), "scan.pdf") == "no text layer: scanned images?"


def test_too_many_pages_is_refused_before_reading_them() -> None:
    data = blank_pdf(2_001)
    started = time.perf_counter()
    assert reason(data, "long.pdf") == "too many pages (2,001; the limit is 2,000)"
    assert time.perf_counter() - started < 1
    assert reason(blank_pdf(3), "long.pdf", max_pages=2).startswith("too many pages (3;")


def test_thousands_of_blank_pages_take_bounded_time() -> None:
    started = time.perf_counter()
    assert reason(blank_pdf(2_000), "blank.pdf") == "no text layer: scanned images?"
    assert time.perf_counter() - started < 5


# --- DOCX -------------------------------------------------------------------------------------


def test_invalid_zip() -> None:
    assert reason(b"PK\x03\x04" + bytes(200), "notes.docx").startswith("corrupt or truncated")


def test_truncated_docx() -> None:
    data = text_to_docx(NOTES)
    assert reason(data[: len(data) // 2], "notes.docx").startswith("corrupt or truncated DOCX")


def test_docx_whose_parts_declare_a_huge_size() -> None:
    data = declare_sizes(text_to_docx(NOTES), 0xF000_0000)
    assert "(zip bomb?)" in reason(data, "bomb.docx")


def test_docx_compressed_like_a_zip_bomb() -> None:
    data = zipped({"[Content_Types].xml": b"<Types/>", "word/document.xml": bytes(20_000_000)})
    assert re.fullmatch(
        r"refused: word/document.xml is compressed [\d,]+:1 \(zip bomb\?\)",
        reason(data, "bomb.docx"),
    )


def test_docx_missing_its_package_parts() -> None:
    data = zipped({"word/document.xml": b"<w:document/>"})
    assert reason(data, "notes.docx").startswith("corrupt DOCX")


def test_docx_with_malformed_xml() -> None:
    good = zipfile.ZipFile(io.BytesIO(text_to_docx(NOTES)))
    members = {info.filename: good.read(info) for info in good.infolist()}
    members["word/document.xml"] = b"<w:document><unclosed>"
    assert reason(zipped(members), "notes.docx").startswith("corrupt DOCX")
