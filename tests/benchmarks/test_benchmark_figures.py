"""The benchmarks' pure parts: percentiles, page results, the job mix, database names."""

from __future__ import annotations

from pathlib import Path

import pytest
from benchmarks.databases import Database, database, drop, loader_arguments
from benchmarks.ingest import must_fail
from benchmarks.latency import Sample, by_page, percentile, ratios, summary
from benchmarks.pages import mixed


def test_percentiles_interpolate_between_samples() -> None:
    samples = [float(n) for n in range(1, 101)]  # 1..100
    assert percentile(samples, 50) == pytest.approx(50.5)
    assert percentile(samples, 95) == pytest.approx(95.05)
    assert percentile([7.0], 95) == 7.0
    with pytest.raises(ValueError):
        percentile([], 50)


def test_summary_rounds_to_a_tenth() -> None:
    assert summary([10.04, 20.0, 30.0]) == {
        "requests": 3,
        "p50_ms": 20.0,
        "p95_ms": 29.0,
        "max_ms": 30.0,
    }


def test_pages_are_judged_against_their_own_targets_and_errors_counted_by_status() -> None:
    samples = [
        Sample("home", "/", 200, 100.0),
        Sample("home", "/", 200, 120.0),
        Sample("search", "/search/?q=a", 200, 90.0),
        Sample("search", "/search/?q=b", 500, 300.0),
        Sample("search", "/search/?q=c", 0, 5.0),
        Sample("static", "/static/x.css", 200, 1.0),
    ]
    pages = by_page(samples, {"home": 150.0, "search": 100.0})
    assert list(pages) == ["home", "search", "static"]
    assert pages["home"]["errors"] == 0 and pages["home"]["under_target"] is True
    assert "errors_by_status" not in pages["home"]
    assert pages["search"]["errors"] == 2
    assert pages["search"]["errors_by_status"] == {"0": 1, "500": 1}
    assert pages["search"]["under_target"] is False
    assert "under_target" not in pages["static"]


def test_ratios_page_by_page() -> None:
    over = {"home": {"p50_ms": 30.0, "p95_ms": 60.0}, "extra": {"p50_ms": 1.0, "p95_ms": 1.0}}
    under = {"home": {"p50_ms": 20.0, "p95_ms": 0.0}}
    assert ratios(over, under) == {"home": {"p50_ms": 1.5, "p95_ms": None}}


def test_the_mix_has_every_page_its_share_in_a_seeded_order() -> None:
    pages = {"home": ["/"], "meeting": ["/meetings/1/", "/meetings/2/", "/meetings/3/"]}
    jobs = mixed(pages, 4, seed=1)
    assert sorted(jobs) == sorted(
        [("home", "/")] * 4
        + [
            ("meeting", "/meetings/1/"),
            ("meeting", "/meetings/2/"),
            ("meeting", "/meetings/3/"),
            ("meeting", "/meetings/1/"),
        ]
    )
    assert jobs == mixed(pages, 4, seed=1)
    assert jobs != mixed(pages, 4, seed=2)


def test_databases_are_named_and_found_by_engine(tmp_path: Path) -> None:
    sqlite = database("sqlite", "bench", tmp_path)
    assert sqlite.url == f"sqlite:///{tmp_path / 'bench.sqlite3'}"
    assert sqlite.environment()["DEBUG"] == "0"
    postgresql = Database("postgresql", "scrutiny_bench", tmp_path, "postgres://u@h:5432/test")
    assert postgresql.url == "postgres://u@h:5432/scrutiny_bench"
    assert database("postgresql", "bench").name == "scrutiny_bench"
    assert loader_arguments(sqlite, 7, 50, after=10)[-4:] == ["--meetings", "50", "--after", "10"]


@pytest.mark.parametrize("name", ["test", "test_scrutiny", "postgres", "template1"])
def test_the_benchmarks_never_drop_a_database_not_theirs(name: str, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="do not touch"):
        drop(Database("postgresql", name, tmp_path, "postgres://nobody@127.0.0.1:1/x"))


def test_an_unreachable_postgresql_fails_only_under_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CI", "true")
    assert must_fail("PostgreSQL is not reachable")
    assert not must_fail(None)
    monkeypatch.delenv("CI")
    assert not must_fail("PostgreSQL is not reachable")
