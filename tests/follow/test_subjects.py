import pytest

from scrutiny.follow.subjects import same_series, series_key


@pytest.mark.parametrize(
    ("a", "unit_a", "b", "unit_b"),
    [
        ("FTE officers", "count", "officers (FTE)", "count"),
        ("officers", "FTE", "police officer headcount FTE", "count"),
        ("officers as at 31 October", "FTE", "FTE officers", "count"),
        (
            "average days lost per officer",
            "days",
            "average number of working days lost per officer",
            "days",
        ),
        ("101 calls answered", "count", "calls to 101", "count"),
        ("volume of 101 calls", "count", "calls to 101", "count"),
        ("solved rate", "%", "solved outcome rate", "%"),
        ("the solved rate", "%", "solved rate (per cent)", "%"),
        ("business burglaries", "count", "burglary business", "count"),
        ("anti-social behaviour incidents", "count", "ASB incidents", "count"),
    ],
)
def test_same_key(a: str, unit_a: str, b: str, unit_b: str) -> None:
    assert series_key(a, unit_a) == series_key(b, unit_b)


@pytest.mark.parametrize(
    ("a", "unit_a", "b", "unit_b"),
    [
        ("average days lost per officer", "days", "average days lost per staff member", "days"),
        ("101 calls", "count", "999 calls", "count"),
        ("101 calls answered", "count", "101 calls abandoned", "count"),
        ("officers", "FTE", "PCSOs", "FTE"),
        ("officers who were female", "%", "officers", "count"),
        ("solved rate", "%", "charged rate", "%"),
    ],
)
def test_different_key(a: str, unit_a: str, b: str, unit_b: str) -> None:
    assert series_key(a, unit_a) != series_key(b, unit_b)


def test_key_is_sorted_words() -> None:
    assert series_key("average days lost per officer", "days") == "average day lost officer"


@pytest.mark.parametrize(
    ("a", "b", "unit"),
    [
        ("officers citing pay/renumeration", "officers citing pay/remuneration", "%"),
        ("hate crime victims satisfied", "victims of hate crime satisfied", "%"),
        ("FTE officers", "officers (FTE)", "count"),
    ],
)
def test_same_series(a: str, b: str, unit: str) -> None:
    assert same_series(a, b, unit)


@pytest.mark.parametrize(
    ("a", "b", "unit"),
    [
        ("average days lost per officer", "average days lost per staff member", "days"),
        ("County Lines in East division", "County Lines in West Division", "count"),
        ("officers who were female", "officers who were male", "%"),
        ("domestic abuse victims satisfied", "hate crime victims satisfied", "%"),
        ("", "officers", "count"),
    ],
)
def test_not_same_series(a: str, b: str, unit: str) -> None:
    assert not same_series(a, b, unit)
