"""The chart's axes (macros/site/chart_axes.py): years laid out linearly, at most six labelled, round values."""

import datetime as dt

import pytest

from macros.site import chart_axes


def test_a_date_is_a_year_with_a_fraction():
    assert chart_axes.year_fraction(dt.date(2024, 1, 1)) == 2024.0
    assert chart_axes.year_fraction(dt.date(2023, 7, 2)) == pytest.approx(2023.5, abs=0.002)
    assert chart_axes.end_fraction(dt.date(2024, 12, 31)) == 2025.0


def test_equal_times_take_equal_widths():
    axis = chart_axes.TimeAxis.spanning(2011.0, 2026.0, 300)
    assert (axis.x(2018) - axis.x(2011)) / (axis.x(2023) - axis.x(2022)) == pytest.approx(7)


@pytest.mark.parametrize(
    ("start", "end", "labels", "ticks"),
    [
        (2011.0, 2026.0, [2015, 2020, 2025], 3),  # 15 years: a label every five
        (2014.0, 2017.0, [2014, 2015, 2016], 4),  # a label under each year, a tick at each 1 January
        (2015.0, 2026.0, [2016, 2018, 2020, 2022, 2024, 2026], 6),
        (2020.0, 2026.0, [2020, 2022, 2024, 2026], 4),
    ],
)
def test_at_most_six_years_are_labelled(start, end, labels, ticks):
    axis = chart_axes.TimeAxis.spanning(start, end, 200)
    assert [year for year, _ in axis.labels()] == labels
    assert len(axis.ticks()) == ticks <= chart_axes.MAX_TIME_TICKS


@pytest.mark.parametrize(
    ("low", "high", "expected"),
    [
        (0, 4.1, [0, 1, 2, 3, 4, 5]),
        (0.5, 3.4, [0, 0.5, 1, 1.5, 2, 2.5, 3, 3.5]),  # zero always on the axis
        (-17.5, 46.6, [-20, -10, 0, 10, 20, 30, 40, 50]),  # a fall: below zero
        (800, 1800, [0, 500, 1000, 1500, 2000]),
        (0, 0.07, [0, 0.01, 0.02, 0.03, 0.04, 0.05, 0.06, 0.07]),  # 0.07 / 0.01 = 7.000000000000001 adds no tick
        (0, 0.7, [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7]),  # 0.3, not 0.30000000000000004
        (0, 1_000_000, [0, 200_000, 400_000, 600_000, 800_000, 1_000_000]),
    ],
)
def test_the_value_axis_has_round_ticks_from_zero(low, high, expected):
    assert chart_axes.value_ticks(low, high) == expected
