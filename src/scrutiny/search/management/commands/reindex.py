"""`scrutiny manage reindex`: the search index made again from every current meeting.

Ingestion keeps the index right as it goes; this is for after a restore, a bulk load that went
around ingestion, or a change to what is indexed.
"""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from scrutiny.meetings.models import Meeting
from scrutiny.search.services import rebuild


class Command(BaseCommand):
    help = "Rebuild the search index from every current meeting."

    def handle(self, *args: Any, **options: Any) -> None:
        written = rebuild()
        meetings = Meeting.objects.filter(is_current=True).count()
        self.stdout.write(f"Indexed {written} things from {meetings} current meetings.")
