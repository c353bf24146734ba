"""The cache's table (settings.CACHES): the rate limits kept there are shared by every server
process, and by every server on the same database."""

from typing import Any

from django.core.management import call_command
from django.db import migrations

TABLE = "scrutiny_cache"


def create(apps: Any, schema_editor: Any) -> None:
    # createcachetable makes the table CACHES names, and leaves one that is already there.
    call_command("createcachetable", database=schema_editor.connection.alias, verbosity=0)


def drop(apps: Any, schema_editor: Any) -> None:
    schema_editor.execute(f"DROP TABLE IF EXISTS {schema_editor.quote_name(TABLE)}")


class Migration(migrations.Migration):
    dependencies = [("api", "0001_initial")]

    operations = [migrations.RunPython(create, drop)]
