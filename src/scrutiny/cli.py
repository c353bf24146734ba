"""The `scrutiny` command.

    scrutiny extract FILE... [--json] [--date] [--board]   read notes into records (no database)
    scrutiny ingest PATH|URL... [--date] [--board] [--jobs N]
                                                           store them in the database
    scrutiny manage COMMAND...                             Django's commands: migrate, ...
    scrutiny serve [--bind HOST:PORT] [--workers N]        the site under gunicorn (production)
    scrutiny backup FILE / scrutiny restore FILE [--force] everything stored, to a zip and back
    scrutiny downloads                                     build the open data downloads now
    scrutiny generate OUTDIR [--meetings N] [--seed S] [--formats txt,docx,pdf] [--records]
                                                           a generated corpus of notes

Django is imported only by the commands that use the database, so `extract` stays a plain
library command.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from datetime import date as Date
from typing import TextIO

from scrutiny import __version__
from scrutiny.extract import extract
from scrutiny.read import read_path
from scrutiny.read.document import UnreadableDocument
from scrutiny.record import MeetingRecord
from scrutiny.render import Format

EXIT_UNREADABLE = 2
MAX_JOBS = 32  # ingest's worker processes: each holds a database connection of its own


def _iso_date(text: str) -> str:
    try:
        return Date.fromisoformat(text).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in the form YYYY-MM-DD: {text!r}") from None


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"not a whole number of at least 1: {text!r}")
    return int(text)


def _jobs(text: str) -> int:
    jobs = _positive(text)
    if jobs > MAX_JOBS:
        raise argparse.ArgumentTypeError(f"more than {MAX_JOBS} processes: {text!r}")
    return jobs


def _whole(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None


def _formats(text: str) -> tuple[Format, ...]:
    from scrutiny.generate.corpus import parse_formats

    try:
        return parse_formats(text)
    except ValueError as problem:
        raise argparse.ArgumentTypeError(str(problem)) from None


def _add_fill_options(command: argparse.ArgumentParser) -> None:
    """--date and --board: what the notes do not state, never overriding what they do."""
    command.add_argument(
        "--date", type=_iso_date, help="the meeting's date, where the notes do not state it"
    )
    command.add_argument("--board", help="the board's name, where the notes do not state it")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="scrutiny",
        description="Read the published notes of police accountability boards.",
    )
    parser.add_argument("--version", action="version", version=f"scrutiny {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    extract_cmd = commands.add_parser(
        "extract",
        help="read notes (PDF, DOCX, HTML or text) into meeting records",
        description="Read each FILE and print its meeting record: a summary, or JSON.",
    )
    extract_cmd.add_argument("files", nargs="+", metavar="FILE")
    extract_cmd.add_argument(
        "--json", action="store_true", help="print scrutiny.meeting/1 records as JSON"
    )
    _add_fill_options(extract_cmd)
    ingest_cmd = commands.add_parser(
        "ingest",
        help="store notes in the database (files, folders, http(s) addresses)",
        description="Read each document (folders recursively) and store its meeting. A document "
        "already stored is left unchanged; a new document for the same board and date "
        "supersedes the earlier one, which is kept in the meeting's history.",
    )
    ingest_cmd.add_argument("locations", nargs="+", metavar="PATH|URL")
    _add_fill_options(ingest_cmd)
    ingest_cmd.add_argument(
        "--jobs",
        type=_jobs,
        default=1,
        metavar="N",
        help=f"read and store with N processes at once, up to {MAX_JOBS} (default 1); with "
        "more than one, the lines come in the order the documents finish",
    )
    serve_cmd = commands.add_parser(
        "serve",
        help="serve the site with gunicorn and the production settings",
        description="Collect the static files, check the database is migrated, then run "
        "gunicorn. Needs SECRET_KEY and ALLOWED_HOSTS, with DEBUG off.",
    )
    serve_cmd.add_argument("--bind", default="127.0.0.1:8000", metavar="HOST:PORT")
    serve_cmd.add_argument("--workers", type=_positive, default=2, metavar="N")
    backup_cmd = commands.add_parser(
        "backup",
        help="write every table and stored document to a zip archive",
        description="Write the database (all of it) and every stored document into FILE, "
        "a zip archive with a manifest of the migrations, row counts and SHA-256s.",
    )
    backup_cmd.add_argument("file", metavar="FILE")
    restore_cmd = commands.add_parser(
        "restore",
        help="load a backup into an empty, migrated database",
        description="Load FILE (made by `scrutiny backup`) into the database and MEDIA_ROOT, "
        "in one transaction, checking every document's SHA-256, then rebuild the search index.",
    )
    restore_cmd.add_argument("file", metavar="FILE")
    restore_cmd.add_argument(
        "--force", action="store_true", help="empty a database that has rows in it first"
    )
    commands.add_parser(
        "downloads",
        help="build the downloads of everything published, for the data as it stands",
        description="Write the JSON lines, CSV zip and SQLite downloads of everything "
        "published into DOWNLOADS_DIR. The site builds one when it is first asked for after "
        "the data changed, which takes a while with thousands of meetings: run this after an "
        "ingest and no visitor waits.",
    )
    generate_cmd = commands.add_parser(
        "generate",
        help="write a generated corpus of board notes (TXT, DOCX, PDF) for tests and benchmarks",
        description="Write N generated meetings of forty offices' boards, each in its board's "
        "house style, one file per meeting per format: OUTDIR/<board>/<date>[-vN].<format>. "
        "The same seed writes the same corpus.",
    )
    generate_cmd.add_argument("outdir", metavar="OUTDIR")
    generate_cmd.add_argument("--meetings", type=_positive, default=100, metavar="N")
    generate_cmd.add_argument("--seed", type=_whole, default=2025, metavar="S")
    generate_cmd.add_argument(
        "--formats",
        type=_formats,
        default="txt,docx,pdf",
        metavar="LIST",
        help="comma-separated, from txt, html, docx, pdf (default: txt,docx,pdf)",
    )
    generate_cmd.add_argument(
        "--records", action="store_true", help="also write each meeting's record as JSON"
    )
    generate_cmd.add_argument(
        "--force", action="store_true", help="write into OUTDIR even if it is not empty"
    )
    commands.add_parser(
        "manage",
        help="run a Django management command: migrate, createsuperuser, ...",
        add_help=False,
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    try:
        return _run(argv)
    except BrokenPipeError:
        # The reader went away (`scrutiny extract … | head`): stop quietly, as other tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1


def _run(argv: Sequence[str] | None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments[:1] == ["manage"]:
        # Everything after `manage` is Django's, options included, so argparse never sees it.
        return run_manage(arguments[1:])
    args = build_parser().parse_args(arguments)
    if args.command == "ingest":
        return run_ingest(args.locations, date=args.date, board=args.board, jobs=args.jobs)
    if args.command in {"serve", "backup", "restore", "downloads"}:
        return run_with_django(args)
    if args.command == "generate":
        return run_generate(args)
    return run_extract(args.files, as_json=args.json, date=args.date, board=args.board)


def django_ready() -> bool:
    """Load the settings and the apps; say why on stderr if the settings refuse to start."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "scrutiny.settings")
    import django
    from django.core.exceptions import ImproperlyConfigured

    try:
        django.setup()
    except ImproperlyConfigured as problem:
        print(f"scrutiny: {problem}", file=sys.stderr)
        return False
    return True


