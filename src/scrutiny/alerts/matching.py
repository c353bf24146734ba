"""Which published meetings a subscription is about, and which of them are news to it."""

from __future__ import annotations

from django.db.models import QuerySet

from scrutiny.alerts.models import Subscription
from scrutiny.api import published
from scrutiny.meetings.models import Meeting
from scrutiny.search.backends import backend
from scrutiny.search.filters import filtered
from scrutiny.search.query import parse


def matching(subscription: Subscription, among: QuerySet[Meeting] | None = None) -> list[Meeting]:
    """The current published meetings (of `among`, if given) of the subscription's board that
    say its keyword; oldest first."""
    meetings = published.current_meetings() if among is None else among
    if subscription.board_id is not None:
        meetings = meetings.filter(board_id=subscription.board_id)
    if subscription.keyword:
        query = parse(subscription.keyword)
        if not query:
            return []
        entries = filtered().filter(meeting__in=meetings.values("pk"))
        said = backend().matching(query, entries).values("meeting_id")
        meetings = meetings.filter(pk__in=said)
    return list(meetings.order_by("date", "pk"))


def news(subscription: Subscription) -> list[Meeting]:
    """Matching meetings the subscription has not been told of."""
    told = subscription.delivered.values("pk")
    return matching(subscription, published.current_meetings().exclude(pk__in=told))
