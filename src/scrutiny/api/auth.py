"""Who may write through the API: the holder of an active token, a limited number of times a
minute."""

from __future__ import annotations

from django.http import HttpRequest
from ninja.security import HttpBearer

from scrutiny.api import ratelimit, tokens
from scrutiny.api.models import ApiToken

WRITES_PER_MINUTE = 60
WINDOW = 60


class TooManyWrites(Exception):
    def __init__(self, retry_after: int) -> None:
        super().__init__("too many writes")
        self.retry_after = retry_after


class TokenAuth(HttpBearer):
    """`Authorization: Bearer scr_…`, as the staff page issued it."""

    openapi_description = "An API token, issued and revoked by staff at /api/tokens/."

    def authenticate(self, request: HttpRequest, token: str) -> ApiToken | None:
        found = tokens.check(token)
        if found is None:
            return None
        if not ratelimit.allow(f"api-write:{found.pk}", WRITES_PER_MINUTE, WINDOW):
            raise TooManyWrites(ratelimit.retry_after(WINDOW))
        return found


def token_of(request: HttpRequest) -> ApiToken:
    token = getattr(request, "auth", None)
    assert isinstance(token, ApiToken)  # the operation's auth put it there
    return token
