from __future__ import annotations

import pytest

from factories import stored_meeting

pytestmark = pytest.mark.django_db


def test_figures_keep_value_unit_subject_and_item() -> None:
    meeting = stored_meeting()
    satisfied, officers = meeting.figures.all()
    assert (satisfied.value, satisfied.unit, satisfied.subject) == (77.2, "%", "victims satisfied")
    assert satisfied.item is not None and satisfied.item.number == "3"
    assert (officers.item, officers.item_number, officers.value) == (None, None, 12.0)
