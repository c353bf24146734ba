"""What a question is about: topics from one taxonomy, kept in `topics.toml` beside this module.

Boards word one subject many ways ("knife crime", "bladed articles", "Op Sceptre"), so each
topic lists the expressions that name it; a text has every topic one of whose expressions it
contains as whole words. Abbreviations are matched as written ("ASB", not "asb" in a word).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


@dataclass(frozen=True)
class Topic:
    slug: str
    name: str
    pattern: re.Pattern[str]

    def found_in(self, text: str) -> bool:
        return self.pattern.search(text) is not None


class TaxonomyError(ValueError):
    """The taxonomy file is malformed: a missing field, a repeated slug, a bad expression."""


def parse_taxonomy(text: str) -> tuple[Topic, ...]:
    """The topics a taxonomy file's text defines, in its order."""
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise TaxonomyError(f"not TOML: {error}") from error
    topics = tuple(_topic(entry) for entry in raw.get("topic", []))
    slugs = [t.slug for t in topics]
    repeated = sorted({s for s in slugs if slugs.count(s) > 1})
    if repeated:
        raise TaxonomyError(f"slugs used twice: {', '.join(repeated)}")
    return topics


@cache
def taxonomy() -> tuple[Topic, ...]:
    """The shipped taxonomy, read once."""
    text = resources.files("scrutiny.follow").joinpath("topics.toml").read_text("utf-8")
    return parse_taxonomy(text)


def topics_of(text: str, topics: tuple[Topic, ...] | None = None) -> list[Topic]:
    """The topics `text` is about, in the taxonomy's order."""
    # Curly apostrophes and dashes vary between documents; the expressions use plain ones.
    plain = text.replace("’", "'").replace("‘", "'").replace("–", "-").replace("—", "-")
    return [t for t in (taxonomy() if topics is None else topics) if t.found_in(plain)]


def _topic(entry: Any) -> Topic:
    if not isinstance(entry, dict):
        raise TaxonomyError("each [[topic]] must be a table")
    slug, name = entry.get("slug"), entry.get("name")
    if not isinstance(slug, str) or not _SLUG.match(slug):
        raise TaxonomyError(f"topic {slug!r}: slug must be lowercase words joined by hyphens")
    if not isinstance(name, str) or not name.strip():
        raise TaxonomyError(f"topic {slug}: a name is required")
    words, acronyms = _strings(entry, "words", slug), _strings(entry, "acronyms", slug)
    if not words and not acronyms:
        raise TaxonomyError(f"topic {slug}: give words or acronyms to find it by")
    return Topic(slug, name.strip(), _compile(slug, words, acronyms))


def _strings(entry: dict[str, Any], key: str, slug: str) -> list[str]:
    values = entry.get(key, [])
    if not isinstance(values, list) or not all(isinstance(v, str) and v for v in values):
        raise TaxonomyError(f"topic {slug}: {key} must be a list of non-empty strings")
    return values


def _compile(slug: str, words: list[str], acronyms: list[str]) -> re.Pattern[str]:
    # Plain apostrophes only (see topics_of); whole words on both sides.
    alternatives = ["(?i:" + w.replace("’", "'") + ")" for w in words]
    alternatives += [re.escape(a) + "s?" for a in acronyms]
    try:
        return re.compile(r"(?<![\w&])(?:" + "|".join(alternatives) + r")(?![\w&])")
    except re.error as error:
        raise TaxonomyError(f"topic {slug}: bad expression ({error})") from error
