"""Reading the API: boards, meetings as records, the register's filters, series, search, pages,
caching headers and CORS; and never a private item or an unpublished meeting."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.test import Client

from api.open_data import World, assert_no_secrets
from factories import make_record, store_record

READS = [
    "/api/v1/boards",
    "/api/v1/meetings",
    "/api/v1/actions",
    "/api/v1/actions?status=open&sort=board",
    "/api/v1/series",
    "/api/v1/search?q=burglary",
    "/api/v1/search?q=SECRET",
    "/api/v1/search?q=informants",
    "/api/v1/search?q=DRAFT",
]


def get(client: Client, url: str, **headers: Any) -> Any:
    response = client.get(url, headers=headers)
    assert response.status_code == 200, response.content
    return response.json()


def test_boards_list_only_boards_with_published_meetings(client: Client, world: World) -> None:
    boards = get(client, "/api/v1/boards")
    assert [b["slug"] for b in boards["items"]] == [world.board.slug]
    assert client.get("/api/v1/boards/hidden-board").status_code == 404
    one = get(client, f"/api/v1/boards/{world.board.slug}")
    assert one["meetings_url"].endswith(f"/api/v1/meetings?board={world.board.slug}")


def test_a_meeting_is_its_record_less_private_items(client: Client, world: World) -> None:
    record = get(client, f"/api/v1/meetings/{world.published.pk}")
    assert record["schema"] == "scrutiny.meeting/1"
    assert [i["title"] for i in record["items"]] == ["Burglary"]
    assert [a["text"] for a in record["actions"]] == ["Report on burglary arrests."]
    assert [f["text"] for f in record["figures"]] == ["42 officers"]
    assert record["figures"][0]["value"] == 42 and "where" not in record["actions"][0]
    assert_no_secrets(json.dumps(record))


def test_an_unpublished_meeting_is_not_found(client: Client, world: World) -> None:
    response = client.get(f"/api/v1/meetings/{world.draft.pk}")
    assert response.status_code == 404
    assert response.json() == {"detail": "Not found"}


@pytest.mark.parametrize("url", READS)
def test_nothing_private_in_any_read(client: Client, world: World, url: str) -> None:
    answer = get(client, url)
    answer.pop("query", None)  # a search repeats what was asked
    answer.pop("next", None)
    assert_no_secrets(json.dumps(answer))


def test_private_and_draft_rows_are_not_found_by_id(client: Client, world: World) -> None:
    secret_action = world.published.actions.get(item=world.private_item)
    draft_action = world.draft.actions.get()
    for action in (secret_action, draft_action):
        assert client.get(f"/api/v1/actions/{action.pk}").status_code == 404
    secret_series = world.published.figures.get(item=world.private_item).series
    assert secret_series is not None
    assert client.get(f"/api/v1/series/{secret_series.pk}").status_code == 404


def test_search_finds_public_matches_only(client: Client, world: World) -> None:
    found = get(client, "/api/v1/search?q=burglary")
    assert found["count"] == found["listed"] == 4
    assert {hit["meeting"] for hit in found["items"]} == {world.published.pk}
    assert get(client, "/api/v1/search?q=informants")["count"] == 0


def test_actions_filter_as_the_register_does(client: Client, world: World) -> None:
    assert get(client, "/api/v1/actions?status=closed")["count"] == 0
    assert get(client, "/api/v1/actions?owner=forc")["count"] == 1
    assert get(client, "/api/v1/actions?due_before=2025-01-01")["count"] == 0
    assert get(client, f"/api/v1/actions?board={world.board.slug}")["count"] == 1
    assert client.get("/api/v1/actions?status=nonsense").status_code == 422


def test_series_with_their_public_figures(client: Client, world: World) -> None:
    (series,) = get(client, "/api/v1/series")["items"]
    detail = get(client, f"/api/v1/series/{series['id']}")
    assert [f["text"] for f in detail["figures"]] == ["42 officers"]


def test_pages_link_to_each_other(client: Client, world: World) -> None:
    for date in ("2024-01-10", "2024-04-10"):
        store_record(make_record(date=date))
    first = get(client, "/api/v1/meetings?per_page=2")
    assert (first["count"], first["pages"], first["previous"]) == (3, 2, None)
    second = get(client, first["next"].removeprefix("http://testserver"))
    assert second["next"] is None and len(second["items"]) == 1
    assert second["items"][0]["date"] == "2024-01-10"
    assert get(client, "/api/v1/meetings?page=9")["items"] == []
    assert client.get("/api/v1/meetings?page=0").status_code == 422


def test_etag_and_last_modified_answer_304(client: Client, world: World) -> None:
    response = client.get("/api/v1/meetings")
    etag, modified = response["ETag"], response["Last-Modified"]
    assert "max-age" in response["Cache-Control"]
    assert client.get("/api/v1/meetings", headers={"if-none-match": etag}).status_code == 304
    again = client.get("/api/v1/meetings", headers={"if-modified-since": modified})
    assert again.status_code == 304
    store_record(make_record(date="2024-01-10"))
    assert client.get("/api/v1/meetings", headers={"if-none-match": etag}).status_code == 200


def test_reads_may_come_from_other_sites(client: Client, world: World) -> None:
    response = client.get("/api/v1/boards", headers={"origin": "https://news.example"})
    assert response["Access-Control-Allow-Origin"] == "*"
    preflight = client.options(
        "/api/v1/boards",
        headers={"origin": "https://news.example", "access-control-request-method": "GET"},
    )
    assert "GET" in preflight["Access-Control-Allow-Methods"]
    assert "PATCH" not in preflight["Access-Control-Allow-Methods"]
    page = client.get("/", headers={"origin": "https://news.example"})
    assert not page.has_header("Access-Control-Allow-Origin")


def test_openapi_document_and_docs(client: Client, db: None) -> None:
    document = get(client, "/api/v1/openapi.json")
    assert document["openapi"].startswith("3.")
    assert {"/api/v1/meetings", "/api/v1/actions", "/api/v1/search"} <= set(document["paths"])
    assert client.get("/api/v1/docs").status_code == 200


def test_text_no_database_takes_is_refused_not_a_crash(client: Client, world: World) -> None:
    assert client.get("/api/v1/boards/a%00b").status_code == 404
    assert client.get("/api/v1/actions?owner=a%00b").status_code == 422
    assert client.get("/api/v1/search?q=a%00b").status_code == 422
