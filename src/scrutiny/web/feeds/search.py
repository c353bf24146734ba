"""A saved search as a feed: its newest public matches, for a feed reader to poll."""

from __future__ import annotations

from datetime import datetime
from uuid import NAMESPACE_URL, uuid5

from django.contrib.syndication.views import Feed
from django.http import HttpRequest
from django.utils.feedgenerator import Atom1Feed

from scrutiny.search.backends import best
from scrutiny.search.filters import filtered
from scrutiny.search.forms import SearchForm
from scrutiny.search.models import Entry
from scrutiny.search.query import parse
from scrutiny.search.results import anchor, label
from scrutiny.web.feeds.meetings import AUTHOR, LATEST, title_of

# Matches ranked, of which the newest are the feed: enough that a busy word's new matches are
# among them.
CONSIDERED = 500


class Asked:
    def __init__(self, request: HttpRequest) -> None:
        self.form = SearchForm(request.GET)
        self.valid = self.form.is_valid()
        self.text = self.form.cleaned_data.get("q", "") if self.valid else ""
        self.query_string = request.GET.urlencode()


class SearchRss(Feed[Entry, Asked]):
    author_name = AUTHOR

    def get_object(self, request: HttpRequest) -> Asked:
        return Asked(request)

    def title(self, obj: Asked) -> str:
        return f"Search: {obj.text}" if obj.text else "Search"

    def description(self, obj: Asked) -> str:
        return f"New matches for “{obj.text}” in the published notes."

    def link(self, obj: Asked) -> str:
        return f"/search/?{obj.query_string}"

    def items(self, obj: Asked) -> list[Entry]:
        query = parse(obj.text)
        if not obj.valid or not query:
            return []
        pks = best(query, filtered(obj.form.filters()), CONSIDERED)
        entries = (
            Entry.objects.filter(pk__in=pks)
            .select_related("meeting__board", "meeting__source", "item", "point")
            .order_by("-meeting__source__ingested_at", "-meeting_id", "pk")
        )
        return list(entries[:LATEST])

    def item_title(self, item: Entry) -> str:
        return f"{label(item)} at the {title_of(item.meeting)}"

    def item_description(self, item: Entry) -> str:
        return item.text

    def item_link(self, item: Entry) -> str:
        where = anchor(item)
        return f"/meetings/{item.meeting_id}/" + (f"#{where}" if where else "")

    def item_guid(self, item: Entry) -> str:
        # An IRI, as Atom needs, from what the entry is: its row is made again on reindex.
        thing = item.point_id or item.action_id or item.figure_id or item.item_id
        return uuid5(NAMESPACE_URL, f"scrutiny:{item.meeting_id}:{item.kind}:{thing}").urn

    item_guid_is_permalink = False

    def item_pubdate(self, item: Entry) -> datetime | None:
        source = item.meeting.source
        return source.ingested_at if source else None

    def item_updateddate(self, item: Entry) -> datetime | None:
        return self.item_pubdate(item)  # Atom requires an entry's <updated>


class SearchAtom(SearchRss):
    feed_type = Atom1Feed

    def subtitle(self, obj: Asked) -> str:
        return self.description(obj)
