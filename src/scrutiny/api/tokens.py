"""Issuing, checking and revoking API tokens: the one place tokens are written."""

from __future__ import annotations

import hashlib
import secrets

from django.contrib.auth.models import User
from django.utils import timezone

from scrutiny.api.models import ApiToken

PREFIX = "scr_"


def digest_of(raw: str) -> str:
    return hashlib.sha256(raw.encode()).hexdigest()


def issue(user: User, name: str, by: User | None = None) -> tuple[ApiToken, str]:
    """A new token for `user`; the raw token is returned this once and never stored."""
    raw = PREFIX + secrets.token_urlsafe(32)
    token = ApiToken.objects.create(
        user=user, name=name, prefix=raw[: len(PREFIX) + 6], digest=digest_of(raw), created_by=by
    )
    return token, raw


def check(raw: str) -> ApiToken | None:
    """The active token `raw` is, with its user active too; None for anything else."""
    if not raw.startswith(PREFIX) or len(raw) > 200:
        return None
    token = (
        ApiToken.objects.select_related("user")
        .filter(digest=digest_of(raw), revoked_at=None, user__is_active=True)
        .first()
    )
    if token is not None:
        now = timezone.now()
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
        token.last_used_at = now
    return token


def revoke(token: ApiToken) -> None:
    if token.revoked_at is None:
        token.revoked_at = timezone.now()
        token.save(update_fields=["revoked_at"])
