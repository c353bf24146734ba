"""Today, for the pages: one place, so "overdue" can be tested on a fixed day."""

from __future__ import annotations

from datetime import date as Date

from django.utils import timezone


def today() -> Date:
    return timezone.localdate()
