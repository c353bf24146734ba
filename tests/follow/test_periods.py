from __future__ import annotations

from datetime import date as Date

import pytest

from scrutiny.follow.periods import Period, figure_period
from scrutiny.follow.spans import find_figure

DECEMBER_2018 = Date(2018, 12, 12)
MARCH_2019 = Date(2019, 3, 20)
FEBRUARY_2025 = Date(2025, 2, 19)


def period(text: str, figure: str, meeting: Date | None = FEBRUARY_2025) -> Period | None:
    span = find_figure(text, figure)
    assert span is not None, f"{figure} not in {text}"
    return figure_period(text, *span, meeting)


@pytest.mark.parametrize(
    ("text", "figure", "meeting", "key", "words"),
    [
        # Financial years, however written.
        ("The Force recorded 12,450 crimes in 2024/25.", "12,450", None,
         "months:2024-04/2025-03", "2024/25"),
        ("In FY 2023-24 there were 5 deaths.", "5", None, "months:2023-04/2024-03", "FY 2023-24"),
        ("Spend was £3.1m for financial year 2022/2023.", "£3.1m", None,
         "months:2022-04/2023-03", "financial year 2022/2023"),
        # Months and days, resolved against the meeting: the latest one gone.
        ("The volume of 101 calls had fallen to 30,500 in February.", "30,500", MARCH_2019,
         "months:2019-02/2019-02", "in February"),
        ("Performance in November was 9%.", "9%", DECEMBER_2018,
         "months:2018-11/2018-11", "in November"),
        ("Arrests rose to 40 in December.", "40", FEBRUARY_2025,
         "months:2024-12/2024-12", "in December"),
        ("As at 31 October, the Force had 3401.71 FTE officers.", "3401.71 FTE", DECEMBER_2018,
         "day:2018-10-31", "As at 31 October"),
        ("The CC reported 3,455.20 FTE officers as at 28 February.", "3,455.20 FTE", MARCH_2019,
         "day:2019-02-28", "as at 28 February"),
        ("Headcount was 3,300 as of 1st April 2024.", "3,300", None,
         "day:2024-04-01", "as of 1st April 2024"),
        ("The ACC reported that for the period April to December 2024, the average days lost "
         "per officer was 7.04 (lower than last year), and for staff 7.84.", "7.84", None,
         "months:2024-04/2024-12", "April to December 2024"),
        ("Between October and December 120 arrests were made.", "120", FEBRUARY_2025,
         "months:2024-10/2024-12", "Between October and December"),
        # Years and quarters.
        ("There were 40 deaths in 2018.", "40", None, "months:2018-01/2018-12", "in 2018"),
        ("Q3 2024/25 saw 40 arrests.", "40", None, "months:2024-10/2024-12", "Q3 2024/25"),
        ("Quarter 1 saw 40 arrests.", "40", FEBRUARY_2025, "months:2024-04/2024-06", "Quarter 1"),
        # Relative to the meeting.
        ("Recorded crime fell by 2.4% over the three-month period.", "2.4%", FEBRUARY_2025,
         "last:3m@2025-02-19", "three-month period"),
        ("Over the last 12 months, 51 officers left.", "51", FEBRUARY_2025,
         "last:12m@2025-02-19", "the last 12 months"),
        ("The solved rate is 14.2% year to date.", "14.2%", FEBRUARY_2025,
         "since:2024-04@2025-02-19", "year to date"),
        ("There were 40 arrests in the previous quarter.", "40", FEBRUARY_2025,
         "months:2024-10/2024-12", "the previous quarter"),
        ("There were 40 arrests last year.", "40", FEBRUARY_2025,
         "months:2024-01/2024-12", "last year"),
        ("Overtime cost £2m in the last financial year.", "£2m", FEBRUARY_2025,
         "months:2023-04/2024-03", "the last financial year"),
        ("This financial year 300 officers joined.", "300", FEBRUARY_2025,
         "months:2024-04/2025-03", "This financial year"),
        # A target date is kept apart from a measurement on it.
        ("It would reach 3452.50 FTE officers by January 2019.", "3452.50 FTE", DECEMBER_2018,
         "by:2019-01", "by January 2019"),
    ],
)  # fmt: skip
def test_periods(text: str, figure: str, meeting: Date | None, key: str, words: str) -> None:
    assert period(text, figure, meeting) == Period(key, words)


def test_a_relative_period_without_a_meeting_date_is_stated_but_unresolved() -> None:
    assert period("There were 40 arrests last year.", "40", None) == Period(None, "last year")
    assert period("Calls fell to 30,500 in February.", "30,500", None) == Period(
        None, "in February"
    )


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The CC reported that the solved rate had risen to 14.2%.", "14.2%"),
        # Comparisons name a baseline, not the figure's own period.
        ("Satisfaction was 77% (higher than last year).", "77%"),
        ("Days lost were 7.04, lower than last year.", "7.04"),
        ("Burglary rose 5% compared with the previous quarter.", "5%"),
        ("Arrests were up 12% on last year.", "12%"),
        # Words that only look like periods.
        ("The Mayor said 40 premises signed up.", "40"),
        ("The PEEL 2023/25 inspection found 14 AFIs.", "14"),
        ("Staff may report 12 concerns.", "12"),
    ],
)
def test_no_period(text: str, figure: str) -> None:
    assert period(text, figure) is None


def test_the_sentences_opening_period_scopes_a_later_clause() -> None:
    text = (
        "As at 31 October, the Deputy Chief Constable said the Force had 3401.71 FTE officers, "
        "107 more than reported in August. Whilst 51 under, he said more were coming."
    )
    assert period(text, "3401.71 FTE", DECEMBER_2018) == Period(
        "day:2018-10-31", "As at 31 October"
    )
    # Another sentence's period is not this figure's.
    assert period(text, "51", DECEMBER_2018) is None


def test_the_nearest_period_in_the_clause_wins() -> None:
    text = "In 2023/24 there were 12,000 crimes; in 2024/25 12,450."
    assert period(text, "12,000", None) == Period("months:2023-04/2024-03", "2023/24")
    assert period(text, "12,450", None) == Period("months:2024-04/2025-03", "2024/25")
