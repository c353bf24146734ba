"""How long reading and extracting take, and how much memory, per format and document size.

For each seed as TXT, DOCX and PDF, and for generated 100- and 200-page PDFs: the median time of
`read_bytes` and of `extract`, beside a raw pypdfium2 text read of the same PDF in the same
process (`get_text_range` on every page), and the peak memory of one read and extract.

Memory: each case runs in a fresh child process that reports its own peak resident set (VmHWM in
/proc/self/status), less that of a child that only imports. Not ru_maxrss: Linux carries the
parent's peak over fork and exec into the child's, so every case would report the parent's peak.
Not tracemalloc: pdfium allocates outside Python's allocator. Writes
benchmarks/results/extract.json.

    SCRUTINY_SHARED=../shared python -m benchmarks.extract
"""

from __future__ import annotations

import argparse
import io
import json
import math
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
from tests.convert import text_to_docx, text_to_pdf

from benchmarks.common import (
    ROOT,
    interleaved_medians,
    machine,
    peak_rss_mb,
    seeds,
    table,
    write,
)
from scrutiny.extract import extract
from scrutiny.read import read_bytes

REPEAT = 15
REPEAT_LONG = 3  # for the generated long documents
LONG_PAGES = (100, 200)


# --- in the child -------------------------------------------------------------------------------


def raw_pypdfium2(data: bytes) -> int:
    pdf = pdfium.PdfDocument(data)
    try:
        chars = 0
        for index in range(len(pdf)):
            page = pdf[index]
            textpage = page.get_textpage()
            chars += len(textpage.get_text_range())
            textpage.close()
            page.close()
        return chars
    finally:
        pdf.close()


def time_case(path: Path, repeat: int) -> dict[str, Any]:
    data = path.read_bytes()
    document = read_bytes(data, path.name)
    runs: dict[str, Callable[[], object]] = {
        "read": lambda: read_bytes(data, path.name),
        "extract": lambda: extract(document),
    }
    if document.format == "pdf":
        runs["raw"] = lambda: raw_pypdfium2(data)
    # Interleaved, round by round, so that a slow spell of a shared machine weighs on every
    # measure alike and the ratios between them hold.
    times = interleaved_medians(runs, repeat)
    read_s, extract_s = times["read"], times["extract"]
    result: dict[str, Any] = {
        "lines": len(document.lines),
        "read_ms": round(read_s * 1000, 2),
        "extract_ms": round(extract_s * 1000, 2),
        "whole_ms": round((read_s + extract_s) * 1000, 2),
    }
    if "raw" in times:
        raw_s = times["raw"]
        result["raw_pypdfium2_ms"] = round(raw_s * 1000, 2)
        result["read_over_raw"] = round(read_s / raw_s, 2)
        result["whole_over_raw"] = round((read_s + extract_s) / raw_s, 2)
    return result


def child(mode: str, path: Path, repeat: int) -> None:
    if mode == "time":
        print(json.dumps(time_case(path, repeat)))
        return
    if mode == "memory":
        extract(read_bytes(path.read_bytes(), path.name))
    # mode "baseline": the imports alone, to subtract from the peaks
    print(json.dumps({"peak_mb": peak_rss_mb()}))


# --- in the parent ------------------------------------------------------------------------------


def run_child(mode: str, path: Path, repeat: int = 1) -> dict[str, Any]:
    command = [sys.executable, "-m", "benchmarks.extract", "--child", mode, str(path)]
    output = subprocess.run(
        [*command, "--repeat", str(repeat)], cwd=ROOT, capture_output=True, text=True, check=True
    )
    result: dict[str, Any] = json.loads(output.stdout)
    return result


def long_pdf(texts: list[str], pages: int) -> bytes:
    """The seeds repeated into a PDF of exactly `pages` pages."""
    text = "\n\n".join(texts)

    def rendered(copies: int) -> pdfium.PdfDocument:
        return pdfium.PdfDocument(text_to_pdf("\n\n".join([text] * copies), font="sans"))

    copies = math.ceil(pages / len(rendered(1)))
    while len(pdf := rendered(copies)) < pages:  # blank lines at page tops are not printed
        copies += 1
    for index in reversed(range(pages, len(pdf))):
        pdf.del_page(index)
    out = io.BytesIO()
    pdf.save(out)
    pdf.close()
    return out.getvalue()


def cases() -> dict[str, bytes]:
    texts = seeds()
    built: dict[str, bytes] = {}
    for name, text in texts.items():
        built[f"{name}.txt"] = text.encode("utf-8")
        built[f"{name}.docx"] = text_to_docx(text)
        built[f"{name}.pdf"] = text_to_pdf(text, font="sans")
    for pages in LONG_PAGES:
        built[f"generated-{pages}p.pdf"] = long_pdf(list(texts.values()), pages)
    return built


def measure(directory: Path) -> list[dict[str, Any]]:
    baseline = run_child("baseline", directory)["peak_mb"]
    results = []
    for name, data in cases().items():
        path = directory / name
        path.write_bytes(data)
        repeat = REPEAT_LONG if name.startswith("generated") else REPEAT
        timing = run_child("time", path, repeat)
        peak = run_child("memory", path)["peak_mb"]
        pages = len(pdfium.PdfDocument(data)) if name.endswith(".pdf") else None
        results.append(
            {
                "case": name,
                "bytes": len(data),
                "pages": pages,
                **timing,
                "peak_rss_mb": round(peak, 1),
                "peak_rss_over_imports_mb": round(peak - baseline, 1),
            }
        )
    return results


def report(results: list[dict[str, Any]]) -> str:
    headers = ["case", "pages", "read ms", "extract ms", "whole ms", "raw ms", "read/raw"]
    headers += ["whole/raw"]
    headers += ["peak MB", "over imports MB"]
    rows = [
        [
            r["case"],
            str(r["pages"] or ""),
            f"{r['read_ms']:.1f}",
            f"{r['extract_ms']:.1f}",
            f"{r['whole_ms']:.1f}",
            f"{r['raw_pypdfium2_ms']:.1f}" if "raw_pypdfium2_ms" in r else "",
            f"{r['read_over_raw']:.2f}" if "read_over_raw" in r else "",
            f"{r['whole_over_raw']:.2f}" if "whole_over_raw" in r else "",
            f"{r['peak_rss_mb']:.0f}",
            f"{r['peak_rss_over_imports_mb']:.0f}",
        ]
        for r in results
    ]
    return table(headers, rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--child", nargs=2, metavar=("MODE", "PATH"), help=argparse.SUPPRESS)
    parser.add_argument("--repeat", type=int, default=REPEAT, help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.child:
        child(arguments.child[0], Path(arguments.child[1]), arguments.repeat)
        return
    with tempfile.TemporaryDirectory() as directory:
        results = measure(Path(directory))
    memory = "VmHWM (peak RSS) of a fresh child process per case, one read and extract"
    path = write(
        "extract.json",
        {"machine": machine(), "runs": REPEAT, "memory": memory, "cases": results},
    )
    print(report(results))
    print(f"\nwritten to {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
