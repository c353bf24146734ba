"""A migration operation for SQL that only one database vendor speaks."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django.db import migrations
from django.db.backends.base.schema import BaseDatabaseSchemaEditor
from django.db.migrations.state import ProjectState


class VendorSQL(migrations.RunSQL):
    """RunSQL on `vendor` ("sqlite", "postgresql") only; on any other database, nothing.

    The full-text index is each database's own (FTS5, tsvector), and the rest of the schema is
    the same everywhere: so the models stay common, and only this SQL is per vendor.
    """

    def __init__(
        self, vendor: str, sql: Sequence[str], reverse_sql: Sequence[str], **kwargs: Any
    ) -> None:
        # Statements one by one, never split: a trigger's body holds semicolons of its own.
        super().__init__(tuple(sql), tuple(reverse_sql), **kwargs)
        self.vendor = vendor

    def database_forwards(
        self,
        app_label: str,
        schema_editor: BaseDatabaseSchemaEditor,
        from_state: ProjectState,
        to_state: ProjectState,
    ) -> None:
        if schema_editor.connection.vendor == self.vendor:
            super().database_forwards(app_label, schema_editor, from_state, to_state)

    def database_backwards(
        self,
        app_label: str,
        schema_editor: BaseDatabaseSchemaEditor,
        from_state: ProjectState,
        to_state: ProjectState,
    ) -> None:
        if schema_editor.connection.vendor == self.vendor:
            super().database_backwards(app_label, schema_editor, from_state, to_state)

    def describe(self) -> str:
        return f"Raw SQL for {self.vendor} only"
