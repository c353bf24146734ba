"""The pages' fixed "today", shared with tests/web."""

from web.conftest import today

__all__ = ["today"]
