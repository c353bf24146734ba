"""Sign-in attempts, limited: after `LIMIT` failures for one username, or `LIMIT * 4` from one
address, within `WINDOW`, further attempts are refused until the window has passed. Django's own
sessions and CSRF protection do the rest."""

from __future__ import annotations

from datetime import timedelta

from django.db.models import Q
from django.http import HttpRequest
from django.utils import timezone

from scrutiny.accounts.models import FailedSignIn

LIMIT = 5
WINDOW = timedelta(minutes=15)


def address_of(request: HttpRequest) -> str | None:
    """The client's address as the server saw it (a proxy in front sets REMOTE_ADDR)."""
    return request.META.get("REMOTE_ADDR") or None


def _recent() -> Q:
    return Q(at__gte=timezone.now() - WINDOW)


def locked_out(username: str, address: str | None) -> bool:
    recent = FailedSignIn.objects.filter(_recent())
    if username and recent.filter(username__iexact=username).count() >= LIMIT:
        return True
    return address is not None and recent.filter(address=address).count() >= LIMIT * 4


def record_failure(username: str, address: str | None) -> None:
    FailedSignIn.objects.create(username=username[:150], address=address)
    # Old failures are never needed again.
    FailedSignIn.objects.filter(at__lt=timezone.now() - WINDOW * 4).delete()


def forget_failures(username: str) -> None:
    FailedSignIn.objects.filter(username__iexact=username).delete()
