"""Searching: the same answers from SQLite's FTS5 and PostgreSQL's text search (the suite runs
on each)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import BoardHistory
from factories import make_record, store_record, stored_meeting
from scrutiny.meetings.models import Meeting, Point
from scrutiny.search.backends import Filters, Hit, search
from scrutiny.search.highlight import START, STOP
from search.conftest import rank_at_most

pytestmark = pytest.mark.django_db

Saying = Callable[..., Meeting]


def marked(hit: Hit) -> list[str]:
    return [piece.text.lower() for piece in hit.snippet if piece.marked]


def only(text: str, filters: Filters | None = None) -> Hit:
    results = search(text, filters)
    assert results.total == 1, [h.snippet for h in results.hits]
    return results.hits[0]


def test_a_point_is_found_with_its_meeting_item_speakers_and_place() -> None:
    meeting = stored_meeting()
    hit = only("knife")
    point = Point.objects.get(text="The PCC asked about knife crime.")
    assert (hit.kind, hit.label, hit.meeting, hit.item) == (
        "point",
        "Question",
        meeting,
        point.section.item,
    )
    assert hit.speakers == ("PCC", "CC")
    assert hit.anchor == f"point-{point.pk}"
    assert marked(hit) == ["knife"]
    assert hit.rank > 0


def test_actions_items_and_figures_are_found_too() -> None:
    meeting = stored_meeting()
    action = only("DPR review")
    assert (action.kind, action.label) == ("action", "Action")
    assert action.anchor == f"action-{meeting.actions.get(position=0).pk}"
    item = only("delivery performance")
    assert (item.kind, item.label, item.anchor) == ("item", "Agenda item", "item-3")
    figure = only("victims satisfied")
    assert (figure.kind, figure.anchor) == ("figure", "figures")
    assert "".join(p.text for p in figure.snippet) == "77.2% victims satisfied"


def test_words_are_found_by_their_stem() -> None:
    stored_meeting()
    assert only("thanks").label == "Commendation"  # "The PCC thanked the team."
    assert marked(only("asking")) == ["asked"]


def test_phrases_alternatives_and_exclusions(meeting_saying: Saying) -> None:
    meeting_saying("Knife crime fell.", "Crime and knives: a knife amnesty.", "Robbery rose.")
    assert search('"knife crime"').total == 2  # the factory's question, and "Knife crime fell"
    assert search('"crime knife"').total == 0
    assert search("knife or robbery").total == 4
    assert search("knife -amnesty").total == 2
    assert search("-knife").total == 0  # exclusions alone ask nothing


def test_more_mentions_rank_higher(meeting_saying: Saying) -> None:
    meeting_saying("Knife knife knife crime.", "Once a knife was mentioned among many other words.")
    hits = search("knife").hits
    assert hits[0].snippet[0].text.lower().startswith("knife")
    assert [h.rank for h in hits] == sorted((h.rank for h in hits), reverse=True)


def test_a_long_point_is_cut_around_the_match(meeting_saying: Saying) -> None:
    filler = " ".join(f"word{n}" for n in range(200))
    meeting_saying(f"{filler} the knife amnesty worked {filler}")
    hit = only("amnesty")
    text = "".join(p.text for p in hit.snippet)
    assert "amnesty" in marked(hit)
    assert len(text) < 600
    assert text.startswith("…") and text.endswith("…")


def test_a_document_cannot_fake_a_highlight(meeting_saying: Saying) -> None:
    meeting_saying(f"{START}Forged{STOP} <mark>knives</mark> & amnesty")
    hit = only("amnesty")
    assert marked(hit) == ["amnesty"]
    text = "".join(p.text for p in hit.snippet)
    assert START not in text and STOP not in text
    # SQLite gives the text as written; PostgreSQL's ts_headline drops what looks like a tag.
    assert text in ("Forged <mark>knives</mark> & amnesty", "Forged  knives  & amnesty")


def test_only_current_versions_are_found(board_history: BoardHistory) -> None:
    hits = search("knife").hits
    assert {h.meeting for h in hits} == {board_history.december, board_history.february}


HOSTILE = [
    '"knife',
    "AND OR NOT (",
    "*",
    "knife*",
    'NEAR("a" "b")',
    "text:knife",
    "'; DROP TABLE x; --",
    "%_\\",
    "_",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_queries_are_only_text(text: str) -> None:
    stored_meeting()
    search(text, Filters(speaker=text))


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=st.text(max_size=300), page=st.integers())
def test_any_text_is_a_query(text: str, page: int, board_history: BoardHistory) -> None:
    results = search(text, page=page)
    assert 1 <= results.page <= results.pages
    assert len(results.hits) <= results.total


class TestFilters:
    @pytest.fixture(autouse=True)
    def meetings(self) -> None:
        # Two boards; the factory's question (PCC, CC) in each, on different dates.
        store_record(make_record(date="2024-12-11"))
        store_record(make_record(board="Accountability Board", date="2025-03-05"))

    def count(self, **filters: object) -> int:
        return search("knife or dpr or victims or delivery", Filters(**filters)).total  # type: ignore[arg-type]

    def test_everything_by_default(self) -> None:
        assert self.count() == 2 * 4

    def test_by_board(self) -> None:
        assert self.count(board="accountability-board") == 4
        assert self.count(board="no-such-board") == 0

    def test_by_date(self) -> None:
        assert self.count(date_from=date(2025, 1, 1)) == 4
        assert self.count(date_to=date(2024, 12, 11)) == 4
        assert self.count(date_from=date(2024, 12, 11), date_to=date(2025, 3, 5)) == 8
        assert self.count(date_from=date(2025, 3, 6)) == 0

    @pytest.mark.parametrize(
        ("kind", "found"),
        [
            ("point", 2),
            ("question", 2),
            ("statement", 0),
            ("action", 2),
            ("item", 2),
            ("figure", 2),
        ],
    )
    def test_by_kind(self, kind: str, found: int) -> None:
        assert self.count(kind=kind) == found

    @pytest.mark.parametrize(
        ("speaker", "found"),
        [
            ("CC", 2),
            ("cc", 2),
            ("Tim Smith", 2),
            ("smith", 2),
            ("Matthew Scott", 2),
            ("DCC", 0),
            ("Tim", 0),
            ("Nobody", 0),
        ],
    )
    def test_by_speaker_as_written_or_by_name(self, speaker: str, found: int) -> None:
        # The question's speakers are written "PCC" and "CC"; Tim Smith is the CC. The DCC,
        # Peter Ayling, sent apologies and said nothing.
        assert self.count(speaker=speaker) == found


class TestPages:
    @pytest.fixture(autouse=True)
    def meeting(self, meeting_saying: Saying) -> None:
        meeting_saying(*(f"Knife point {n}." for n in range(44)))  # and the factory's own: 45

    def test_twenty_a_page_and_every_hit_once(self) -> None:
        pages = [search("knife", page=n) for n in (1, 2, 3)]
        assert [len(p.hits) for p in pages] == [20, 20, 5]
        assert {p.total for p in pages} == {45} and {p.pages for p in pages} == {3}
        seen = [(h.anchor) for p in pages for h in p.hits]
        assert len(set(seen)) == 45

    def test_filtered_pages_rank_alike_before_and_after_the_ranks_kept(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        # SQLite ranks a filtered search's first pages while counting it, and asks for later
        # pages on their own: either way the order is the unfiltered one (every hit is a point).
        from scrutiny.search.backends import sqlite

        points = Filters(kind="point")
        unfiltered = [search("knife", page=n).hits for n in (1, 2, 3)]
        assert [search("knife", points, page=n).hits for n in (1, 2, 3)] == unfiltered
        monkeypatch.setattr(sqlite, "KEPT", 5)
        assert [search("knife", points, page=n).hits for n in (1, 2, 3)] == unfiltered

    def test_a_page_out_of_range_is_the_nearest(self) -> None:
        assert search("knife", page=99).page == 3
        assert search("knife", page=-1).page == 1


class TestBroadSearches:
    """A search matching more than RANKED entries ranks the newest RANKED and counts them all."""

    @pytest.fixture(autouse=True)
    def meetings(self, meeting_saying: Saying, monkeypatch: pytest.MonkeyPatch) -> None:
        rank_at_most(monkeypatch, 3)
        # The best match is said first, at the older meeting; five weaker ones later.
        meeting_saying("Amnesty amnesty amnesty.", date="2024-12-11")
        meeting_saying(*(f"One amnesty among many other words, {n}." for n in range(5)))

    def test_the_newest_are_ranked_and_all_are_counted(self) -> None:
        results = search("amnesty")
        assert (results.total, results.pageable, results.pages, results.cut) == (6, 3, 1, True)
        assert [h.meeting.date for h in results.hits] == [date(2025, 2, 19)] * 3
        assert all("many other words" in h.snippet[-1].text for h in results.hits)

    def test_filters_bring_older_matches_into_the_ranking(self) -> None:
        older = search("amnesty", Filters(date_to=date(2024, 12, 31)))
        assert (older.total, older.cut) == (1, False)
        assert older.hits[0].meeting.date == date(2024, 12, 11)
        points = search("amnesty", Filters(kind="point"))  # every match, ranked as without
        assert (points.total, points.pageable) == (6, 3)
        assert points.hits == search("amnesty").hits

    def test_a_narrower_query_ranks_every_match(self) -> None:
        results = search('"amnesty amnesty"')
        assert (results.total, results.cut) == (1, False)
        assert results.hits[0].meeting.date == date(2024, 12, 11)

    def test_pages_stop_at_the_ranked(self) -> None:
        assert search("amnesty", page=2).page == 1
