"""Full-text search over every current meeting: points, actions, item titles and figures.

`models.Entry` is one searchable thing; `services` keeps the entries in step with ingestion;
`backends.search` answers queries with SQLite FTS5 or PostgreSQL full text search, by vendor.
"""
