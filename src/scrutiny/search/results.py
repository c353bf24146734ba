"""What a search returns: a page of hits, each knowing where it links."""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.urls import reverse

from scrutiny.meetings.models import AgendaItem, Meeting
from scrutiny.search.highlight import Fragment
from scrutiny.search.models import Entry

PER_PAGE = 20
_ID_SAFE = re.compile(r"[A-Za-z0-9.-]+")


@dataclass(frozen=True)
class Hit:
    kind: str  # Entry.kind: point, action, item, figure
    label: str  # "Question", "Action", "Agenda item", ...
    meeting: Meeting
    item: AgendaItem | None
    speakers: tuple[str, ...]
    anchor: str  # where on the meeting's page: "point-12", "item-3", or "" for the page
    snippet: tuple[Fragment, ...]
    rank: float  # higher is better, comparable within one search only

    @property
    def url(self) -> str:
        # Reversed when asked for, so searching needs no pages installed.
        page = reverse("meeting", args=[self.meeting.pk])
        return f"{page}#{self.anchor}" if self.anchor else page


@dataclass(frozen=True)
class Results:
    query: str
    hits: tuple[Hit, ...]
    total: int  # every match, counted exactly
    page: int = 1
    per_page: int = PER_PAGE
    listed: int | None = None  # how many of them are ranked and paged through; None: all

    @property
    def pageable(self) -> int:
        return self.total if self.listed is None else min(self.listed, self.total)

    @property
    def cut(self) -> bool:
        """Whether there are more matches than are listed."""
        return self.pageable < self.total

    @property
    def pages(self) -> int:
        return max(1, -(-self.pageable // self.per_page))


def label(entry: Entry) -> str:
    if entry.point is not None:
        return entry.point.get_kind_display()
    return entry.get_kind_display()


def anchor(entry: Entry, item_repeated: bool = False) -> str:
    """Where the meeting's page shows the thing, by the page's own ids.

    Items follow the page's rule (scrutiny.web.queries.meetings): "item-<number>" when the
    number can be an id and no earlier item has it, else "item-at-<position>".
    """
    if entry.point_id is not None:
        return f"point-{entry.point_id}"
    if entry.action_id is not None:
        return f"action-{entry.action_id}"
    if entry.figure_id is not None:
        return "figures"  # one table; its rows have no ids of their own
    if entry.kind == Entry.ITEM and entry.item is not None:
        number = entry.item.number or ""
        if number and _ID_SAFE.fullmatch(number) and not item_repeated:
            return f"item-{number}"
        return f"item-at-{entry.item.position}"
    return ""
