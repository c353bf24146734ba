"""Whatever the bytes, reading gives a Document or UnreadableDocument, never anything else."""

from __future__ import annotations

from functools import cache

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from convert import text_to_docx, text_to_html, text_to_pdf
from scrutiny.read import Document, UnreadableDocument, read_bytes

NOTES = "Meeting Notes\n\n1. Welcome\n\n The PCC asked\tabout it.\n• Action: Force\n"
# What a word processor can hold: no control characters other than line breaks and tabs, and
# no non-characters (U+FFFE, U+FFFF), which XML cannot hold either.
WRITABLE = st.characters(exclude_categories=["Cc", "Cs", "Cn"]) | st.sampled_from("\n\t  ")
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@cache
def samples() -> dict[str, bytes]:
    return {
        "notes.pdf": text_to_pdf(NOTES),
        "notes.docx": text_to_docx(NOTES),
        "notes.html": text_to_html(NOTES),
        "notes.txt": NOTES.encode(),
    }


def check(data: bytes, name: str) -> None:
    try:
        document = read_bytes(data, name)
    except UnreadableDocument as error:
        assert error.reason and error.name == name
        return
    assert isinstance(document, Document)
    assert [line.number for line in document.lines] == list(range(1, len(document.lines) + 1))
    assert any(line.text.strip() for line in document.lines)
    pages = [line.page or 0 for line in document.lines]
    assert pages == sorted(pages)


@SETTINGS
@given(st.binary(max_size=4096), st.sampled_from(["x.pdf", "x.docx", "x.html", "x.txt", "x"]))
def test_any_bytes(data: bytes, name: str) -> None:
    check(data, name)


@SETTINGS
@given(
    st.sampled_from(["notes.pdf", "notes.docx", "notes.html", "notes.txt"]),
    st.lists(st.tuples(st.floats(0, 1), st.binary(min_size=1, max_size=8)), max_size=4),
    st.floats(0.05, 1),
)
def test_damaged_documents(name: str, edits: list[tuple[float, bytes]], keep: float) -> None:
    data = bytearray(samples()[name])
    for where, junk in edits:
        at = int(where * (len(data) - 1))
        data[at : at + len(junk)] = junk
    check(bytes(data[: max(1, int(keep * len(data)))]), name)


@SETTINGS
@given(st.text(WRITABLE, max_size=400))
def test_any_text_in_any_format(text: str) -> None:
    for name, convert in [("t.html", text_to_html), ("t.docx", text_to_docx)]:
        check(convert(text), name)
    check(text.encode("utf-8", errors="surrogatepass"), "t.txt")
