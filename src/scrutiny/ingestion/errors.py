from __future__ import annotations


class IngestFailed(Exception):
    """A document that could not be stored, with a reason a person can act on."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason
