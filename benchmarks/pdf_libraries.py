"""Which PDF library to read notes with: speed and fidelity on the seeds rendered as PDF.

Each seed is rendered with the test converter (sans font, running footer) and read back by
pypdfium2 (its plain text, and Scrutiny's layout reader on top of it), pdfplumber and
pdfminer.six. Fidelity compares with the seed text: similarity of the whitespace-normalised
texts, the share of seed lines found in order, and how much layout survives (indentation,
paragraph gaps). Writes benchmarks/results/pdf_libraries.json.

    python -m benchmarks.pdf_libraries
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from importlib.metadata import version
from itertools import pairwise
from typing import Any

import pdfminer.high_level
import pdfplumber
import pypdfium2 as pdfium
from rapidfuzz import fuzz
from tests.convert import text_to_pdf

from benchmarks.common import machine, median_seconds, seeds, table, write
from scrutiny.read import read_bytes

REPEAT = 7
FOOTER = re.compile(r"^\s*Page \d+ of \d+\s*$", re.MULTILINE)


def pypdfium2_text(data: bytes) -> str:
    pdf = pdfium.PdfDocument(data)
    try:
        texts = []
        for index in range(len(pdf)):
            page = pdf[index]
            textpage = page.get_textpage()
            texts.append(textpage.get_text_range().replace("\r\n", "\n"))
            textpage.close()
            page.close()
        return "\n".join(texts)
    finally:
        pdf.close()


def scrutiny_layout(data: bytes) -> str:
    return read_bytes(data, "notes.pdf").text


def pdfplumber_text(data: bytes, **options: Any) -> str:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return "\n".join(page.extract_text(**options) or "" for page in pdf.pages)


def pdfminer_text(data: bytes) -> str:
    return str(pdfminer.high_level.extract_text(io.BytesIO(data)))


READERS: dict[str, Callable[[bytes], str]] = {
    "pypdfium2 get_text_range": pypdfium2_text,
    "scrutiny layout (pypdfium2)": scrutiny_layout,
    "pdfplumber": pdfplumber_text,
    "pdfplumber layout=True": lambda data: pdfplumber_text(data, layout=True),
    "pdfminer.six": pdfminer_text,
}
VERSIONS = {
    "pypdfium2": version("pypdfium2"),
    "pdfplumber": version("pdfplumber"),
    "pdfminer.six": version("pdfminer.six"),
}


METRICS = ("similarity", "lines_in_order", "indent_kept", "paragraph_gaps_kept")


def words(text: str) -> str:
    return " ".join(text.split())


def fidelity(source: str, extracted: str) -> dict[str, float]:
    extracted = FOOTER.sub("", extracted)  # the converter's furniture, not the seed's text
    seed_lines = [line for line in source.splitlines() if line.strip()]
    flat = words(extracted)
    position = found = 0
    for line in seed_lines:
        at = flat.find(words(line), position)
        if at >= 0:
            found += 1
            position = at + len(words(line))
    return {
        "similarity": round(fuzz.ratio(words(source), flat) / 100, 4),
        "lines_in_order": round(found / len(seed_lines), 4),
        "indent_kept": round(_indent_kept(seed_lines, extracted.splitlines()), 4),
        "paragraph_gaps_kept": round(_gaps_kept(source.splitlines(), extracted.splitlines()), 4),
    }


def _indent_kept(seed_lines: list[str], lines: list[str]) -> float:
    """Of seed lines with and without leading spaces, the share that come back the same."""
    by_start = {words(line)[:40]: line for line in lines if line.strip()}
    kept = total = 0
    for line in seed_lines:
        got = by_start.get(words(line)[:40])
        if got is None or len(words(line)) < 40:
            continue
        total += 1
        kept += line[:1].isspace() == got[:1].isspace()
    return kept / total if total else 0.0


def _gaps_kept(seed_lines: list[str], lines: list[str]) -> float:
    """Of seed paragraphs that follow a blank line, the share that follow one when read."""
    blank_after = {
        words(line)[:40]
        for previous, line in pairwise(lines)
        if not previous.strip() and line.strip()
    }
    starts = [
        words(line)[:40]
        for previous, line in pairwise(seed_lines)
        if not previous.strip() and line.strip() and len(words(line)) >= 40
    ]
    return sum(start in blank_after for start in starts) / len(starts) if starts else 0.0


def measure(source: str, data: bytes) -> dict[str, dict[str, float]]:
    results = {}
    for reader, read in READERS.items():
        seconds = median_seconds(lambda: read(data), REPEAT)  # noqa: B023 (called at once)
        results[reader] = {"median_ms": round(seconds * 1000, 2), **fidelity(source, read(data))}
    return results


def main() -> None:
    documents = []
    for name, source in seeds().items():
        data = text_to_pdf(source, font="sans")
        pages = len(pdfium.PdfDocument(data))
        results = measure(source, data)
        documents.append({"seed": name, "pages": pages, "bytes": len(data), "results": results})
    write(
        "pdf_libraries.json",
        {"machine": machine(), "versions": VERSIONS, "runs": REPEAT, "documents": documents},
    )
    headers = ["seed", "pages", "reader", "median ms", "similarity", "in order", "indent", "gaps"]
    rows = [
        [
            doc["seed"],
            str(doc["pages"]),
            reader,
            f"{r['median_ms']:.1f}",
            *(f"{r[key]:.4f}" for key in METRICS),
        ]
        for doc in documents
        for reader, r in doc["results"].items()
    ]
    print(table(headers, rows))


if __name__ == "__main__":
    main()
