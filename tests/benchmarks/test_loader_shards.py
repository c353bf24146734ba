"""The parallel load: its records are the generated ones, shared out by board in their order."""

from __future__ import annotations

from itertools import islice
from pathlib import Path

import pytest
from benchmarks.databases import Database, loader_arguments
from benchmarks.loader import Slot, default_jobs, made, shard, slots

from scrutiny.generate import record_count, records


def is_in_order(part: list[Slot], whole: list[Slot]) -> bool:
    """Whether `part` is `whole` with some left out."""
    rest = iter(whole)
    return all(any(slot is other for other in rest) for slot in part)


@pytest.mark.parametrize("jobs", [1, 2, 3])
def test_each_board_is_in_one_shard_in_the_order_generated(jobs: int) -> None:
    wanted = slots(1000)
    shards = shard(wanted, jobs)
    assert len(shards) == jobs
    assert sorted(map(id, (slot for part in shards for slot in part))) == sorted(map(id, wanted))
    for part in shards:
        assert is_in_order(part, wanted)
    boards = [{slot.board for slot in part} for part in shards]
    offices = [{slot.office for slot in part} for part in shards]
    for found in (boards, offices):  # an office's boards together, as they share people
        assert sum(len(f) for f in found) == len(set().union(*found))
    # Within one office's meetings of each other in size.
    assert max(map(len, shards)) - min(map(len, shards)) <= 3 * 9


def test_a_boards_quarters_are_in_date_order_in_its_shard() -> None:
    for part in shard(slots(600), 2):
        quarters: dict[object, list[tuple[int, bool]]] = {}
        for slot in part:
            quarters.setdefault(slot.board, []).append((slot.quarter, slot.revised))
        assert all(found == sorted(found) for found in quarters.values())


def test_slots_make_the_generated_records_of_their_board() -> None:
    """From the 97th meeting, five: the 99th's corrected version is among them."""
    wanted = slots(5, after=97)
    assert [slot.revised for slot in wanted] == [False, False, False, True, False, False]
    made_here = [made(slot) for slot in wanted]
    assert made_here == list(islice(records(102), record_count(97), None))
    assert [(r.organisation, r.board) for r in made_here] == [
        (slot.office, slot.board.name) for slot in wanted
    ]


def test_the_loader_is_asked_for_its_jobs(tmp_path: Path) -> None:
    db = Database("postgresql", "scrutiny_x", tmp_path)
    assert "--jobs" not in loader_arguments(db, 7, 50, jobs=None)  # the loader's default
    arguments = loader_arguments(db, 7, 50, after=10)  # one, unless asked
    assert arguments[arguments.index("--jobs") + 1] == "1"
    arguments = loader_arguments(db, 7, 50, jobs=4)
    assert arguments[arguments.index("--jobs") + 1] == "4"
    assert (default_jobs("postgresql"), default_jobs("sqlite")) == (2, 1)
