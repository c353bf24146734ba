"""A fixed-window limit per key, in Django's cache: simple, and enough to stop a runaway client
or a form being used to send mail in bulk. The cache is the database's (settings.CACHES), so
every server process counts in the same place."""

from __future__ import annotations

import time

from django.core.cache import cache


def allow(key: str, limit: int, window: int) -> bool:
    """Count one use of `key`; False once more than `limit` uses fall in this `window` (s)."""
    bucket = f"ratelimit:{key}:{int(time.time() // window)}"
    cache.add(bucket, 0, timeout=window + 1)
    try:
        used = cache.incr(bucket)
    except ValueError:  # expired between add and incr
        cache.set(bucket, 1, timeout=window + 1)
        used = 1
    return used <= limit


def retry_after(window: int) -> int:
    """Seconds until the current window ends."""
    return max(1, window - int(time.time()) % window)
