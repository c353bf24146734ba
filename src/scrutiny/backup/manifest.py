"""What an archive says about itself, and the state of the database it is compared with."""

from __future__ import annotations

from collections import Counter
from typing import Any

from django.apps import apps
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.migrations.recorder import MigrationRecorder

FORMAT = "scrutiny.backup/1"
DATA = "data.json"
MANIFEST = "manifest.json"
DOCUMENTS = "documents/"
# Made by `migrate` (content types, permissions) or derived (the search index): not dumped.
EXCLUDED = ["contenttypes", "auth.permission", "search"]


class BackupError(Exception):
    """A backup or restore that cannot go ahead; the message says why."""


def applied_migrations() -> list[str]:
    recorder = MigrationRecorder(connections[DEFAULT_DB_ALIAS])
    return sorted(f"{app}.{name}" for app, name in recorder.applied_migrations())


def dumped_models() -> list[str]:
    """Every model whose rows the archive holds, as app_label.ModelName."""
    labels = []
    for model in apps.get_models():
        meta = model._meta
        if meta.proxy or not meta.managed:
            continue
        if meta.app_label in EXCLUDED or meta.label_lower in EXCLUDED:
            continue
        labels.append(meta.label)
    return sorted(labels)


def row_counts() -> dict[str, int]:
    return {label: apps.get_model(label)._base_manager.count() for label in dumped_models()}


def counts_in(data: list[dict[str, Any]]) -> dict[str, int]:
    """Rows per model in a dump, labelled as dumped_models() labels them."""
    seen = Counter(str(row["model"]) for row in data)
    return {label: seen[label.lower()] for label in dumped_models()}
