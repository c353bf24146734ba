"""Write a generated corpus to disk: one document per meeting per format, in its board's style.

    OUTDIR/kent-performance-delivery-board/2016-07-12.pdf
    OUTDIR/kent-performance-delivery-board/2016-07-12-v2.pdf     a corrected second version
    OUTDIR/kent-performance-delivery-board/2016-07-12.json       with records=True

The same seed writes the same files: TXT and DOCX byte for byte, PDF with the same text.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from scrutiny.generate.houses import house
from scrutiny.generate.meetings import generated, record_count
from scrutiny.generate.people import SEED, Board
from scrutiny.record import MeetingRecord
from scrutiny.render import FORMATS, Format, render

Generated = tuple[Board, MeetingRecord]
Progress = Callable[[Iterable[Generated], int], Iterable[Generated]]


@dataclass(frozen=True)
class Written:
    meetings: int  # records rendered, corrected versions included
    files: int


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower().replace("&", " and ")).strip("-")


def board_slug(board: Board) -> str:
    """Board names repeat between offices, so the area comes first."""
    return slug(f"{board.office.area} {board.name}")


def parse_formats(text: str) -> tuple[Format, ...]:
    """ "txt,docx,pdf" as formats, in the order given; ValueError naming any unknown one."""
    wanted = [part.strip().lower() for part in text.split(",") if part.strip()]
    unknown = [part for part in wanted if part not in FORMATS]
    if not wanted or unknown:
        shown = ", ".join(unknown) or "none given"
        raise ValueError(f"unknown format ({shown}); choose from {', '.join(FORMATS)}")
    return tuple(dict.fromkeys(f for f in FORMATS if f in wanted))


def write_corpus(
    outdir: Path,
    *,
    meetings: int,
    seed: int = SEED,
    formats: Iterable[Format] = ("txt", "docx", "pdf"),
    with_records: bool = False,
    progress: Progress | None = None,
) -> Written:
    """Render `meetings` generated meetings into `outdir` (which the caller has checked).

    `progress` wraps the stream of meetings, given its length (a tqdm bar, say).
    """
    chosen = tuple(formats)
    versions: Counter[tuple[str, str]] = Counter()
    stream: Iterable[Generated] = generated(meetings, seed)
    if progress is not None:
        stream = progress(stream, record_count(meetings))
    files = written = 0
    for board, record in stream:
        folder = outdir / board_slug(board)
        folder.mkdir(parents=True, exist_ok=True)
        day = record.date or "undated"
        versions[(folder.name, day)] += 1
        version = versions[(folder.name, day)]
        stem = day if version == 1 else f"{day}-v{version}"
        style = house(seed, board).style
        for fmt in chosen:
            (folder / f"{stem}.{fmt}").write_bytes(render(record, style, fmt))
            files += 1
        if with_records:
            text = json.dumps(record.to_dict(), indent=2, ensure_ascii=False) + "\n"
            (folder / f"{stem}.json").write_text(text, encoding="utf-8")
            files += 1
        written += 1
    return Written(written, files)
