"""`scrutiny serve`: gunicorn with the production settings, started as a user starts it."""

from __future__ import annotations

import http.client
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

SCRUTINY = [sys.executable, "-m", "scrutiny.cli"]


def scrutiny(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*SCRUTINY, *args],
        capture_output=True,
        text=True,
        check=False,
        env=env,
        timeout=120,
    )


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def get(port: int, path: str) -> tuple[int, dict[str, str], bytes]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        # As a TLS-terminating proxy passes the request on.
        connection.request("GET", path, headers={"X-Forwarded-Proto": "https"})
        response = connection.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        connection.close()


def test_serve_refuses_to_start_with_migrations_pending(
    production_env: dict[str, str], tmp_path: Path
) -> None:
    env = production_env | {"ALLOWED_HOSTS": "127.0.0.1"}
    result = scrutiny("serve", "--bind", f"127.0.0.1:{free_port()}", env=env)
    assert result.returncode == 1
    assert "run `scrutiny manage migrate` first" in result.stderr


def test_serve_answers_pages_and_static_files(
    production_env: dict[str, str], tmp_path: Path, migrated_sqlite: Path
) -> None:
    env = production_env | {
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_PROXY_SSL_HEADER": "X-Forwarded-Proto",
    }
    shutil.copyfile(migrated_sqlite, tmp_path / "scrutiny.sqlite3")  # the env's database
    port = free_port()
    server = subprocess.Popen(
        [*SCRUTINY, "serve", "--bind", f"127.0.0.1:{port}", "--workers", "1"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                status, headers, body = get(port, "/")
                break
            except OSError:
                assert server.poll() is None, server.communicate()[1]
                assert time.monotonic() < deadline, "scrutiny serve did not answer in 60 s"
                time.sleep(0.2)
        assert status == 200
        assert "max-age=" in headers["Strict-Transport-Security"]
        assert b"/static/scrutiny/scrutiny.css" in body
        status, headers, css = get(port, "/static/scrutiny/scrutiny.css")
        assert status == 200
        assert headers["Content-Type"].startswith("text/css")
        shipped = Path(__file__).parents[2] / "src/scrutiny/web/static/scrutiny/scrutiny.css"
        assert css == shipped.read_bytes()
        assert (tmp_path / "static" / "govuk" / "govuk-frontend.min.css").is_file()
        assert (tmp_path / "static" / "chartjs" / "chart.umd.min.js").is_file()
        # The packages' sources and maps are left behind: the site serves none of them.
        assert not list((tmp_path / "static").rglob("*.scss"))
        assert not list((tmp_path / "static").rglob("*.map"))
        # Plain HTTP, not from the proxy, is sent to HTTPS.
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        connection.request("GET", "/")
        assert connection.getresponse().status == 301
        connection.close()
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
