"""Concurrent clients: threads, each asking for the next address as soon as it has its answer
(after an optional think time), until there are none left.

Each request is timed from sending to the whole body read (`benchmarks.server.fetch`); the
threads spend their time waiting on sockets, so the GIL costs the clients little.
"""

from __future__ import annotations

import random
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator

from benchmarks.latency import Sample
from benchmarks.server import fetch

Job = tuple[str, str]  # (page, address)
NextJob = Callable[[], Job | None]


def taken(jobs: Iterable[Job]) -> NextJob:
    """The jobs one at a time to whichever client asks, then None."""
    remaining: Iterator[Job] = iter(jobs)
    lock = threading.Lock()

    def next_job() -> Job | None:
        with lock:
            return next(remaining, None)

    return next_job


def until(jobs: list[Job], stop: threading.Event) -> NextJob:
    """The jobs round and round, until `stop` is set."""
    index = 0
    lock = threading.Lock()

    def next_job() -> Job | None:
        nonlocal index
        if stop.is_set():
            return None
        with lock:
            index += 1
            return jobs[index % len(jobs)]

    return next_job


def run_clients(
    port: int,
    next_job: NextJob,
    clients: int,
    think: tuple[float, float] = (0.0, 0.0),
    seed: int = 0,
) -> tuple[list[Sample], float]:
    """Every request the clients made, and the seconds from the first to the last answer."""
    samples: list[Sample] = []
    started = time.perf_counter()
    reported = threading.Semaphore(5)  # the first few failures, not thousands

    def client(number: int) -> None:
        pause = random.Random(f"{seed}:{number}")
        while (job := next_job()) is not None:
            page, url = job
            begun = time.perf_counter()
            try:
                status, _ = fetch(port, url)
            except Exception as error:  # a failed request is counted, not fatal
                status = 0
                if reported.acquire(blocking=False):
                    print(f"{url}: {type(error).__name__}: {error}", file=sys.stderr)
            ended = time.perf_counter()
            samples.append(Sample(page, url, status, (ended - begun) * 1000, begun - started))
            if think[1] > 0:
                time.sleep(pause.uniform(*think))

    threads = [threading.Thread(target=client, args=(n,), daemon=True) for n in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return samples, time.perf_counter() - started
