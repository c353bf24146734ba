"""Bulk downloads: JSON Lines of records, a zip of CSV tables, a SQLite file; all of what is
published, for everything or one board, and nothing private."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import zipfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from django.test import Client

from api.open_data import World, assert_no_secrets
from command_line import migrated, scrutiny
from gold import SEEDS
from scrutiny.downloads import built
from scrutiny.meetings.models import Meeting

TABLES = {
    "boards",
    "meetings",
    "attendance",
    "items",
    "papers",
    "points",
    "actions",
    "figures",
    "series",
}


def download(client: Client, url: str) -> bytes:
    response = client.get(url)
    assert response.status_code == 200, url
    assert "attachment" in response["Content-Disposition"]
    assert response.has_header("ETag")
    return b"".join(response.streaming_content)  # type: ignore[attr-defined]


@pytest.mark.parametrize("stem", ["all", "boards/performance-delivery-board"])
def test_json_lines_are_public_records(client: Client, world: World, stem: str) -> None:
    lines = download(client, f"/downloads/{stem}.jsonl").decode().splitlines()
    (record,) = [json.loads(line) for line in lines]
    assert record["schema"] == "scrutiny.meeting/1"
    assert [i["title"] for i in record["items"]] == ["Burglary"]
    assert_no_secrets("\n".join(lines))


@pytest.mark.parametrize("stem", ["all", "boards/performance-delivery-board"])
def test_csv_zip_holds_every_table(client: Client, world: World, stem: str) -> None:
    archive = zipfile.ZipFile(io.BytesIO(download(client, f"/downloads/{stem}.csv.zip")))
    names = {name.removesuffix(".csv") for name in archive.namelist()}
    assert names == TABLES | {"README.txt"}
    everything = ""
    for table in TABLES:
        text = archive.read(f"{table}.csv").decode()
        everything += text
        rows = list(csv.DictReader(io.StringIO(text)))
        if table == "actions":
            assert [r["text"] for r in rows] == ["Report on burglary arrests."]
        if table == "meetings":
            assert [int(r["id"]) for r in rows] == [world.published.pk]
    assert_no_secrets(everything)


def test_sqlite_file_is_ready_for_datasette(client: Client, world: World, tmp_path: Path) -> None:
    path = tmp_path / "scrutiny.sqlite"
    path.write_bytes(download(client, "/downloads/all.sqlite"))
    connection = sqlite3.connect(path)
    try:
        names = {
            r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        assert names == TABLES
        links = connection.execute("PRAGMA foreign_key_list(points)").fetchall()
        assert {(link[2], link[3]) for link in links} == {
            ("meetings", "meeting_id"),
            ("items", "item_id"),
        }
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        titles = [r[0] for r in connection.execute("SELECT title FROM items")]
        assert titles == ["Burglary"]
        dump = "\n".join(connection.iterdump())
    finally:
        connection.close()
    assert_no_secrets(dump)


def test_boards_without_published_meetings_have_no_downloads(client: Client, world: World) -> None:
    assert client.get("/downloads/boards/hidden-board.jsonl").status_code == 404
    assert client.get("/downloads/boards/nowhere.sqlite").status_code == 404


def test_a_download_is_built_once_for_each_state_of_the_data(
    client: Client, world: World, settings: Any
) -> None:
    folder = Path(settings.DOWNLOADS_DIR)
    first = download(client, "/downloads/all.jsonl")
    built = sorted(folder.iterdir())
    assert [p.name.split(".")[-1] for p in built] == ["jsonl"]
    assert download(client, "/downloads/all.jsonl") == first
    assert sorted(folder.iterdir()) == built  # served again, not built again
    world.published.status = Meeting.NOTES_DRAFT  # unpublished: its data must go at once
    world.published.save(update_fields=["status"])
    assert download(client, "/downloads/all.jsonl") == b""
    assert len(list(folder.iterdir())) == 1  # the old version gone, and nothing half written


def test_a_client_holding_the_current_download_is_told_so(client: Client, world: World) -> None:
    response = client.get("/downloads/all.csv.zip")
    b"".join(response.streaming_content)  # type: ignore[attr-defined]
    again = client.get("/downloads/all.csv.zip", headers={"if-none-match": response["ETag"]})
    assert again.status_code == 304
    assert "public" in response["Cache-Control"] and response.has_header("Last-Modified")


def test_the_downloads_command_builds_everything_ahead(
    tmp_path: Path, migrated_sqlite: Path
) -> None:
    env = migrated(tmp_path / "site", migrated_sqlite)
    assert scrutiny("ingest", str(SEEDS), env=env).returncode == 0
    made = scrutiny("downloads", env=env)
    assert made.returncode == 0, made.stderr
    built = {p.name.split(".", 2)[-1] for p in (tmp_path / "site" / "downloads").iterdir()}
    assert built == {"jsonl", "csv.zip", "sqlite"}
    assert len(made.stdout.splitlines()) == 3 and "bytes" in made.stdout


def test_a_download_written_while_the_data_changed_is_written_again(
    client: Client, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    write, content_type = built.FORMATS["jsonl"]
    writes: list[int] = []

    def unpublishing_meanwhile(path: Path, board: str | None) -> None:
        write(path, board)
        writes.append(1)
        if len(writes) == 1:  # the meeting is unpublished while its record is being written
            world.published.status = Meeting.NOTES_DRAFT
            world.published.save(update_fields=["status"])

    monkeypatch.setitem(built.FORMATS, "jsonl", (unpublishing_meanwhile, content_type))
    assert download(client, "/downloads/all.jsonl") == b""
    assert len(writes) == 2


def test_a_download_of_data_that_keeps_changing_is_refused_for_now(
    client: Client, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    ticks = iter(range(1, 100))
    monkeypatch.setattr(built, "last_change", lambda: datetime.fromtimestamp(next(ticks), UTC))
    response = client.get("/downloads/all.csv.zip")
    assert response.status_code == 503 and response["Retry-After"] == "60"
    assert "Try again" in response.content.decode()
