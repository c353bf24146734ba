"""The generated meetings: the same every time, valid records, shaped like notes, stored as
ingested; and `scrutiny generate`, which writes them as documents."""

from __future__ import annotations

import hashlib
import itertools
import json
from pathlib import Path

import jsonschema
import pytest

from gold import SHARED, first_difference
from scrutiny.cli import main
from scrutiny.extract import extract
from scrutiny.generate import REVISED_EVERY, boards, house, meeting, record_count, records, revised
from scrutiny.generate.corpus import board_slug
from scrutiny.meetings.export import meeting_to_record
from scrutiny.read import read_bytes
from scrutiny.record import Source
from scrutiny.render import STYLES
from scrutiny.search.backends import search


def dicts(count: int, seed: int = 7) -> list[dict[str, object]]:
    return [record.to_dict() for record in records(count, seed)]


def test_the_same_seed_gives_the_same_records() -> None:
    assert dicts(12) == dicts(12)
    assert dicts(12) != dicts(12, seed=8)


def test_fewer_meetings_are_the_first_of_more() -> None:
    assert dicts(REVISED_EVERY + 3)[:5] == dicts(5)
    assert len(dicts(REVISED_EVERY + 3)) == record_count(REVISED_EVERY + 3) == REVISED_EVERY + 4


def test_records_are_valid_and_shaped_like_notes() -> None:
    schema = json.loads((SHARED / "meeting-record.schema.json").read_text(encoding="utf-8"))
    for record in records(10):
        record.source = Source("notes.txt", "0" * 64, "txt")  # the loader's to fill
        jsonschema.validate(record.to_dict(), schema)
        assert 6 <= len(record.items) <= 8
        assert 1 <= len(record.actions) <= 4
        substantive = record.items[2 : 2 + 5]
        assert all(5 <= sum(len(s.points) for s in i.sections) <= 15 for i in substantive[:4])
        # The previous notes' approval is the record's, not a point of discussion.
        previous = record.items[1]
        assert record.previous_meeting is not None
        assert previous.sections == [] or record.previous_meeting.approved is None


def test_actions_are_logged_by_item_and_never_twice() -> None:
    for record in records(30):
        numbers = [item.number for item in record.items]
        order = [numbers.index(a.item) if a.item else len(numbers) for a in record.actions]
        assert order == sorted(order)
        texts = [action.text for action in record.actions]
        assert len(texts) == len(set(texts))


def test_boards_meet_quarterly_and_announce_the_next() -> None:
    board = boards()[0]
    first, second = meeting(1, board, 0), meeting(1, board, 1)
    assert first.next_meeting is not None and second.previous_meeting is not None
    assert first.next_meeting.date == second.date
    assert second.previous_meeting.date == first.date


def test_a_meeting_discharges_the_previous_meetings_closed_actions() -> None:
    discharged = 0
    for board in boards()[:6]:
        for quarter in range(1, 6):
            before, after = meeting(3, board, quarter - 1), meeting(3, board, quarter)
            closed = [a.text.rstrip(".") for a in before.actions if a.status == "closed"]
            assert [d.text for d in after.discharged] == closed[:2]
            discharged += len(after.discharged)
    assert discharged > 0


def test_a_forces_officer_numbers_move_from_quarter_to_quarter() -> None:
    board = boards()[0]
    quoted = [
        figure.value
        for quarter in range(40)
        for figure in meeting(5, board, quarter).figures
        if figure.unit == "FTE"
    ]
    assert len(quoted) >= 5
    # The uplift: later quarters' strength is higher, but never jumps.
    assert quoted[-1] > quoted[0]
    assert all(abs(b - a) / a < 0.2 for a, b in itertools.pairwise(quoted))


def test_each_board_keeps_one_house_style_and_all_styles_are_used() -> None:
    every = boards()
    assert {house(1, board).style for board in every} == set(STYLES)
    assert [house(1, b) for b in every] == [house(1, b) for b in every]


