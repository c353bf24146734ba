from __future__ import annotations

import datetime

import pytest

from factories import stored_meeting
from scrutiny.actions.models import Action

pytestmark = pytest.mark.django_db


def test_actions_are_stored_in_order_and_linked_to_their_items() -> None:
    meeting = stored_meeting()
    first, _ = meeting.actions.all()
    assert (first.owner, first.due, first.status) == ("Force", datetime.date(2025, 9, 16), "open")
    assert first.item is not None and first.item.title == "Delivery & Performance"
    assert (first.page, first.line) == (None, 60)


def test_an_action_naming_an_item_the_agenda_lacks_keeps_the_number() -> None:
    meeting = stored_meeting()
    action = meeting.actions.get(position=1)
    assert (action.item, action.item_number) == (None, "9")
    assert Action.objects.filter(status=None).count() == 1
