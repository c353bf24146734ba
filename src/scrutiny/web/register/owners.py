"""Who owns the actions, as the notes write them: "The Chief Constable", "chief constable" and
"Chief Constable" are one owner, known by one slug."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import date as Date

from django.db.models import Count, Q, QuerySet

from scrutiny.actions.models import Action
from scrutiny.web.queries.actions import overdue_on

_LEADING_THE = re.compile(r"^\s*the\s+", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z0-9]+")
_APOSTROPHES = re.compile(r"['\u2018\u2019`]")


def owner_slug(owner: str | None) -> str:
    """The owner's words, lower case and without a leading "the", joined by hyphens.

    Punctuation is set aside with case, so "KM/GM" and "KM / GM" are one owner too; an
    apostrophe, straight or curly, joins ("O'Neill", "O’Neill"). Accented letters keep their
    base letter; an owner with no letter or digit at all has no slug ("").
    """
    if not owner:
        return ""
    joined = _APOSTROPHES.sub("", owner)
    plain = unicodedata.normalize("NFKD", joined).encode("ascii", "ignore").decode()
    return "-".join(word.lower() for word in _WORD.findall(_LEADING_THE.sub("", plain)))


@dataclass
class Owner:
    slug: str
    spellings: Counter[str] = field(default_factory=Counter)  # as written -> actions
    open: int = 0
    overdue: int = 0
    closed: int = 0

    @property
    def written(self) -> list[str]:
        """The ways the notes write this owner, the most used first (then alphabetically)."""
        return sorted(self.spellings, key=lambda spelling: (-self.spellings[spelling], spelling))

    @property
    def name(self) -> str:
        return self.written[0]


@dataclass(frozen=True)
class Owners:
    owners: list[Owner]  # by slug
    unowned: int  # actions that name no owner


def owners(actions: QuerySet[Action], today: Date) -> Owners:
    """Every owner of `actions`, with its open, overdue and closed counts."""
    rows = (
        actions.order_by()
        .values("owner")
        .annotate(
            total=Count("pk"),
            open=Count("pk", filter=Q(state=Action.OPEN)),
            overdue=Count("pk", filter=overdue_on(today)),
            closed=Count("pk", filter=Q(state=Action.CLOSED)),
        )
    )
    found: dict[str, Owner] = {}
    unowned = 0
    for row in rows:
        slug = owner_slug(row["owner"])
        if not slug:
            unowned += row["total"]
            continue
        owner = found.setdefault(slug, Owner(slug))
        owner.spellings[row["owner"]] += row["total"]
        owner.open += row["open"]
        owner.overdue += row["overdue"]
        owner.closed += row["closed"]
    return Owners(sorted(found.values(), key=lambda owner: owner.slug), unowned)


def spellings_of(actions: QuerySet[Action], slug: str) -> list[str]:
    """Every way `actions` write the owner known by `slug`."""
    written = actions.order_by().exclude(owner=None).values_list("owner", flat=True).distinct()
    return sorted(owner for owner in written if owner is not None and owner_slug(owner) == slug)
