"""Every write to subscriptions: ask, confirm, unsubscribe, and send the digests."""

from __future__ import annotations

import logging

from django.db import transaction
from django.utils import timezone

from scrutiny.alerts import mail
from scrutiny.alerts.matching import matching, news
from scrutiny.alerts.models import Subscription
from scrutiny.meetings.models import Board

log = logging.getLogger(__name__)


def ask(email: str, keyword: str, board: Board | None, site: str) -> Subscription:
    """A subscription waiting for confirmation, and the mail asking for it. Asking again for
    the same thing sends the mail again rather than making a second subscription."""
    subscription, _ = Subscription.objects.get_or_create(
        email=email.strip().lower(), keyword=keyword.strip(), board=board
    )
    mail.confirmation(subscription, site).send()
    return subscription


def confirm(subscription: Subscription) -> None:
    """Start the alerts: what is already published is not news, so it is marked as told."""
    if subscription.confirmed:
        return
    with transaction.atomic():
        subscription.confirmed_at = timezone.now()
        subscription.save(update_fields=["confirmed_at"])
        subscription.delivered.add(*matching(subscription))


def unsubscribe(subscription: Subscription) -> None:
    subscription.delete()


def send_digests(site: str | None = None) -> int:
    """One digest to each confirmed subscription with news; returns how many were sent."""
    site = site or mail.site_url()
    sent = 0
    for subscription in Subscription.objects.exclude(confirmed_at=None).select_related("board"):
        meetings = news(subscription)
        if not meetings:
            continue
        mail.digest(subscription, meetings, site).send()
        # After sending: a failed send leaves the news to go with the next digest.
        subscription.delivered.add(*meetings)
        subscription.last_sent_at = timezone.now()
        subscription.save(update_fields=["last_sent_at"])
        sent += 1
    return sent


def send_after_ingest() -> None:
    """For `scrutiny ingest`: an alert that cannot be sent must not fail the ingest."""
    try:
        send_digests()
    except Exception:
        log.exception("alert digests could not be sent; run `scrutiny manage send_alerts`")
