"""The hostile documents through `scrutiny extract`, in a process held to 2 GiB of address
space and two minutes: no crash, no traceback, a reason for each refusal."""

from __future__ import annotations

import json
import resource
import subprocess
import sys
from pathlib import Path

from hostile.catalogue import HOSTILE

MEMORY = 2 << 30  # bytes of address space: far above a 200-page PDF's needs (about 100 MB)
SECONDS = 120


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))


def test_every_hostile_document_in_one_bounded_run(tmp_path: Path) -> None:
    paths = []
    for hostile in HOSTILE:
        path = tmp_path / hostile.name
        path.write_bytes(hostile.build())
        paths.append(path)
    done = subprocess.run(
        [sys.executable, "-m", "scrutiny.cli", "extract", "--json", *map(str, paths)],
        capture_output=True,
        text=True,
        timeout=SECONDS,
        preexec_fn=_limit_memory,
        check=False,
    )
    assert done.returncode == 2, done.stderr[-2000:]  # some were refused, none crashed
    assert "Traceback" not in done.stderr
    refusals = done.stderr.splitlines()
    for hostile in HOSTILE:
        said = [
            line for line in refusals if line.startswith(f"scrutiny: {tmp_path / hostile.name}:")
        ]
        if hostile.refused:
            assert len(said) == 1 and hostile.refused in said[0], hostile.name
        else:
            assert said == [], said
    records = json.loads(done.stdout)
    assert len(records) == sum(1 for h in HOSTILE if not h.refused)
