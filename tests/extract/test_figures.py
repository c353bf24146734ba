"""Figures: the gold records rebuilt from their own points, and one test per rule in the genre.

The samples are written for these tests in the styles boards use; none is taken from the seeds.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gold import GOLD, gold
from scrutiny.extract.figures import find_figures
from scrutiny.extract.numbers import number_value, words_value
from scrutiny.record import Figure, Where

GOLD_NAMES = sorted(path.stem for path in GOLD.glob("*.json"))


def texts(text: str) -> list[str]:
    return [figure.text for figure in find_figures(text)]


def read(text: str) -> list[tuple[str, float, str]]:
    return [(figure.text, figure.value, figure.unit) for figure in find_figures(text)]


# --- the gold ----------------------------------------------------------------------------------


def figures_from_points(record: dict[str, Any]) -> list[Figure]:
    """Every figure of a record, found in its points; the previous-meeting item (the one without
    sections) contributes the actions it discharged."""
    found: list[Figure] = []
    for item in record["items"]:
        if item["sections"]:
            paragraphs = [p["text"] for s in item["sections"] for p in s["points"]]
        else:
            paragraphs = [d["text"] for d in record["discharged"]]
        for paragraph in paragraphs:
            found.extend(find_figures(paragraph, item["number"]))
    return found


@pytest.mark.parametrize("name", GOLD_NAMES)
def test_gold_figures(name: str) -> None:
    record = gold(name)
    got = figures_from_points(record)
    for index, (figure, want) in enumerate(zip(got, record["figures"], strict=False)):
        found = (figure.text, figure.value, figure.unit, figure.item)
        expected = (want["text"], want["value"], want["unit"], want["item"])
        assert found == expected, f"figures[{index}]: got {found}, want {expected}"
        assert figure.subject, f"figures[{index}] {figure.text!r}: no subject"
    want = record["figures"]
    first = got[len(want)].text if len(got) > len(want) else want[min(len(got), len(want) - 1)]
    assert len(got) == len(want), f"{len(got)} figures, want {len(want)}; first differing: {first}"


# --- percentages -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Satisfaction stood at 81.4% for the quarter.", [("81.4%", 81.4, "%")]),
        ("Compliance was 98 % against the standard.", [("98 %", 98, "%")]),
        ("Attrition fell to 12.5 per cent.", [("12.5 per cent", 12.5, "%")]),
        ("Some 40 percent of calls were abandoned.", [("40 percent", 40, "%")]),
        ("Around five per cent of the budget.", [("five per cent", 5, "%")]),
        ("Audit expected a 90%+ pass rate.", [("90%+", 90, "%")]),
        ("Overtime rose by 10-15% in the period.", [("10-15%", 10, "%")]),
        ("The solved rate moved -2.5% and arrests +4%.", [("-2.5%", -2.5, "%"), ("+4%", 4, "%")]),
        ("The vacancy rate was 3.5pc.", [("3.5pc", 3.5, "%")]),
    ],
)
def test_percentages(text: str, want: list[tuple[str, float, str]]) -> None:
    assert read(text) == want


def test_percentage_points() -> None:
    assert read("There was a 5 percentage point rise in the solved rate.") == [
        ("5 percentage point", 5, "percentage points")
    ]
    assert read("Up 2.1 percentage points on last year.") == [
        ("2.1 percentage points", 2.1, "percentage points")
    ]


# --- money -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The capital programme is £2.3bn.", [("£2.3bn", 2_300_000_000, "£")]),
        ("Estates saved £450k this year.", [("£450k", 450_000, "£")]),
        ("An overspend of £1.2 million (3%) was forecast.", [("£1.2 million", 1_200_000, "£"),
                                                             ("3%", 3, "%")]),
        ("The grant was £1m.", [("£1m", 1_000_000, "£")]),
        ("Fees of £5,000 per month.", [("£5,000", 5000, "£")]),
        ("Income of £150,000-£300,000 was projected.", [("£150,000-£300,000", 150_000, "£")]),
        ("Savings of £1-2m are needed.", [("£1-2m", 1_000_000, "£")]),
        ("A gap of £3m – £4m remains.", [("£3m – £4m", 3_000_000, "£")]),
        ("A bid worth 5 million pounds.", [("5 million pounds", 5_000_000, "£")]),
    ],
)  # fmt: skip
def test_money(text: str, want: list[tuple[str, float, str]]) -> None:
    assert read(text) == want


# --- counts, FTE and durations -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The team made 36 arrests and 4 charges.", [("36", 36, "count"), ("4", 4, "count")]),
        ("There were circa 1,200 calls.", [("1,200", 1200, "count")]),
        ("Over 1.2 million calls were taken.", [("1.2 million", 1_200_000, "count")]),
        ("Around 40-50 volunteers helped.", [("40-50", 40, "count")]),
        ("A total of 2019 crimes were recorded.", [("2019", 2019, "count")]),
        ("100+ volunteers took part.", [("100+", 100, "count")]),
    ],
)
def test_counts(text: str, want: list[tuple[str, float, str]]) -> None:
    assert read(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Strength was 3,120.5 FTE officers.", [("3,120.5 FTE", 3120.5, "FTE")]),
        ("Staffing was 12.6 fte below establishment.", [("12.6 fte", 12.6, "FTE")]),
        ("The unit has 20 full-time equivalent posts.", [("20 full-time equivalent", 20, "FTE")]),
        ("There were 1,234 officers (FTE) in post.", [("1,234", 1234, "FTE")]),
    ],
)
def test_fte(text: str, want: list[tuple[str, float, str]]) -> None:
    assert read(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Volunteers gave 12,500 hours of support.", [("12,500 hours", 12500, "hours")]),
        ("Mutual aid was in place for 45 days.", [("45 days", 45, "days")]),
        ("Each check saved two minutes.", [("two minutes", 2, "minutes")]),
        ("Average answer time was 9 seconds.", [("9 seconds", 9, "seconds")]),
        ("The road was closed for 6 hrs.", [("6 hrs", 6, "hours")]),
        ("Replies took 3 working days.", [("3 working days", 3, "days")]),
    ],
)
def test_durations(text: str, want: list[tuple[str, float, str]]) -> None:
    assert read(text) == want


def test_a_bare_number_takes_the_measure_its_clause_names() -> None:
    text = "The average hours lost per officer was 52.1 (down on last year), and for staff 47.3."
    assert read(text) == [("52.1", 52.1, "hours"), ("47.3", 47.3, "hours")]
    assert read("In recent days the number of reports rose to 45.") == [("45", 45, "count")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Twenty-five PCSOs were recruited.", [("Twenty-five", 25, "count")]),
        ("The force has four hundred specials.", [("four hundred", 400, "count")]),
        ("Some three hundred and fifty staff.", [("three hundred and fifty", 350, "count")]),
        ("Of the nine AFIs, six were closed.", [("nine", 9, "count"), ("six", 6, "count")]),
        ("The force planned twelve intakes.", [("twelve", 12, "count")]),
    ],
)
def test_number_words(text: str, want: list[tuple[str, float, str]]) -> None:
    assert read(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The ratio of officers to supervisors was 8:1.", [("8:1", 8, "ratio")]),
        ("Around 1 in 4 victims were repeat victims.", [("1 in 4", 0.25, "ratio")]),
        ("One in every five calls was abandoned.", [("One in every five", 0.2, "ratio")]),
    ],
)
def test_ratios(text: str, want: list[tuple[str, float, str]]) -> None:
    assert read(text) == want


# --- "one" -------------------------------------------------------------------------------------


def test_one_standing_alone_is_a_figure() -> None:
    assert texts("Of the six actions, one had been completed.") == ["six", "one"]
    assert texts("The force beat its target by one in March.") == ["one"]
    assert texts("One was closed and one remains open.") == ["One", "one"]


@pytest.mark.parametrize(
    "text",
    [
        "The force now had one single case management system.",
        "It was one of the largest operations this year.",
        "Online reporting was just one channel.",
        "Multiple offences linked to one event were recorded.",
        "No one was injured.",
        "Officers supported one another.",
        "Victims were offered one-to-one support.",
        "Mentoring was given one to one.",
        "A one-off payment was agreed.",
    ],
)
def test_one_as_a_determiner_is_not(text: str) -> None:
    assert texts(text) == []


# --- what is not a figure ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The review went live on 3 November.",
        "It was presented on 1st of April 2024 and 12-14 Oct.",
        "The deadline is 20/03/2025 or 2025-03-20.",
        "Funding arrives in April 2026.",
        "Results for 2023 were published in 2024.",
        "The plan runs to 2025/26; PEEL 2021/22 graded it.",
        "The budget for 2024-25 was set.",
    ],
)
def test_dates_and_years_are_not(text: str) -> None:
    assert texts(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Crime rose over the last twelve months.",
        "The plan covers the next 3-5 years.",
        "Data from the previous eight years was reviewed.",
        "A three-month pilot was run.",
        "The force offered 24-hour cover.",
        "There will be a 6 week trial and a 2 quarter review.",
        "Complaints must be logged within 28 days.",
        "Cases over 90 days old were reviewed.",
    ],
)
def test_time_windows_and_limits_are_not(text: str) -> None:
    assert texts(text) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Children under 13 should not own phones.", []),
        ("The scheme targets under 18s and over-65s.", []),
        ("Young people until age 17 were referred.", []),
        ("Those aged 18-24 were surveyed.", []),
        ("Adults over 70 were contacted.", []),
        ("There were just under 3,000 applications.", ["3,000"]),
        ("At peak there were over 400 applications.", ["400"]),
    ],
)
def test_ages_and_thresholds(text: str, want: list[str]) -> None:
    assert texts(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "Detentions under section 136 were discussed.",
        "This was covered in item 4 and paragraph 3.2.",
        "Op 25 and Operation 7 concluded.",
        "Recommendations 3 and 4 were closed, as was AFI 2.",
        "Action 3/24 was discharged.",
        "Tier 2 and Level 3 support, Stage 2 complaints.",
        "The 2nd intake in Q3 was delayed.",
        "The fatal four and the top three risks were discussed.",
        "The Fatal Four campaign ran.",
        "The two most recent inspections graded the force good.",
        "Roads policing targeted the M25 and COVID-19 absences.",
        "Op Scorpion 4 and Project Nova 2 concluded.",
    ],
)
def test_labels_are_not(text: str) -> None:
    assert texts(text) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Calls to 101 were answered faster.", []),
        ("The increase in 101 calls answered and 999 emergency calls.", []),
        ("Use 101 or 111 for non-emergencies.", []),
        ("There were 101 arrests.", ["101"]),
    ],
)
def test_phone_services(text: str, want: list[str]) -> None:
    assert texts(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "Call 01604 888113 or 0300 123 1234.",
        "Telephone +44 (0)1604 888113.",
        "Write to Police HQ, Northampton NN4 0JQ.",
        "Write to 10 Downing Street.",
        "The meeting starts at 10:00 and ends at 2.30pm.",
        "Doors open at 10am.",
        "The board reconvened at 2.15 after a break.",
        "Cover is 24/7.",
        "1. Welcome and introductions",
        "The zero tolerance goal: zero deaths.",
        "Half of the cohort and a dozen officers.",
    ],
)
def test_codes_times_and_loose_words_are_not(text: str) -> None:
    assert texts(text) == []


def test_the_base_of_a_rate_is_not() -> None:
    assert texts("There were 4.5 burglaries per 1,000 households.") == ["4.5"]


def test_a_spaced_dash_is_not_a_range() -> None:
    assert texts("The force had 300 – 20 of them new.") == ["300", "20"]


# --- the figure record -------------------------------------------------------------------------


def test_item_where_and_subject() -> None:
    where = Where(line=12, page=2)
    [figure] = find_figures("The CC reported 63.5% of victims were satisfied.", "3", where)
    assert (figure.item, figure.where) == ("3", where)
    assert figure.subject == "victims"


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("He said 42 burglaries were solved.", "burglaries"),
        ("Drug offences had increased by 8%, the CC said.", "Drug offences"),
        ("The force employed 2,100 police staff, up on last year.", "police staff"),
        ("Of the 14 AFIs, 9 were complete.", "AFIs"),
    ],
)
def test_subjects(text: str, subject: str) -> None:
    assert find_figures(text)[0].subject == subject


def test_number_values() -> None:
    assert words_value("two thousand five hundred and ten") == 2510
    assert words_value("ninety-nine") == 99
    assert number_value("3,401.71") == number_value("3401.71")
    assert number_value("9.7", "million") == 9_700_000


# --- any text ----------------------------------------------------------------------------------

PIECES = st.sampled_from(
    [
        "£", "%", "£1m", "1.5", "2,000", "-", "–", "one", "One", "twenty-five", "hundred", "and",
        " ", "(", ")", "FTE", "hours", "days", "old", "under", "within", "aged", "101", "999",
        "3:1", "1 in 5", "2018/19", "14 October", "10:00", "0300 123 1234", "section", "+",
        "per cent", "percentage points", "the", "officers", "Op", ".", ",", "c.", "\n",
    ]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(), st.lists(PIECES, max_size=25).map("".join)))
def test_any_text_gives_figures_whose_text_it_contains(text: str) -> None:
    for figure in find_figures(text):
        assert figure.text in text
        assert figure.subject is None or figure.subject


def test_a_rate_year_on_year_takes_no_time_unit() -> None:
    found = find_figures("Burglary fell by 12.6% year on year, and by 4% year-on-year.", "3")
    assert [f.text for f in found] == ["12.6%", "4%"]
