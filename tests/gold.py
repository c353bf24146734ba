"""The gold records and a comparison that names the first field that differs."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

SHARED = Path(
    os.environ.get("SCRUTINY_SHARED", Path(__file__).resolve().parents[1].parent / "shared")
)
SEEDS = SHARED / "seeds"
GOLD = SHARED / "gold"
SEED_NAMES = sorted(p.stem for p in SEEDS.glob("*.txt"))
if not SEED_NAMES:
    # Fail, never skip: without the seeds the gold tests would pass by testing nothing.
    raise RuntimeError(f"no seed notes in {SEEDS}: set SCRUTINY_SHARED to the shared folder")


def gold(name: str) -> dict[str, Any]:
    return json.loads((GOLD / f"{name}.json").read_text(encoding="utf-8"))


def seed_text(name: str) -> str:
    return (SEEDS / f"{name}.txt").read_text(encoding="utf-8")


def first_difference(
    got: Any, want: Any, path: str = "record", *, ignore: tuple[str, ...] = ()
) -> str | None:
    """Where `got` first differs from `want`; keys only `got` has are extras and don't count."""
    if isinstance(want, dict):
        if not isinstance(got, dict):
            return f"{path}: got {got!r}, want an object"
        for key, value in want.items():
            if key in ignore:
                continue
            if key not in got:
                return f"{path}.{key}: missing"
            found = first_difference(got[key], value, f"{path}.{key}", ignore=ignore)
            if found:
                return found
        return None
    if isinstance(want, list):
        if not isinstance(got, list):
            return f"{path}: got {got!r}, want a list"
        for index, (a, b) in enumerate(zip(got, want, strict=False)):
            found = first_difference(a, b, f"{path}[{index}]", ignore=ignore)
            if found:
                return found
        if len(got) != len(want):
            return f"{path}: {len(got)} entries, want {len(want)}"
        return None
    return None if got == want else f"{path}: got {got!r}, want {want!r}"