def run_ingest(locations: list[str], *, date: str | None, board: str | None, jobs: int = 1) -> int:
    if not django_ready():
        return 1
    from scrutiny.ingestion.command import ingest_all

    return ingest_all(locations, date=date, board=board, jobs=jobs)


def run_with_django(args: argparse.Namespace) -> int:
    if not django_ready():
        return 1
    import zipfile
    from pathlib import Path

    from scrutiny.backup.manifest import BackupError

    try:
        if args.command == "serve":
            from scrutiny.serve import serve

            return serve(args.bind, args.workers)
        if args.command == "backup":
            from scrutiny.backup.archive import backup

            made = backup(Path(args.file))
            print(
                f"{args.file}: {_count(len(made['documents']), 'document')}, "
                f"{_count(sum(made['counts'].values()), 'row')}"
            )
            return 0
        if args.command == "downloads":
            from scrutiny.downloads.built import StillChanging, build_all

            try:
                build_all()
            except StillChanging as problem:
                print(f"scrutiny: downloads: {problem}; try again when it is done", file=sys.stderr)
                return 1
            return 0
        from scrutiny.backup.restore import restore

        loaded = restore(Path(args.file), force=args.force)
        print(
            f"restored {args.file}: {_count(len(loaded['documents']), 'document')}, "
            f"{_count(sum(loaded['counts'].values()), 'row')}; search index rebuilt"
        )
        return 0
    except (BackupError, OSError, zipfile.BadZipFile) as problem:
        print(f"scrutiny: {args.command}: {problem}", file=sys.stderr)
        return 1


