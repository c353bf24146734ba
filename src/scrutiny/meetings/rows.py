"""Plain inserts of many rows at once, for the tables a stored meeting fills by the hundred.

Django's bulk_create prepares every field of every object in Python, which cost more than the
database's own work for a meeting's speakers and search entries. Rows that nothing reads back
from the insert (no keys wanted, no defaults, no signals) go in here as tuples instead.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from django.db import connection
from django.db.models import Field, Model


def insert_rows(model: type[Model], fields: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
    """Insert `rows`, each the values of `fields` (a foreign key's field takes the key), in one
    executemany; return how many."""
    values: list[tuple[Any, ...]] = [tuple(row) for row in rows]
    if not values:
        return 0
    quote = connection.ops.quote_name
    table = quote(model._meta.db_table)
    columns = ", ".join(quote(_field(model, name).column) for name in fields)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # One statement of one array a column: psycopg's executemany sends each row as a
            # statement of its own, which cost both sides more than the rows themselves.
            arrays = ", ".join(
                f"%s::{_field(model, name).db_type(connection)}[]" for name in fields
            )
            cursor.execute(
                f"INSERT INTO {table} ({columns}) SELECT * FROM unnest({arrays})",
                [list(column) for column in zip(*values, strict=True)],
            )
        else:
            marks = ", ".join(["%s"] * len(fields))
            cursor.executemany(f"INSERT INTO {table} ({columns}) VALUES ({marks})", values)
    return len(values)


def _field(model: type[Model], name: str) -> Field[Any, Any]:
    field = model._meta.get_field(name)
    assert isinstance(field, Field) and field.column, f"{name} is not a column of {model}"
    return field
