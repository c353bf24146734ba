"""Each database's own full-text index over search_entry.text.

SQLite: an FTS5 table reading its text from search_entry (external content), kept in step by
triggers, so every write to search_entry, cascades from a deleted meeting included, reaches it.
Porter stemming, so "offences" finds "offence" as PostgreSQL's english configuration does.
A later migration that alters search_entry must recreate the triggers: on SQLite Django alters
a table by copying it into a new one, and the copy has no triggers.

PostgreSQL: a GIN index on the stored tsvector, which scrutiny.search.services sets.
"""

from django.db import migrations

from scrutiny.search.operations import VendorSQL

SQLITE = [
    """CREATE VIRTUAL TABLE search_fts USING fts5(
        text, content='search_entry', content_rowid='id',
        tokenize='porter unicode61 remove_diacritics 2'
    )""",
    """CREATE TRIGGER search_entry_fts_insert AFTER INSERT ON search_entry BEGIN
        INSERT INTO search_fts(rowid, text) VALUES (new.id, new.text);
    END""",
    """CREATE TRIGGER search_entry_fts_delete AFTER DELETE ON search_entry BEGIN
        INSERT INTO search_fts(search_fts, rowid, text) VALUES ('delete', old.id, old.text);
    END""",
    """CREATE TRIGGER search_entry_fts_update AFTER UPDATE OF text ON search_entry BEGIN
        INSERT INTO search_fts(search_fts, rowid, text) VALUES ('delete', old.id, old.text);
        INSERT INTO search_fts(rowid, text) VALUES (new.id, new.text);
    END""",
    # Rows stored before this migration are indexed too.
    "INSERT INTO search_fts(search_fts) VALUES ('rebuild')",
]
SQLITE_REVERSE = [
    "DROP TRIGGER search_entry_fts_update",
    "DROP TRIGGER search_entry_fts_delete",
    "DROP TRIGGER search_entry_fts_insert",
    "DROP TABLE search_fts",
]

POSTGRESQL = ["CREATE INDEX search_entry_vector ON search_entry USING gin (vector)"]
POSTGRESQL_REVERSE = ["DROP INDEX search_entry_vector"]


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [
        VendorSQL("sqlite", SQLITE, SQLITE_REVERSE),
        VendorSQL("postgresql", POSTGRESQL, POSTGRESQL_REVERSE),
    ]
