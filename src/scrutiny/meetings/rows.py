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
    columns = ", ".join(quote(_column(model, name)) for name in fields)
    marks = ", ".join(["%s"] * len(fields))
    with connection.cursor() as cursor:
        cursor.executemany(
            f"INSERT INTO {quote(model._meta.db_table)} ({columns}) VALUES ({marks})", values
        )
    return len(values)


def _column(model: type[Model], name: str) -> str:
    field = model._meta.get_field(name)
    assert isinstance(field, Field) and field.column, f"{name} is not a column of {model}"
    return str(field.column)
