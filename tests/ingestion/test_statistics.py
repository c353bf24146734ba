"""Bulk writers refresh PostgreSQL's planner statistics, whether or not autovacuum runs."""

from __future__ import annotations

import pytest
from django.db import connection

from scrutiny.ingestion.statistics import THRESHOLD, refresh_statistics, stale_tables
from scrutiny.meetings.models import Organisation

postgresql = pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's planner")


@postgresql
@pytest.mark.django_db(transaction=True)
def test_a_table_grown_past_the_rule_is_analysed() -> None:
    refresh_statistics()  # whatever earlier tests left
    assert "meetings_organisation" not in stale_tables()
    Organisation.objects.bulk_create(
        Organisation(name=f"Office {n}") for n in range(THRESHOLD + 10)
    )
    assert "meetings_organisation" in stale_tables()
    assert "meetings_organisation" in refresh_statistics()
    assert "meetings_organisation" not in stale_tables()
    with connection.cursor() as cursor:
        cursor.execute("SELECT reltuples FROM pg_class WHERE relname = 'meetings_organisation'")
        (rows,) = cursor.fetchone()
    assert rows >= THRESHOLD + 10  # the planner now knows the rows are there


@postgresql
@pytest.mark.django_db(transaction=True)
def test_a_few_rows_leave_the_statistics_alone() -> None:
    refresh_statistics()
    Organisation.objects.create(name="One more office")
    assert "meetings_organisation" not in stale_tables()


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's planner")
@pytest.mark.django_db
def test_sqlite_has_nothing_to_analyse() -> None:
    Organisation.objects.bulk_create(Organisation(name=f"Office {n}") for n in range(100))
    assert stale_tables() == [] and refresh_statistics() == []
