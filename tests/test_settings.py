"""The settings' readers of environment variables."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from scrutiny.settings import env_bool, env_list, env_path


@pytest.mark.parametrize(("raw", "value"), [("1", True), ("On", True), ("no", False), ("", False)])
def test_booleans_are_read_strictly(monkeypatch: pytest.MonkeyPatch, raw: str, value: bool) -> None:
    monkeypatch.setenv("DEBUG", raw)
    assert env_bool("DEBUG") is value


def test_a_boolean_that_is_neither_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DEBUG", "maybe")
    with pytest.raises(ImproperlyConfigured, match="DEBUG must be one of"):
        env_bool("DEBUG")


def test_lists_and_paths(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("ALLOWED_HOSTS", " scrutiny.example, ,www.scrutiny.example ")
    assert env_list("ALLOWED_HOSTS", []) == ["scrutiny.example", "www.scrutiny.example"]
    monkeypatch.delenv("ALLOWED_HOSTS")
    assert env_list("ALLOWED_HOSTS", ["localhost"]) == ["localhost"]
    monkeypatch.setenv("MEDIA_ROOT", str(tmp_path))
    assert env_path("MEDIA_ROOT", Path("/nowhere")) == tmp_path
