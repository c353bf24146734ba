"""What the benchmarks share: the seeds, timing, peak memory, child processes, and results."""

from __future__ import annotations

import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results"
SHARED = Path(os.environ.get("SCRUTINY_SHARED", ROOT.parent / "shared"))


def seeds() -> dict[str, str]:
    paths = sorted((SHARED / "seeds").glob("*.txt"))
    if not paths:
        raise SystemExit(f"no seeds in {SHARED / 'seeds'} (set SCRUTINY_SHARED)")
    return {path.stem: path.read_text(encoding="utf-8") for path in paths}


def median_seconds(run: Callable[[], object], repeat: int) -> float:
    run()  # warm-up: imports, caches, first page loads
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def interleaved_medians(runs: dict[str, Callable[[], object]], repeat: int) -> dict[str, float]:
    """Median seconds of each run, timed in turn within every round after one warm-up round."""
    for run in runs.values():
        run()  # warm-up: imports, caches, first page loads
    times: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(repeat):
        for name, run in runs.items():
            started = time.perf_counter()
            run()
            times[name].append(time.perf_counter() - started)
    return {name: statistics.median(found) for name, found in times.items()}


def machine() -> dict[str, Any]:
    return {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
    }


# A run on a machine shared with other work: say so beside its numbers.
SHARED_MACHINE = (
    "measured on a machine whose cores are shared with other work: timings are noisy, and "
    "the ratios between figures measured in the same run are steadier than the figures"
)


def peak_rss_mb() -> float:
    """This process's peak resident set (VmHWM), in megabytes."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    # Elsewhere ru_maxrss, which may include the parent's peak (bytes on macOS).
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024 if sys.platform == "darwin" else 1024)


def run_child(module: str, arguments: list[str], env: dict[str, str] | None = None) -> Any:
    """Run `python -m module arguments` from the checkout; its last line of output, as JSON.

    The child's standard error (progress bars, messages) passes straight through.
    """
    completed = subprocess.run(
        [sys.executable, "-m", module, *arguments],
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        stdout=subprocess.PIPE,
        text=True,
        check=False,
    )
    lines = completed.stdout.strip().splitlines()
    if completed.returncode != 0 or not lines:
        raise SystemExit(f"{module} {' '.join(arguments)} failed (exit {completed.returncode})")
    return json.loads(lines[-1])


def command_line(module: str) -> str:
    """How this run was started, for the result."""
    return f"python -m {module}" + "".join(f" {argument}" for argument in sys.argv[1:])


def write(name: str, result: dict[str, Any]) -> Path:
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / name
    path.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def table(headers: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(str(cell)) for cell in column) for column in zip(headers, *rows, strict=True)]
    lines = [headers, ["-" * width for width in widths], *rows]
    return "\n".join(
        "  ".join(str(c).ljust(w) for c, w in zip(r, widths, strict=True)) for r in lines
    )
