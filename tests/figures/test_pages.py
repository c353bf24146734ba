"""The series pages through the test client: reading, and the staff's merge and split."""

from __future__ import annotations

import json

import pytest
from django.test import Client

from conftest import FollowHistory
from figures.records import crimes, quoting
from scrutiny.figures.models import Figure, Series, SeriesChange
from scrutiny.ingestion.follow_up import follow_again

pytestmark = pytest.mark.django_db


def series_with(meeting_figure: Figure) -> Series:
    assert meeting_figure.series is not None
    return meeting_figure.series


def test_the_board_lists_series_quoted_at_two_or_more_meetings_first(
    client: Client, follow_history: FollowHistory
) -> None:
    response = client.get(f"/boards/{follow_history.board.slug}/series/")
    assert response.status_code == 200
    html = response.content.decode()
    repeated, single = html.split("Quoted at one meeting")
    for name in ("Average days lost per officer", "Hate crime victims", "Premises"):
        assert name in repeated
    assert "Detective Sergeant" in single and "Detective Sergeant" not in repeated
    assert "6.8" in repeated and "28 May 2025" in repeated
    assert "\u22120.24 days" in repeated


def test_the_board_page_links_its_series(client: Client, follow_history: FollowHistory) -> None:
    html = client.get(f"/boards/{follow_history.board.slug}/").content.decode()
    assert f'href="/boards/{follow_history.board.slug}/series/"' in html


def test_the_series_page_has_the_chart_data_and_the_same_data_as_a_table(
    client: Client, follow_history: FollowHistory
) -> None:
    days = series_with(follow_history.may_2025.figures.get(text="6.8"))
    response = client.get(f"/series/{days.pk}/")
    assert response.status_code == 200
    html = response.content.decode()
    data = json.loads(html.split('id="series-data" type="application/json">')[1].split("<")[0])
    assert [(p["date"], p["value"]) for p in data["points"]] == [
        ("2019-03-20", 8.1),
        ("2025-02-19", 7.04),
        ("2025-05-28", 6.8),
    ]
    assert 'role="img"' in html and "down 1.3 days over 3 meetings" in html
    assert "The table below holds the same data as the chart." in html
    assert "April to December 2024" in html  # the period as written
    assert "<script>" not in html.split('id="main-content"')[1]  # nothing inline
    assert "Change this series" not in html  # staff only


def test_the_meeting_page_links_each_figure_to_its_series(
    client: Client, follow_history: FollowHistory
) -> None:
    may = follow_history.may_2025
    days = series_with(may.figures.get(text="6.8"))
    html = client.get(f"/meetings/{may.pk}/").content.decode()
    assert f'href="/series/{days.pk}/"' in html


def test_a_contradiction_is_shown_on_both_meetings(client: Client, db: None) -> None:
    february = quoting("2025-02-19", crimes("12,450", 12450))
    may = quoting("2025-05-28", crimes("12,800", 12800))
    on_may = client.get(f"/meetings/{may.pk}/").content.decode()
    assert "Differs from the figure quoted on" in on_may
    assert f'href="/meetings/{february.pk}/#figure-{february.figures.get().pk}"' in on_may
    on_february = client.get(f"/meetings/{february.pk}/").content.decode()
    assert "28 May 2025" in on_february.split("Differs from the figure quoted on")[1]
    series = series_with(may.figures.get())
    on_series = client.get(f"/series/{series.pk}/").content.decode()
    assert on_series.count("Differs from the figure quoted on") == 2


@pytest.mark.parametrize("action", ["merge", "split"])
def test_changes_need_staff(
    client: Client, member_client: Client, follow_history: FollowHistory, action: str
) -> None:
    days = series_with(follow_history.may_2025.figures.get(text="6.8"))
    anonymous = client.post(f"/series/{days.pk}/{action}/", {})
    assert anonymous.status_code == 302
    assert anonymous["Location"].startswith("/accounts/login/?next=")
    assert member_client.post(f"/series/{days.pk}/{action}/", {}).status_code == 403
    assert not SeriesChange.objects.exists()


