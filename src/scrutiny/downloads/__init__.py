"""Bulk downloads of the published data: JSON Lines, CSV tables in a zip, SQLite."""
