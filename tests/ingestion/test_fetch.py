"""Documents from http(s) addresses, served by a server the test starts on 127.0.0.1."""

from __future__ import annotations

import functools
import io
import re
import shutil
import socket
import threading
from collections.abc import Iterator
from email.message import Message
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from gold import SEEDS
from scrutiny.ingestion.command import ingest_all
from scrutiny.ingestion.errors import IngestFailed
from scrutiny.ingestion.fetch import fetch, file_name, is_url
from scrutiny.meetings.models import Meeting

SEED = SEEDS / "001_73932fbdd1a170a5.txt"


REDIRECTS = {"/latest": "/papers/notes%2520feb.txt", "/ftp": "ftp://127.0.0.1/notes.txt"}


class QuietHandler(SimpleHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path in REDIRECTS:
            self.send_response(302)
            self.send_header("Location", REDIRECTS[self.path])
            self.end_headers()
            return
        super().do_GET()

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    """A web server on a free port of 127.0.0.1 serving a folder with one seed in it."""
    site = tmp_path / "site"
    (site / "papers").mkdir(parents=True)
    shutil.copy(SEED, site / "papers" / "notes%20feb.txt")
    handler = functools.partial(QuietHandler, directory=str(site))
    with ThreadingHTTPServer(("127.0.0.1", 0), handler) as httpd:
        thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
        thread.start()
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
        httpd.shutdown()
        thread.join(timeout=5)


@pytest.mark.django_db
def test_a_document_is_ingested_from_an_address(server: str) -> None:
    out = io.StringIO()
    url = f"{server}/papers/notes%2520feb.txt"
    assert ingest_all([url], out=out, err=io.StringIO()) == 0
    assert out.getvalue().startswith(f"{url}: stored: Performance & Delivery Board, 2025-02-19")
    meeting = Meeting.objects.get()
    assert (meeting.source.name, meeting.source.origin) == ("notes%20feb.txt", url)


@pytest.mark.django_db
def test_an_address_that_fails_is_reported(server: str) -> None:
    out = io.StringIO()
    assert ingest_all([f"{server}/missing.pdf"], out=out, err=io.StringIO()) == 2
    assert out.getvalue() == f"{server}/missing.pdf: failed: HTTP 404 File not found\n"


def test_redirects_are_followed_to_http_addresses_only(server: str) -> None:
    data, name = fetch(f"{server}/latest")
    assert (data, name) == (SEED.read_bytes(), "notes%20feb.txt")
    with pytest.raises(
        IngestFailed, match=re.escape("HTTP 302 redirected to ftp://127.0.0.1/notes.txt")
    ):
        fetch(f"{server}/ftp")


def test_a_document_larger_than_the_limit_is_refused(server: str) -> None:
    with pytest.raises(IngestFailed, match="too large"):
        fetch(f"{server}/papers/notes%2520feb.txt", max_bytes=100)


def test_a_server_that_never_answers_times_out() -> None:
    # A socket that listens but never accepts: the connection is made, no answer comes.
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        url = f"http://127.0.0.1:{silent.getsockname()[1]}/notes.pdf"
        with pytest.raises(IngestFailed, match=r"0\.2 seconds|timed out"):
            fetch(url, timeout=0.2)


def test_nothing_listening_is_reported() -> None:
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    with pytest.raises(IngestFailed, match="cannot be fetched"):
        fetch(f"http://127.0.0.1:{port}/notes.pdf", timeout=2)


def test_the_file_name_comes_from_the_server_or_the_address() -> None:
    headers = Message()
    assert file_name("https://pcc.example/docs/Notes%20Feb.pdf?x=1", headers) == "Notes Feb.pdf"
    assert file_name("https://pcc.example/", headers) == "pcc.example"
    headers["Content-Disposition"] = 'attachment; filename="../board notes.docx"'
    assert file_name("https://pcc.example/download?id=3", headers) == "board notes.docx"


def test_only_http_addresses_are_fetched() -> None:
    assert is_url("https://pcc.example/a.pdf") and is_url("HTTP://pcc.example/a.pdf")
    assert not is_url("file:///etc/passwd") and not is_url("notes.pdf")
    assert not is_url("C:\\notes.pdf")
