"""Extraction throughput on the generated corpus, by format: documents and pages a second, the
peak memory, and how many documents gave back exactly the record they were rendered from.

The corpus (`scrutiny generate`: every board's house style, TXT, HTML, DOCX and PDF of the same
meetings) is written to a temporary folder first, and not timed. Each format is then read and
extracted in a fresh child process, one document after another, timed as a whole; pages are
those of the meeting's PDF, so every format is measured against the same printed length. Peak
memory is the child's VmHWM less that of a child that only imports (see benchmarks.extract).
Writes benchmarks/results/generated.json.

    python -m benchmarks.generated                      # 60 meetings (`make bench` runs it)
    python -m benchmarks.generated --meetings 200 --seed 7
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium

from benchmarks.common import ROOT, machine, peak_rss_mb, table, write
from scrutiny.extract import extract
from scrutiny.generate.corpus import write_corpus
from scrutiny.read import read_bytes
from scrutiny.render import FORMATS

MEETINGS = 60
SEED = 2025
IGNORED = ("subject", "where", "source")


def _same(got: Any, want: Any) -> bool:
    """The record again, figure subjects, line numbers and source aside (as the tests compare)."""
    if isinstance(want, dict):
        return isinstance(got, dict) and all(
            _same(got.get(k), v) for k, v in want.items() if k not in IGNORED
        )
    if isinstance(want, list):
        return (
            isinstance(got, list)
            and len(got) == len(want)
            and all(_same(a, b) for a, b in zip(got, want, strict=True))
        )
    return bool(got == want)


# --- in the child -------------------------------------------------------------------------------


def child(fmt: str, folder: Path) -> None:
    if fmt == "baseline":
        print(json.dumps({"peak_mb": peak_rss_mb()}))
        return
    documents = sorted(folder.rglob(f"*.{fmt}"))
    contents = [(path, path.read_bytes()) for path in documents]
    started = time.perf_counter()
    extracted = [extract(read_bytes(data, path.name)).to_dict() for path, data in contents]
    seconds = time.perf_counter() - started
    exact = sum(
        _same(got, json.loads(path.with_suffix(".json").read_text(encoding="utf-8")))
        for (path, _), got in zip(contents, extracted, strict=True)
    )
    result = {"documents": len(documents), "seconds": seconds, "exact": exact}
    print(json.dumps({**result, "peak_mb": peak_rss_mb()}))


# --- in the parent ------------------------------------------------------------------------------


def run_child(fmt: str, folder: Path) -> dict[str, Any]:
    command = [sys.executable, "-m", "benchmarks.generated", "--child", fmt, str(folder)]
    output = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=True)
    result: dict[str, Any] = json.loads(output.stdout)
    return result


def printed_pages(folder: Path) -> int:
    total = 0
    for path in folder.rglob("*.pdf"):
        pdf = pdfium.PdfDocument(path.read_bytes())
        total += len(pdf)
        pdf.close()
    return total


def measure(folder: Path, meetings: int, seed: int) -> dict[str, Any]:
    started = time.perf_counter()
    written = write_corpus(folder, meetings=meetings, seed=seed, formats=FORMATS, with_records=True)
    rendering = time.perf_counter() - started
    pages = printed_pages(folder)
    baseline = run_child("baseline", folder)["peak_mb"]
    formats = []
    for fmt in FORMATS:
        found = run_child(fmt, folder)
        seconds = found["seconds"]
        formats.append(
            {
                "format": fmt,
                "documents": found["documents"],
                "pages": pages,
                "seconds": round(seconds, 2),
                "documents_per_second": round(found["documents"] / seconds, 1),
                "pages_per_second": round(pages / seconds, 1),
                "peak_rss_mb": round(found["peak_mb"], 1),
                "peak_rss_over_imports_mb": round(found["peak_mb"] - baseline, 1),
                "exact_records": found["exact"],
            }
        )
    return {
        "meetings": written.meetings,
        "seed": seed,
        "rendering_seconds": round(rendering, 1),
        "formats": formats,
    }


def report(result: dict[str, Any]) -> str:
    headers = ["format", "docs", "pages", "s", "docs/s", "pages/s", "peak MB", "over imports"]
    headers += ["exact"]
    rows = [
        [
            r["format"],
            str(r["documents"]),
            str(r["pages"]),
            f"{r['seconds']:.2f}",
            f"{r['documents_per_second']:.1f}",
            f"{r['pages_per_second']:.1f}",
            f"{r['peak_rss_mb']:.0f}",
            f"{r['peak_rss_over_imports_mb']:.0f}",
            f"{r['exact_records']}/{r['documents']}",
        ]
        for r in result["formats"]
    ]
    return table(headers, rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--meetings", type=int, default=MEETINGS)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--child", nargs=2, metavar=("FORMAT", "FOLDER"), help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.child:
        child(arguments.child[0], Path(arguments.child[1]))
        return
    with tempfile.TemporaryDirectory() as folder:
        result = measure(Path(folder), arguments.meetings, arguments.seed)
    memory = "VmHWM (peak RSS) of a fresh child process per format, all its documents in turn"
    path = write("generated.json", {"machine": machine(), "memory": memory, **result})
    print(report(result))
    print(f"\nwritten to {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
