"""Which extractor read a stored document.

Raise EXTRACTOR_VERSION whenever a change to `scrutiny.read` or `scrutiny.extract` changes the
records they produce: stored documents read by an older version can then be found and read
again. It lives here, not in the core, because only stored records need to know it.
"""

from __future__ import annotations

EXTRACTOR_VERSION = "4"
