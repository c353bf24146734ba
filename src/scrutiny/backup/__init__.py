"""`scrutiny backup` and `scrutiny restore`: everything stored, in one zip archive and back.

The archive holds `manifest.json` (format, migration state, row counts, and each document's
path, size and SHA-256), `data.json` (every table, Django's serialisation with natural keys for
the content types and permissions that `migrate` makes itself) and `documents/`, the stored
files as they are under MEDIA_ROOT: the source documents, and the papers uploaded for items
(listed in the manifest's documents too, so the command's document count includes them).
The search index is derived data: it is left out and rebuilt on restore.
"""
