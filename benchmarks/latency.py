"""Latency figures from timed requests: percentiles, summaries, and each page's result.

Pure functions of the samples (no Django, no network), tested in tests/benchmarks.
"""

from __future__ import annotations

import statistics
from collections import Counter
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Sample:
    """One request: which page and address, its status (0: no answer), how long, and when."""

    page: str
    url: str
    status: int
    ms: float
    at: float = 0.0  # seconds from the start of the run

    @property
    def failed(self) -> bool:
        return self.status != 200


def percentile(samples: list[float], p: int) -> float:
    """The p-th percentile, interpolated between the nearest samples (p from 1 to 99)."""
    if not samples:
        raise ValueError("no samples")
    if len(samples) == 1:
        return samples[0]
    return statistics.quantiles(samples, n=100, method="inclusive")[p - 1]


def summary(ms: list[float]) -> dict[str, Any]:
    return {
        "requests": len(ms),
        "p50_ms": round(percentile(ms, 50), 1),
        "p95_ms": round(percentile(ms, 95), 1),
        "max_ms": round(max(ms), 1),
    }


def by_page(samples: list[Sample], targets: dict[str, float]) -> dict[str, dict[str, Any]]:
    """Each page's p50, p95, max and errors (any answer but 200, by status), in first-seen
    order; and, for a page with a target, whether its p95 is under it."""
    pages: dict[str, list[Sample]] = {}
    for sample in samples:
        pages.setdefault(sample.page, []).append(sample)
    results: dict[str, dict[str, Any]] = {}
    for page, found in pages.items():
        failed = Counter(str(s.status) for s in found if s.failed)
        result = {**summary([s.ms for s in found]), "errors": sum(failed.values())}
        if failed:
            result["errors_by_status"] = dict(sorted(failed.items()))
        if page in targets:
            result["target_p95_ms"] = targets[page]
            result["under_target"] = result["p95_ms"] < targets[page]
        results[page] = result
    return results


def ratios(over: dict[str, dict[str, Any]], under: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Page by page, `over`'s p50 and p95 over `under`'s (pages both have)."""
    return {
        page: {
            key: round(over[page][key] / under[page][key], 2) if under[page][key] else None
            for key in ("p50_ms", "p95_ms")
        }
        for page in over
        if page in under
    }
