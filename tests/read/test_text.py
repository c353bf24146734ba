"""Plain text is read as written: encodings decoded, line endings normalised, nothing else."""

from __future__ import annotations

import codecs
import hashlib

import pytest

from scrutiny.read import read_bytes

NOTES = "Notes – the PCC’s £9.7m\n\tStatus\tOwner\n  indented line\n• bullet"


def texts(data: bytes) -> list[str]:
    return [line.text for line in read_bytes(data, "notes.txt").lines]


@pytest.mark.parametrize(
    "data",
    [
        NOTES.encode("utf-8"),
        codecs.BOM_UTF8 + NOTES.encode("utf-8"),
        NOTES.encode("utf-16"),  # with its BOM
        NOTES.encode("utf-16-be").join([codecs.BOM_UTF16_BE, b""]),
        NOTES.encode("utf-32"),
        NOTES.encode("cp1252"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-le", "utf-16-be", "utf-32", "cp1252"],
)
def test_encodings(data: bytes) -> None:
    assert texts(data) == NOTES.split("\n")


def test_line_endings_are_normalised_and_whitespace_kept() -> None:
    assert texts(b"a\r\n  b\rc\n\td\n") == ["a", "  b", "c", "\td"]


def test_a_final_newline_does_not_add_a_line() -> None:
    assert texts(b"a\nb\n") == ["a", "b"]
    assert texts(b"a\nb\n\n") == ["a", "b", ""]


def test_lines_are_numbered_from_one() -> None:
    lines = read_bytes(b"a\n\nb", "notes.txt").lines
    assert [(line.number, line.page) for line in lines] == [(1, None), (2, None), (3, None)]


def test_form_feeds_mark_pages() -> None:
    lines = read_bytes(b"one\ntwo\fthree\f\ffive", "notes.txt").lines
    assert [(line.text, line.number, line.page) for line in lines] == [
        ("one", 1, 1),
        ("two", 2, 1),
        ("three", 3, 2),
        ("", 4, 3),
        ("five", 5, 4),
    ]


def test_document_fields() -> None:
    document = read_bytes(b"Notes", "/some/where/notes.txt")
    assert document.name == "notes.txt"
    assert document.format == "txt"
    assert document.sha256 == hashlib.sha256(b"Notes").hexdigest()
