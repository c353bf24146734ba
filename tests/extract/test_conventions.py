from scrutiny.extract import conventions


def test_introductions() -> None:
    assert conventions.is_introduction(
        "The DCC introduced the item and provided a summary of the supporting paper."
    )
    assert conventions.is_introduction("The CC advised he would not read the paper verbatim.")
    assert conventions.is_introduction("The CFO presented the report.")
    assert conventions.is_introduction("NA presented the quarterly performance report.")
    assert not conventions.is_introduction("The ACC outlined the spotlight report.")
    assert conventions.is_introduction("The CC provided a verbal update.")
    assert conventions.is_introduction("The DCS presented an overview.")
    assert conventions.is_introduction("DW presented.")
    assert conventions.is_introduction("Introduced by the ACC.")
    assert conventions.is_introduction("AK presented the performance pack.")
    assert conventions.is_introduction(
        "Supt Mwangi presented the Rural Crime Team's annual report."
    )
    assert conventions.is_introduction("The ACC presented (virtually).")
    assert conventions.is_introduction("The ACC provided an overview of the team's work.")
    assert conventions.is_introduction("The CFO presented the Quarter 3 position.")
    # An update that goes on to say something is a point, not an introduction.
    assert not conventions.is_introduction("The CC provided an update on the homicide inquiry.")


def test_handover_and_closing() -> None:
    assert conventions.is_handover("The following points were discussed:")
    assert conventions.is_closing("In closing, the PCC thanked the team for the papers.")
    assert conventions.is_closing("The PCC thanked the CC for their updates and those present.")
    assert conventions.is_closing("The Chair closed the meeting at 12:05.")
    assert not conventions.is_closing("The PCC welcomed those present.")
    assert not conventions.is_closing("The PCC thanked partners for the extensive search.")
    # Thanks mid-meeting, or a closing sentence run into others, are kept as points.
    assert not conventions.is_closing(
        "The PCC thanked the scrutiny panel volunteers for their time."
    )
    assert not conventions.is_closing("The CC said 17% more. The PCC thanked all for attending.")


def test_approval() -> None:
    assert conventions.approval_of("The notes were agreed as a true and accurate record.")
    assert conventions.approval_of("Minutes approved as a correct record subject to one change.")
    assert conventions.approval_of("The minutes were not approved as a true record.") is False
    assert conventions.approval_of("The PCC asked about records management.") is None
    assert conventions.approval_of("Minutes of 12/02/2025 agreed.")
    assert conventions.approval_of("Notes of 27 November 2024 approved.")
    assert conventions.approval_of("The PCC agreed the notes should be shared.") is None


def test_an_introduction_that_runs_on_into_discussion() -> None:
    assert conventions.split_introduction("Jo Roe presented the report. The PCC asked why.") == (
        "Jo Roe presented the report.",
        "The PCC asked why.",
    )
    assert conventions.split_introduction("The PCC asked why the report was late.") is None
    assert conventions.presenter_named("Mrs Jones presented the report.") == "Mrs Jones"
    assert conventions.presenter_named("The Head of Finance introduced the item.") == (
        "Head of Finance"
    )


def test_an_introduction_that_reports_something_is_kept() -> None:
    assert conventions.reports_more(
        "The DCC presented the report, highlighting that 91.4% of calls were answered."
    )
    assert not conventions.reports_more(
        "The Chief Constable introduced the item and provided a summary of the supporting paper."
    )
    assert not conventions.reports_more(
        "The CC advised he would not read the paper verbatim but pick out key points."
    )
