"""`scrutiny manage send_alerts`: one digest per confirmed subscription with news. Run after
publishing a meeting (ingesting runs it by itself), or from cron."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from scrutiny.alerts.services import send_digests


class Command(BaseCommand):
    help = "Send each confirmed alert subscription one digest of new matching meetings."

    def handle(self, *args: Any, **options: Any) -> None:
        sent = send_digests()
        self.stdout.write(f"{sent} digest{'s' if sent != 1 else ''} sent")