def test_staff_merge_a_series_after_confirming(
    staff_client: Client, follow_history: FollowHistory
) -> None:
    h = follow_history
    calls = series_with(h.march_2019.figures.get(text="30,500"))
    premises = series_with(h.may_2025.figures.get(text="131"))  # both counts
    page = staff_client.get(f"/series/{premises.pk}/").content.decode()
    assert "Merge into another series" in page and f'value="{calls.pk}"' in page

    confirm = staff_client.post(f"/series/{premises.pk}/merge/", {"merge-target": calls.pk})
    assert confirm.status_code == 200
    assert "Merge the series" in confirm.content.decode()
    assert not SeriesChange.objects.exists()

    done = staff_client.post(
        f"/series/{premises.pk}/merge/", {"merge-target": calls.pk, "merge-confirm": "on"}
    )
    assert done.status_code == 302 and done["Location"] == f"/series/{calls.pk}/"
    assert set(calls.figures.values_list("text", flat=True)) >= {"109", "131", "30,500"}
    assert calls.figures.get(text="131").series_pinned
    (change,) = SeriesChange.objects.all()
    assert (change.kind, change.series, change.other_name, change.username) == (
        SeriesChange.MERGE,
        calls,
        "premises",
        "officer",
    )
    moved = staff_client.get(f"/series/{premises.pk}/")  # the old address leads on
    assert moved.status_code == 302 and moved["Location"] == f"/series/{calls.pk}/"
    history = staff_client.get(f"/series/{calls.pk}/").content.decode()
    assert "merged ‘premises’ into this series, moving 2 figures" in " ".join(history.split())

    # Later figures worded as the merged series' were join the series it went into.
    follow_again(h.may_2025)
    assert series_with(h.may_2025.figures.get(text="131")) == calls


def test_a_merge_needs_a_series_of_the_same_unit(
    staff_client: Client, follow_history: FollowHistory
) -> None:
    days = series_with(follow_history.may_2025.figures.get(text="6.8"))
    hate = series_with(follow_history.march_2019.figures.get(text="79.1%"))
    for data in ({}, {"merge-target": hate.pk}, {"merge-target": "x"}):
        response = staff_client.post(f"/series/{days.pk}/merge/", data)
        assert response.status_code == 400
        html = response.content.decode()
        assert "There is a problem" in html and 'href="#id_merge-target"' in html
    assert not SeriesChange.objects.exists()


def test_staff_split_figures_out_into_a_new_series(
    staff_client: Client, follow_history: FollowHistory
) -> None:
    h = follow_history
    days = series_with(h.may_2025.figures.get(text="6.8"))
    old = h.march_2019.figures.get(text="8.1")
    response = staff_client.post(
        f"/series/{days.pk}/split/",
        {"split-figures": [old.pk], "split-name": "Days lost per officer (old definition)"},
    )
    created = Series.objects.get(name="Days lost per officer (old definition)")
    assert response.status_code == 302 and response["Location"] == f"/series/{created.pk}/"
    old.refresh_from_db()
    assert (old.series, old.series_pinned) == (created, True)
    (change,) = SeriesChange.objects.all()
    assert (change.kind, change.series, change.other) == (SeriesChange.SPLIT, days, created)
    assert list(change.figures.all()) == [old]

    follow_again(h.march_2019)  # the rules leave a hand change alone
    old.refresh_from_db()
    assert old.series == created
    for series in (days, created):
        html = " ".join(staff_client.get(f"/series/{series.pk}/").content.decode().split())
        assert "split 1 figure out" in html and "officer" in html


@pytest.mark.parametrize(
    ("data", "message", "anchor"),
    [
        ({"split-name": "Old"}, "Select the figures to move to the new series", "id_split-figures"),
        ({"split-figures": ["FIGURE"], "split-name": " "}, "Enter a name for the new series",
         "id_split-name"),
        ({"split-figures": ["ALL"], "split-name": "Everything"},
         "Leave at least one figure in this series", "id_split-figures"),
        ({"split-figures": ["FIGURE"], "split-name": "Premises"},
         "This board already has a series with that name", "id_split-name"),
        ({"split-figures": ["999999"], "split-name": "Old"}, "Select figures from the list",
         "id_split-figures"),
    ],
)  # fmt: skip
def test_a_split_is_validated(
    staff_client: Client,
    follow_history: FollowHistory,
    data: dict[str, object],
    message: str,
    anchor: str,
) -> None:
    days = series_with(follow_history.may_2025.figures.get(text="6.8"))
    ids = [str(pk) for pk in days.figures.values_list("pk", flat=True)]
    figures = data.get("split-figures", [])
    assert isinstance(figures, list)
    data["split-figures"] = (
        ids if figures == ["ALL"] else [ids[0] if f == "FIGURE" else f for f in figures]
    )
    response = staff_client.post(f"/series/{days.pk}/split/", data)
    assert response.status_code == 400
    html = response.content.decode()
    assert message in html and f'href="#{anchor}"' in html
    assert not SeriesChange.objects.exists()
