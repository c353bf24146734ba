"""PostgreSQL sets each entry's tsvector as the row is written, as SQLite's triggers feed FTS5.

Before, the stored vector was filled by an UPDATE after the insert, which wrote every new row
twice (and its GIN entries with it). tsvector_update_trigger is PostgreSQL's own; 'english' is
scrutiny.search.services.CONFIG. Rows stored before this migration keep the vector they have.
"""

from django.db import migrations

from scrutiny.search.operations import VendorSQL

POSTGRESQL = [
    """CREATE TRIGGER search_entry_vector_write BEFORE INSERT OR UPDATE OF text
        ON search_entry FOR EACH ROW
        EXECUTE FUNCTION tsvector_update_trigger(vector, 'pg_catalog.english', text)""",
]
POSTGRESQL_REVERSE = ["DROP TRIGGER search_entry_vector_write ON search_entry"]


class Migration(migrations.Migration):
    dependencies = [("search", "0002_fulltext")]

    operations = [VendorSQL("postgresql", POSTGRESQL, POSTGRESQL_REVERSE)]
