"""An upload between being read and being saved: its bytes in a private folder, its name in the
session.

One per session: a new upload replaces the last. The form names its upload by a random token,
and only the token the session holds is accepted, with the file's hash checked against the one
recorded when it arrived, so editing the form cannot make the save use another file. Files
abandoned mid-review are swept away after a day.
"""

from __future__ import annotations

import hmac
import re
import secrets
import time
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.contrib.sessions.backends.base import SessionBase

from scrutiny.read.document import sha256_of

SESSION_KEY = "scrutiny_pending_upload"
TOKEN = re.compile(r"^[A-Za-z0-9_-]{20,64}$")
ABANDONED_AFTER_SECONDS = 24 * 60 * 60


@dataclass(frozen=True)
class Pending:
    token: str
    name: str
    sha256: str

    @property
    def path(self) -> Path:
        return _folder() / self.token

    def read(self) -> bytes | None:
        """The bytes as uploaded, or None if they are gone or are not what was uploaded."""
        try:
            data = self.path.read_bytes()
        except OSError:
            return None
        return data if hmac.compare_digest(sha256_of(data), self.sha256) else None


def keep(session: SessionBase, data: bytes, name: str) -> Pending:
    """Set `data` aside for review, in place of any earlier pending upload of this session."""
    discard(session)
    _sweep()
    pending = Pending(secrets.token_urlsafe(24), name, sha256_of(data))
    folder = _folder()
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    pending.path.write_bytes(data)
    session[SESSION_KEY] = {"token": pending.token, "name": name, "sha256": pending.sha256}
    return pending


def current(session: SessionBase) -> Pending | None:
    stored = session.get(SESSION_KEY)
    if not isinstance(stored, dict) or not TOKEN.match(str(stored.get("token", ""))):
        return None
    return Pending(str(stored["token"]), str(stored["name"]), str(stored["sha256"]))


def claimed(session: SessionBase, token: str) -> Pending | None:
    """The session's pending upload, if `token` (from the form) names it."""
    pending = current(session)
    # Bytes: compare_digest refuses str with characters outside ASCII, which a form can carry.
    if pending is None or not hmac.compare_digest(pending.token.encode(), token.encode()):
        return None
    return pending


def discard(session: SessionBase) -> None:
    pending = current(session)
    if pending is not None:
        pending.path.unlink(missing_ok=True)
    session.pop(SESSION_KEY, None)


def _folder() -> Path:
    return Path(settings.PENDING_UPLOADS_DIR)


def _sweep() -> None:
    folder = _folder()
    if not folder.is_dir():
        return
    cutoff = time.time() - ABANDONED_AFTER_SECONDS
    for path in folder.iterdir():
        try:
            if path.is_file() and path.stat().st_mtime < cutoff:
                path.unlink()
        except OSError:
            continue  # another request swept it first
