"""`scrutiny manage follow`: tie every stored meeting into its board's history again.

Ingestion follows each meeting as it is stored; this is for meetings stored before a follow-up
step existed (an older database, a restore), or after the rules change. Idempotent.
"""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand
from django.db import transaction
from tqdm import tqdm

from scrutiny.ingestion.follow_up import follow_again, meetings_in_order
from scrutiny.meetings.models import Meeting


class Command(BaseCommand):
    help = "Follow every current meeting again: actions, answers, figure series, inspections."

    def handle(self, *args: Any, **options: Any) -> None:
        total = Meeting.objects.filter(is_current=True).count()
        quiet = options["verbosity"] == 0
        for meeting in tqdm(meetings_in_order(), total=total, unit="meeting", disable=quiet):
            with transaction.atomic():
                follow_again(meeting)
        if not quiet:
            self.stdout.write(f"Followed {total} current meetings.")
