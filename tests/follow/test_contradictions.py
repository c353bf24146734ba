from __future__ import annotations

import math

import pytest

from scrutiny.follow.contradictions import Quoted, bounds, contradicts


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (Quoted("77%", 77), Quoted("77.2%", 77.2)),  # one is the other rounded
        (Quoted("77.5%", 77.5), Quoted("77%", 77)),  # 77.45 to 77.5 rounds to both
        (Quoted("12,500", 12500), Quoted("12,450", 12450)),  # rounded to hundreds
        (Quoted("32,000", 32000), Quoted("31,612", 31612)),
        (Quoted("£1.2m", 1_200_000), Quoted("£1,230,000", 1_230_000)),
        (Quoted("70-80", 70), Quoted("76", 76)),  # within the range
        (Quoted("95%+", 95), Quoted("97.3%", 97.3)),
        (Quoted("nine", 9), Quoted("9", 9)),
        (Quoted("3,455.20 FTE", 3455.2), Quoted("3455.2 FTE", 3455.2)),
        (Quoted("around 32,000", 32000, measured=False), Quoted("30,500", 30500)),  # hedged
        (Quoted("3452.50 FTE", 3452.5, measured=False), Quoted("3401.71 FTE", 3401.71)),  # a goal
    ],
)
def test_agree(a: Quoted, b: Quoted) -> None:
    assert not contradicts(a, b)
    assert not contradicts(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (Quoted("12,450", 12450), Quoted("12,800", 12800)),
        (Quoted("12,450", 12450), Quoted("12,451", 12451)),  # exact counts
        (Quoted("77.2%", 77.2), Quoted("79.1%", 79.1)),
        (Quoted("7.04", 7.04), Quoted("7.1", 7.1)),
        (Quoted("£1.2m", 1_200_000), Quoted("£1.4m", 1_400_000)),
        (Quoted("300", 300), Quoted("310", 310)),  # a small whole number is exact
        (Quoted("nine", 9), Quoted("ten", 10)),
        (Quoted("8.9%", 8.9), Quoted("8.9%", -8.9)),  # a rise against a fall
    ],
)
def test_contradict(a: Quoted, b: Quoted) -> None:
    assert contradicts(a, b)
    assert contradicts(b, a)


def test_bounds_follow_the_way_the_number_is_written() -> None:
    assert bounds(Quoted("7.04", 7.04)) == pytest.approx((7.035, 7.045))
    assert bounds(Quoted("12,800", 12800)) == (12750, 12850)
    assert bounds(Quoted("300", 300)) == (299.5, 300.5)
    assert bounds(Quoted("£1.2m", 1_200_000)) == pytest.approx((1_150_000, 1_250_000))
    assert bounds(Quoted("2.4%", -2.4)) == pytest.approx((-2.45, -2.35))
    low, high = bounds(Quoted("95%+", 95))
    assert low == 94.5 and math.isinf(high)
