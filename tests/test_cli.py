"""The command line, run as a user runs it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from gold import SEEDS, first_difference, gold

SEED = SEEDS / "001_73932fbdd1a170a5.txt"


def scrutiny(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "scrutiny.cli", *args], capture_output=True, text=True, check=False
    )


def test_json_of_one_file_is_its_record() -> None:
    result = scrutiny("extract", str(SEED), "--json")
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    assert first_difference(record["actions"], gold(SEED.stem)["actions"]) is None


def test_summary_names_items_actions_and_attendees() -> None:
    result = scrutiny("extract", str(SEED))
    assert result.returncode == 0, result.stderr
    assert "Performance & Delivery Board, 2025-02-19" in result.stdout
    assert "Tim Smith (CC)" in result.stdout
    assert "owner: Force; due: 2025-09-16; open" in result.stdout
    assert "3. Making Kent Safer: Delivery & Performance (presented by CC)" in result.stdout


def test_bad_files_are_reported_and_the_others_still_read(tmp_path: Path) -> None:
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    corrupt = tmp_path / "corrupt.pdf"
    corrupt.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage")
    missing = tmp_path / "missing.docx"
    result = scrutiny("extract", str(empty), str(SEED), str(corrupt), str(missing), "--json")
    assert result.returncode == 2
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 3
    assert all(line.startswith("scrutiny: ") for line in errors)
    assert "empty.pdf" in errors[0] and "corrupt.pdf" in errors[1] and "missing.docx" in errors[2]
    records = json.loads(result.stdout)
    assert [r["source"]["name"] for r in records] == [SEED.name]


def test_date_and_board_fill_what_the_notes_do_not_say() -> None:
    older = SEEDS / "000_5744fa4e60daa063.txt"
    result = scrutiny("extract", str(older), "--json", "--date", "2018-12-12", "--board", "X")
    record = json.loads(result.stdout)
    assert record["date"] == "2018-12-12"
    assert record["board"] == "Performance & Delivery Board"  # stated by the notes themselves


@pytest.mark.parametrize("bad", ["12/12/2018", "2018-13-01"])
def test_a_bad_date_option_is_refused(bad: str) -> None:
    result = scrutiny("extract", str(SEED), "--date", bad)
    assert result.returncode == 2
    assert "YYYY-MM-DD" in result.stderr


def test_every_format_through_the_command(tmp_path: Path) -> None:
    from convert import text_to_docx, text_to_html, text_to_pdf

    text = SEED.read_text(encoding="utf-8")
    # Named without extensions: the format is told from the content.
    paths = []
    for name, data in [
        ("a", text_to_pdf(text)),
        ("b", text_to_docx(text)),
        ("c", text_to_html(text)),
    ]:
        path = tmp_path / name
        path.write_bytes(data)
        paths.append(str(path))
    result = scrutiny("extract", *paths, "--json")
    assert result.returncode == 0, result.stderr
    records = json.loads(result.stdout)
    assert [r["source"]["format"] for r in records] == ["pdf", "docx", "html"]
    want = gold(SEED.stem)
    for record in records:
        assert first_difference(record["items"], want["items"]) is None
        assert first_difference(record["actions"], want["actions"]) is None


def test_a_reader_that_stops_early_is_no_error() -> None:
    # `scrutiny extract … --json | head -1`: the pipe closes before the record is written.
    command = subprocess.Popen(
        [sys.executable, "-m", "scrutiny.cli", "extract", str(SEED), str(SEED), "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert command.stdout is not None and command.stderr is not None
    command.stdout.read(10)
    command.stdout.close()
    assert command.wait(timeout=60) in (0, 1)
    assert b"Traceback" not in command.stderr.read()
