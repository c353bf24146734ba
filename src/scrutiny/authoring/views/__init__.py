"""The pages the secretariat runs a board with. Each page shows its forms; each form posts back
to its page with a `form` field naming it, is saved at once (work is never held in the browser),
and on an error comes back with what was typed and an error summary.

The pages live in modules by what they show (boards, roles, meetings, notes, actions, history);
this package names them all for urls.py.
"""

from __future__ import annotations

from scrutiny.authoring.views.actions import action
from scrutiny.authoring.views.boards import board, index, new_board
from scrutiny.authoring.views.history import audit_trail, deleted
from scrutiny.authoring.views.meetings import meeting
from scrutiny.authoring.views.notes import item, point
from scrutiny.authoring.views.roles import roles

__all__ = [
    "action",
    "audit_trail",
    "board",
    "deleted",
    "index",
    "item",
    "meeting",
    "new_board",
    "point",
    "roles",
]
