"""`ingest_all`: folders, addresses, a line per document, and the exit status."""

from __future__ import annotations

import io
import re
import shutil
from pathlib import Path

import pytest

from gold import SEEDS
from scrutiny.ingestion.command import ingest_all
from scrutiny.meetings.models import Meeting

pytestmark = pytest.mark.django_db


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def run(*locations: str, err: io.StringIO | None = None) -> tuple[int, list[str]]:
    out = io.StringIO()
    status = ingest_all(list(locations), out=out, err=err or io.StringIO())
    # Meeting numbers depend on the database's sequences, which tests do not reset.
    return status, re.sub(r"meeting \d+", "meeting N", out.getvalue()).splitlines()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Both seeds (one in a subfolder), a broken PDF, and a hidden file."""
    root = tmp_path / "notes"
    (root / "2018").mkdir(parents=True)
    shutil.copy(SEEDS / "001_73932fbdd1a170a5.txt", root / "2025-02.txt")
    shutil.copy(SEEDS / "000_5744fa4e60daa063.txt", root / "2018" / "december.txt")
    (root / "broken.pdf").write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage")
    (root / ".DS_Store").write_bytes(b"\x00\x01binary")
    return root


def test_a_folder_is_read_recursively_and_a_bad_file_is_reported(folder: Path) -> None:
    status, lines = run(str(folder))
    assert status == 2
    assert lines == [
        f"{folder}/2018/december.txt: stored: Performance & Delivery Board, date not stated"
        " (meeting N)",
        f"{folder}/2025-02.txt: stored: Performance & Delivery Board, 2025-02-19 (meeting N)",
        f"{folder}/broken.pdf: failed: truncated PDF (no end-of-file marker)",
    ]
    assert Meeting.objects.count() == 2


def test_a_second_run_reports_every_document_unchanged(folder: Path) -> None:
    (folder / "broken.pdf").unlink()
    assert run(str(folder))[0] == 0
    status, lines = run(str(folder))
    assert status == 0
    assert [line.split(": ")[1] for line in lines] == ["unchanged", "unchanged"]


def test_a_missing_file_fails_and_the_others_are_stored(folder: Path) -> None:
    status, lines = run(str(folder / "nowhere.docx"), str(folder / "2025-02.txt"))
    assert status == 2
    assert lines[0].endswith("nowhere.docx: failed: no such file")
    assert ": stored: " in lines[1]


def test_a_new_version_is_reported_as_superseding(folder: Path) -> None:
    february = folder / "2025-02.txt"
    run(str(february))
    february.write_bytes(february.read_bytes() + b"\nCorrected.\n")
    status, lines = run(str(february))
    assert (status, lines[0].split(": ", 1)[1]) == (
        0,
        "superseded: Performance & Delivery Board, 2025-02-19 (meeting N; version 2, replacing"
        " version 1)",
    )


def test_several_documents_show_a_progress_bar_on_a_terminal(folder: Path) -> None:
    (folder / "broken.pdf").unlink()
    err = Terminal()
    run(str(folder), err=err)
    assert "2/2" in err.getvalue()
    err = Terminal()
    run(str(folder / "2025-02.txt"), err=err)
    assert err.getvalue() == ""