def run_generate(args: argparse.Namespace, err: TextIO | None = None) -> int:
    """Write the corpus, refusing an OUTDIR with anything in it unless --force."""
    from pathlib import Path

    from tqdm import tqdm

    from scrutiny.generate.corpus import write_corpus

    err = err or sys.stderr
    outdir = Path(args.outdir)
    if outdir.exists() and not outdir.is_dir():
        print(f"scrutiny: generate: {outdir} is not a folder", file=err)
        return 1
    if outdir.exists() and any(outdir.iterdir()) and not args.force:
        print(f"scrutiny: generate: {outdir} is not empty (use --force to write into it)", file=err)
        return 1
    try:
        outdir.mkdir(parents=True, exist_ok=True)
        written = write_corpus(
            outdir,
            meetings=args.meetings,
            seed=args.seed,
            formats=args.formats,  # a string default goes through `type` too
            with_records=args.records,
            progress=lambda stream, total: tqdm(
                stream, total=total, unit="meeting", file=err, disable=None
            ),
        )
    except OSError as problem:
        print(f"scrutiny: generate: {problem}", file=err)
        return 1
    print(f"{outdir}: {_count(written.meetings, 'meeting')}, {_count(written.files, 'file')}")
    return 0


def run_manage(arguments: list[str]) -> int:
    if not django_ready():
        return 1
    from django.core.management import execute_from_command_line

    execute_from_command_line(["scrutiny manage", *arguments])
    return 0


def run_extract(
    files: list[str],
    *,
    as_json: bool,
    date: str | None = None,
    board: str | None = None,
    out: TextIO = sys.stdout,
    err: TextIO = sys.stderr,
) -> int:
    """Extract every file; an unreadable one is reported and the others still processed."""
    records: list[MeetingRecord] = []
    failed = False
    for path in files:
        try:
            document = read_path(path)
        except UnreadableDocument as problem:
            print(f"scrutiny: {path}: {problem.reason}", file=err)
            failed = True
            continue
        record = extract(document, date=date, board=board)
        records.append(record)
        if not as_json:
            print(summary(record), file=out)
    if as_json and records:
        dicts = [r.to_dict() for r in records]
        payload = dicts[0] if len(files) == 1 else dicts
        print(json.dumps(payload, indent=2, ensure_ascii=False), file=out)
    return EXIT_UNREADABLE if failed else 0


def summary(record: MeetingRecord) -> str:
    """A readable account of a record for the terminal."""
    name = record.source.name if record.source else "(unnamed)"
    lines = [
        f"{name}",
        f"  {record.board or 'Board not stated'}, {record.date or 'date not stated'}"
        + (f" at {record.time}" if record.time else ""),
    ]
    if record.venue:
        lines.append(f"  Venue: {record.venue}")
    if record.attendees:
        people = ", ".join(
            f"{p.name} ({p.abbreviation or p.role or '?'})" for p in record.attendees
        )
        lines.append(f"  Attendees: {people}")
    if record.apologies:
        lines.append("  Apologies: " + ", ".join(p.name for p in record.apologies))
    points = [p for i in record.items for s in i.sections for p in s.points]
    questions = sum(1 for p in points if p.kind == "question")
    counts = [
        _count(len(record.items), "item"),
        _count(len(points), "point") + f" ({_count(questions, 'question')})",
        _count(len(record.actions), "action"),
        _count(len(record.figures), "figure"),
    ]
    lines.append("  " + ", ".join(counts))
    for item in record.items:
        by = f" (presented by {item.presenter})" if item.presenter else ""
        lines.append(f"  {item.number or '-'}. {item.title}{by}")
    for action in record.actions:
        lines.append(
            f"  Action: {action.text} [owner: {action.owner or 'not stated'}; "
            f"due: {action.due or 'not stated'}; {action.status or 'status not stated'}]"
        )
    if record.next_meeting and record.next_meeting.date:
        lines.append(f"  Next meeting: {record.next_meeting.date}")
    return "\n".join(lines)


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


if __name__ == "__main__":
    raise SystemExit(main())
