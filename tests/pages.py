"""Reading rendered pages in tests."""

from __future__ import annotations

import re
from typing import Any


def text_of(response: Any) -> str:
    """The page's text with tags dropped and runs of white space collapsed."""
    html = response.content.decode()
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))
