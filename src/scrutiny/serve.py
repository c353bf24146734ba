"""`scrutiny serve`: the site under gunicorn, with the production settings.

The static files are collected into STATIC_ROOT first (whitenoise serves them from there), and
the server refuses to start while the database has migrations still to apply.
"""

from __future__ import annotations

import os
import sys

from django.conf import settings
from django.core.management import call_command
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.migrations.executor import MigrationExecutor

# What the npm packages ship but the site never serves: Sass sources, Nunjucks and HTML
# templates, source maps, type declarations, CommonJS builds and package metadata. Left out,
# collectstatic copies and compresses a few megabytes instead of fifteen.
UNSERVED_STATIC = ["*.scss", "*.njk", "*.html", "*.md", "*.map", "*.ts", "*.cjs", "*.json"]


def pending_migrations() -> list[str]:
    """The migrations the database has still to apply, as app.name."""
    executor = MigrationExecutor(connections[DEFAULT_DB_ALIAS])
    plan = executor.migration_plan(executor.loader.graph.leaf_nodes())
    return [f"{migration.app_label}.{migration.name}" for migration, _ in plan]


def serve(bind: str, workers: int) -> int:
    """Check, collect the static files, then become gunicorn (this process is replaced)."""
    if settings.DEBUG:
        print(
            "scrutiny: serve runs with the production settings: unset DEBUG and set SECRET_KEY "
            "(for a development server, `scrutiny manage runserver` with DEBUG=1)",
            file=sys.stderr,
        )
        return 1
    if pending := pending_migrations():
        print(
            f"scrutiny: the database has {len(pending)} migration(s) to apply "
            f"({', '.join(pending[:3])}{', ...' if len(pending) > 3 else ''}): "
            "run `scrutiny manage migrate` first",
            file=sys.stderr,
        )
        return 1
    call_command("collectstatic", interactive=False, verbosity=0, ignore_patterns=UNSERVED_STATIC)
    command = [
        sys.executable,
        "-m",
        "gunicorn",
        "scrutiny.wsgi:application",
        f"--bind={bind}",
        f"--workers={workers}",
        "--access-logfile=-",
    ]
    sys.stdout.flush()
    sys.stderr.flush()
    os.execv(sys.executable, command)
