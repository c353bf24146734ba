"""Bulk downloads: JSON Lines of records, a zip of CSV tables, a SQLite file; all of what is
published, for everything or one board, and nothing private."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import zipfile
from pathlib import Path

import pytest
from django.test import Client

from api.open_data import World, assert_no_secrets

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
    return response.content


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
