"""Signed links in the mail: to confirm a subscription (for a week) and to end it (always)."""

from __future__ import annotations

from django.core import signing
from django.urls import reverse

CONFIRM = "scrutiny.alerts.confirm"
UNSUBSCRIBE = "scrutiny.alerts.unsubscribe"
CONFIRM_DAYS = 7


def confirm_token(pk: int) -> str:
    return signing.dumps(pk, salt=CONFIRM)


def unsubscribe_token(pk: int) -> str:
    return signing.dumps(pk, salt=UNSUBSCRIBE)


def confirmed_pk(token: str) -> int | None:
    try:
        return int(signing.loads(token, salt=CONFIRM, max_age=CONFIRM_DAYS * 24 * 60 * 60))
    except (signing.BadSignature, TypeError, ValueError):
        return None


def unsubscribed_pk(token: str) -> int | None:
    try:
        return int(signing.loads(token, salt=UNSUBSCRIBE))
    except (signing.BadSignature, TypeError, ValueError):
        return None


def confirm_path(pk: int) -> str:
    return reverse("alerts-confirm", args=[confirm_token(pk)])


def unsubscribe_path(pk: int) -> str:
    return reverse("alerts-unsubscribe", args=[unsubscribe_token(pk)])
