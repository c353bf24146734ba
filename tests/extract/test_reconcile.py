from scrutiny.extract.action_table import TableRow
from scrutiny.extract.reconcile import reconcile
from scrutiny.record import Action


def test_item_text_with_table_owner_due_and_status() -> None:
    written = [
        Action("comparative data on turnover.", owner="Force", item="5"),
        Action("comparative data on assaults.", owner="Force", item="5"),
    ]
    rows = [
        TableRow(Action("Comparative data on assaults", "Chief Constable", "2019-03-20", "open")),
        TableRow(Action("Comparative data on turnover", "Chief Constable", "2019-03-20", "open")),
    ]
    log = reconcile(written, rows)
    assert [(a.text, a.owner, a.due, a.status, a.item) for a in log] == [
        ("comparative data on turnover.", "Chief Constable", "2019-03-20", "open", "5"),
        ("comparative data on assaults.", "Chief Constable", "2019-03-20", "open", "5"),
    ]


def test_garbled_row_is_the_same_action_and_strangers_are_kept() -> None:
    written = [
        Action("Provide an update on the findings from the Post Implementation Review.", item="3")
    ]
    rows = [
        TableRow(
            Action("Provide Impleme the findings from the Post", "Force", "2025-09-16", "open")
        ),
        TableRow(Action("Circulate the estates strategy", "CFO", None, "open")),
    ]
    log = reconcile(written, rows)
    assert len(log) == 2
    assert log[0].text.startswith("Provide an update") and log[0].owner == "Force"
    assert log[1].text == "Circulate the estates strategy" and log[1].item is None
