from __future__ import annotations

from django.urls import URLPattern, path

from scrutiny.web.feeds import meetings, search, views

urlpatterns: list[URLPattern] = [
    path("feeds/meetings.rss", meetings.AllMeetingsRss(), name="feed-meetings-rss"),
    path("feeds/meetings.atom", meetings.AllMeetingsAtom(), name="feed-meetings-atom"),
    path("feeds/boards/<slug:slug>.rss", meetings.BoardMeetingsRss(), name="feed-board-rss"),
    path("feeds/boards/<slug:slug>.atom", meetings.BoardMeetingsAtom(), name="feed-board-atom"),
    path("feeds/boards/<slug:slug>.ics", views.board_ics, name="feed-board-ics"),
    path("feeds/search.rss", search.SearchRss(), name="feed-search-rss"),
    path("feeds/search.atom", search.SearchAtom(), name="feed-search-atom"),
]
