"""One action log from the actions written in the items and the closing table.

The same action often appears twice: in full inside its item, and again, sometimes garbled by
the PDF's text layer, in the closing table. Each table row is paired with the item action it
most resembles (fuzzy matching of the words, one row to one action); a pair becomes one action
with the item's text and the table's owner, due date and status, since the table is the log
the board keeps. Rows that resemble no item action are kept as actions of their own.
"""

from __future__ import annotations

from rapidfuzz import fuzz

from scrutiny.extract.action_table import TableRow
from scrutiny.record import Action

# token_set_ratio of an item's action and its table row; garbled rows still share most words.
_SAME_ACTION = 70.0


def _score(item_action: Action, row: Action) -> float:
    return float(fuzz.token_set_ratio(item_action.text.lower(), row.text.lower()))


def reconcile(item_actions: list[Action], rows: list[TableRow]) -> list[Action]:
    pairs = sorted(
        (
            (_score(action, row.action), i, j)
            for i, action in enumerate(item_actions)
            for j, row in enumerate(rows)
        ),
        reverse=True,
    )
    matched: dict[int, int] = {}
    used_rows: set[int] = set()
    for score, i, j in pairs:
        if score < _SAME_ACTION:
            break
        if i in matched or j in used_rows:
            continue
        matched[i] = j
        used_rows.add(j)
    log: list[Action] = []
    for i, action in enumerate(item_actions):
        if i in matched:
            log.append(_merge(action, rows[matched[i]].action))
        else:
            log.append(action)
    log.extend(row.action for j, row in enumerate(rows) if j not in used_rows)
    return log


def _merge(written: Action, row: Action) -> Action:
    return Action(
        text=written.text,
        owner=row.owner or written.owner,
        due=row.due or written.due,
        status=row.status or written.status,
        item=written.item or row.item,
        where=written.where,
    )
