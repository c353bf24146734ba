"""gunicorn serving the site with the production settings, on a free port of 127.0.0.1.

DEBUG off, whitenoise serving the static files collected into STATIC_ROOT (collected once a
run), the benchmark's own SECRET_KEY, and HTTPS redirection off as behind a TLS proxy (see
`benchmarks.databases.Database.environment`). One request is one new connection, as web.py
has always timed them.
"""

from __future__ import annotations

import http.client
import os
import signal
import socket
import subprocess
import sys
import time
from importlib.metadata import version
from pathlib import Path

from benchmarks.common import ROOT

_collected: set[str] = set()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def get(port: int, url: str) -> tuple[int, bytes]:
    """GET `url` on a new connection: the status and the body."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        connection.request("GET", url)
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


def fetch(port: int, url: str) -> tuple[int, int]:
    """GET `url` on a new connection: the status and the body's length."""
    status, body = get(port, url)
    return status, len(body)


def collect_static(env: dict[str, str]) -> None:
    """collectstatic into the settings' STATIC_ROOT, once a run, for whitenoise to serve."""
    if env["STATIC_ROOT"] in _collected:
        return
    subprocess.run(
        [sys.executable, "-m", "django", "collectstatic", "--noinput", "--verbosity", "0"],
        cwd=ROOT,
        env={**os.environ, **env},
        check=True,
    )
    _collected.add(env["STATIC_ROOT"])


class Server:
    """gunicorn on 127.0.0.1 with `env` as its settings; stopped on leaving.

    `threads` above 1 means gthread workers, else sync workers.
    """

    def __init__(self, env: dict[str, str], workers: int = 1, threads: int = 1) -> None:
        self.port = free_port()
        self.workers, self.threads = workers, threads
        self.worker_class = "gthread" if threads > 1 else "sync"
        self.command = [
            str(Path(sys.executable).with_name("gunicorn")),
            "scrutiny.wsgi:application",
            f"--bind=127.0.0.1:{self.port}",
            f"--workers={workers}",
            f"--threads={threads}",
            f"--worker-class={self.worker_class}",
            "--log-level=warning",
        ]
        self.env = {**os.environ, **env}

    def describe(self) -> str:
        threads = f" x {self.threads} threads" if self.threads > 1 else ""
        return (
            f"gunicorn {version('gunicorn')}, {self.workers} {self.worker_class} "
            f"worker(s){threads}, 127.0.0.1, whitenoise {version('whitenoise')}"
        )

    def __enter__(self) -> Server:
        collect_static(self.env)
        self.process = subprocess.Popen(self.command, cwd=ROOT, env=self.env)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if self.fetch("/")[0] == 200:
                    return self
            except OSError:
                time.sleep(0.2)
        self.__exit__()
        raise SystemExit("gunicorn did not answer within 60 seconds")

    def __exit__(self, *_: object) -> None:
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()

    def fetch(self, url: str) -> tuple[int, int]:
        return fetch(self.port, url)

    def get(self, url: str) -> tuple[int, bytes]:
        return get(self.port, url)
