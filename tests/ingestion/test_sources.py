"""Which files a folder offers to ingest, and in what order."""

from __future__ import annotations

from pathlib import Path

from scrutiny.ingestion.sources import expand


def test_a_folder_gives_its_files_in_name_order_a_correction_after_its_original(
    tmp_path: Path,
) -> None:
    for name in [
        "2016-07-20-v2.txt",
        "2016-07-20.txt",
        "2016-03-02.pdf",
        "2016-03-02.docx",
        ".DS_Store",
        "older/2015-12-01.txt",
        ".git/config",
    ]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("notes")
    found = [Path(p).relative_to(tmp_path).as_posix() for p in expand([str(tmp_path)])]
    assert found == [
        "2016-03-02.docx",
        "2016-03-02.pdf",
        "2016-07-20.txt",
        "2016-07-20-v2.txt",
        "older/2015-12-01.txt",
    ]


def test_named_files_and_addresses_keep_the_order_given(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("notes")
    (tmp_path / "a.txt").write_text("notes")
    wanted = [str(tmp_path / "b.txt"), "https://example.org/notes.pdf", str(tmp_path / "a.txt")]
    assert expand(wanted) == wanted
