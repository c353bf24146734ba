from __future__ import annotations

import pytest

from authoring.authored import Authored, authored_meeting


@pytest.fixture
def authored(db: None) -> Authored:
    return authored_meeting()


@pytest.fixture
def draft(db: None) -> Authored:
    return authored_meeting(publish=False)
