"""PostgreSQL's planner statistics, brought up to date by whatever writes in bulk.

PostgreSQL plans each query from its statistics of the tables, which autovacuum's ANALYZE
refreshes: when autovacuum runs at all (it can be turned off, and is on some servers), and a
while after the writes. A table last analysed when it was empty is planned as if it still
were: on a database of 5,000 stored meetings the meeting page took a second instead of 60 ms,
and storing slowed as the tables grew. So an ingest of many documents, and a restore, analyse
the tables that changed enough themselves, by autovacuum's own rule. SQLite needs nothing: its
plans here come from the indexes, not from gathered statistics.
"""

from __future__ import annotations

from django.db import connection

# autovacuum_analyze_threshold and autovacuum_analyze_scale_factor, at PostgreSQL's defaults: a
# table is analysed once the rows changed since its last analysis pass 50 + 10% of its rows.
THRESHOLD = 50
SCALE = 0.1


def stale_tables() -> list[str]:
    """The tables whose statistics autovacuum's rule calls out of date (PostgreSQL only)."""
    if connection.vendor != "postgresql":
        return []
    with connection.cursor() as cursor:
        if connection.pg_version >= 150000:  # type: ignore[attr-defined]
            # This session's own counts of its writes reach the statistics views when it is
            # next idle, at most once a second: now, so its latest writes count.
            cursor.execute("SELECT pg_stat_force_next_flush()")
    with connection.cursor() as cursor:
        # reltuples is -1 for a table never analysed (PostgreSQL 14 on): as if empty.
        cursor.execute(
            "SELECT s.relname FROM pg_stat_user_tables s JOIN pg_class c ON c.oid = s.relid "
            "WHERE s.schemaname = current_schema() "
            "AND s.n_mod_since_analyze > %s + %s * GREATEST(c.reltuples, 0) ORDER BY 1",
            [THRESHOLD, SCALE],
        )
        return [name for (name,) in cursor.fetchall()]


def refresh_statistics() -> list[str]:
    """Analyse every stale table; return their names. Safe inside or outside a transaction,
    and a few seconds at most: ANALYZE samples a bounded number of rows however big the table."""
    stale = stale_tables()
    with connection.cursor() as cursor:
        for table in stale:
            cursor.execute(f"ANALYZE {connection.ops.quote_name(table)}")
    return stale