@pytest.mark.django_db
def test_records_round_trip_through_storage() -> None:
    from benchmarks.load import store_generated

    generated = list(records(4))
    for record in generated:
        result = store_generated(record)
        assert result.outcome == "stored"
        assert meeting_to_record(result.meeting) == record.to_dict()
    again = revised(meeting(2025, boards()[0], 0))
    result = store_generated(again)
    assert result.outcome == "superseded"
    assert meeting_to_record(result.meeting) == again.to_dict()
    # Searchable as ingest leaves it: the current versions' points, and only theirs.
    said = {p.text for i in generated[1].items for s in i.sections for p in s.points}
    phrase = " ".join(sorted(said)[0].split()[:6]).strip(",.")
    found = search(f'"{phrase}"')
    assert found.total >= 1
    assert all(hit.meeting.is_current for hit in found.hits)


# --- scrutiny generate --------------------------------------------------------------------------


def hashes(folder: Path) -> dict[str, str]:
    return {
        path.relative_to(folder).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def test_generate_writes_one_file_per_meeting_per_format(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "corpus"
    assert (
        main(["generate", str(out), "--meetings", "4", "--formats", "txt,docx", "--records"]) == 0
    )
    assert capsys.readouterr().out.strip() == f"{out}: 4 meetings, 12 files"
    written = hashes(out)
    assert len(written) == 12
    folders = {name.split("/")[0] for name in written}
    assert folders == {board_slug(board) for board in boards()[:4]}
    assert "kent-" + "-".join(boards()[0].name.lower().replace("&", "and").split()) in folders
    dates = {name.split("/")[1][:10] for name in written}
    assert dates == {record.date for record in records(4)}
    # Each document reads back as the record written beside it.
    for path in sorted(out.rglob("*.json")):
        want = json.loads(path.read_text(encoding="utf-8"))
        for fmt in ("txt", "docx"):
            document = path.with_suffix(f".{fmt}")
            got = extract(read_bytes(document.read_bytes(), document.name)).to_dict()
            assert first_difference(got, want, ignore=("subject", "where", "source")) is None


def test_generate_is_deterministic(tmp_path: Path) -> None:
    first, second, other = tmp_path / "a", tmp_path / "b", tmp_path / "c"
    for folder, seed in ((first, "3"), (second, "3"), (other, "4")):
        command = ["generate", str(folder), "--meetings", "3", "--seed", seed]
        assert main([*command, "--formats", "txt,docx"]) == 0
    assert hashes(first) == hashes(second) != hashes(other)


def test_a_corrected_version_is_named_for_its_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import scrutiny.generate.meetings as generated

    monkeypatch.setattr(generated, "REVISED_EVERY", 2)
    assert main(["generate", str(tmp_path), "--meetings", "2", "--formats", "txt"]) == 0
    names = sorted(hashes(tmp_path))
    assert len(names) == 3
    (corrected,) = [name for name in names if name.endswith("-v2.txt")]
    assert corrected.replace("-v2", "") in names


def test_generate_pdfs_have_the_same_text_every_time(tmp_path: Path) -> None:
    for folder in ("a", "b"):
        assert (
            main(["generate", str(tmp_path / folder), "--meetings", "1", "--formats", "pdf"]) == 0
        )
    (a,), (b,) = (sorted((tmp_path / f).rglob("*.pdf")) for f in ("a", "b"))
    assert read_bytes(a.read_bytes(), "a.pdf").text == read_bytes(b.read_bytes(), "b.pdf").text


def test_generate_refuses_a_folder_with_something_in_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    assert main(["generate", str(tmp_path), "--meetings", "1", "--formats", "txt"]) == 1
    assert "is not empty (use --force" in capsys.readouterr().err
    assert main(["generate", str(tmp_path), "--meetings", "1", "--formats", "txt", "--force"]) == 0
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "mine"
    assert main(["generate", str(tmp_path / "notes.txt"), "--formats", "txt"]) == 1
    assert "is not a folder" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("option", "message"),
    [
        (["--meetings", "0"], "not a whole number of at least 1"),
        (["--meetings", "ten"], "not a whole number of at least 1"),
        (["--seed", "x"], "not a whole number"),
        (["--formats", "txt,odt"], "unknown format (odt); choose from txt, html, docx, pdf"),
        (["--formats", ","], "unknown format (none given)"),
    ],
)
def test_generate_explains_bad_options(
    tmp_path: Path, option: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["generate", str(tmp_path / "out"), *option])
    assert exit_.value.code == 2
    assert message in capsys.readouterr().err
    assert not (tmp_path / "out").exists()
