"""The two axes of a chart: time along x, linear in days, and round values up y.

`chart_series.py` places each figure in time with `year_fraction`; `charts.py` draws with a `TimeAxis`
and the value ticks. Nothing here draws: tests check the arithmetic without reading SVG.

Time is counted in years as fractions (1 July 2024 ≈ 2024.5), so the distance between two dates on
the page is proportional to the time between them: seven years from 2011 to 2018 take seven times the
width of the one year from 2022 to 2023, and a gap in the reports shows as a gap.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

MAX_TIME_TICKS = 6  # more year labels than this do not fit a phone's width without turning
YEAR_STEPS = (1, 2, 5, 10, 20, 25, 50)  # years between two labelled ticks, the smallest that fits is taken
VALUE_TICKS = 5  # about this many steps on the value axis


def year_fraction(day: dt.date) -> float:
    """The start of `day` as a year with a fraction: 1 January 2024 is 2024.0, 2 July 2024 is 2024.5."""
    start = dt.date(day.year, 1, 1)
    days_in_year = (dt.date(day.year + 1, 1, 1) - start).days
    return day.year + (day - start).days / days_in_year


def end_fraction(last_day: dt.date) -> float:
    """The end of `last_day` (the start of the next day) as a year with a fraction: 31 December 2024 is 2025.0."""
    return year_fraction(last_day + dt.timedelta(days=1))


@dataclass(frozen=True)
class TimeAxis:
    """Whole years from `first_year` to `end_year` (exclusive) laid over `width` pixels."""

    first_year: int
    end_year: int
    width: float

    @classmethod
    def spanning(cls, start: float, end: float, width: float) -> TimeAxis:
        """The axis of whole years that holds every time from `start` to `end` (years with fractions)."""
        first = math.floor(start)
        return cls(first, max(math.ceil(end), first + 1), width)

    def x(self, year: float) -> float:
        """The horizontal position of a time given as a year with a fraction."""
        return (year - self.first_year) / (self.end_year - self.first_year) * self.width

    @property
    def step(self) -> int:
        """Years between two labelled ticks: every year if at most six fit, else the smallest round step."""
        years = self.end_year - self.first_year
        return next((step for step in YEAR_STEPS if years // step + 1 <= MAX_TIME_TICKS), YEAR_STEPS[-1])

    def labels(self) -> list[tuple[int, float]]:
        """(year, x) of each year label. With a step of one, a label stands in the middle of its year,
        under the figures for that year; with a longer step, under the tick on 1 January."""
        if self.step == 1:
            return [(year, self.x(year + 0.5)) for year in range(self.first_year, self.end_year)]
        first = math.ceil(self.first_year / self.step) * self.step
        return [(year, self.x(year)) for year in range(first, self.end_year + 1, self.step)]

    def ticks(self) -> list[float]:
        """The x of each tick mark on 1 January: every year with a step of one, else each labelled year."""
        if self.step == 1:
            return [self.x(year) for year in range(self.first_year, self.end_year + 1)]
        return [x for _, x in self.labels()]


def value_ticks(low: float, high: float, count: int = VALUE_TICKS) -> list[float]:
    """Round values for the value axis, from zero (or below `low`) to `high` (or above): about `count`
    steps of 1, 2 or 5 × 10^n, e.g. 0, 1, 2, 3, 4, 5 for figures up to 4.1 (the steps d3 and Vega take)."""
    low, high = min(low, 0), max(high, 0)
    if low == high:
        high = 1
    raw = (high - low) / count
    exponent = math.floor(math.log10(raw))
    error = raw / 10**exponent
    mantissa = 10 if error >= math.sqrt(50) else 5 if error >= math.sqrt(10) else 2 if error >= math.sqrt(2) else 1
    if mantissa == 10:
        mantissa, exponent = 1, exponent + 1
    step = mantissa * 10**exponent  # an int when whole, so that labels read "1,000", not "1,000.0"
    digits = max(0, -exponent)
    # A tolerance for float division, so that 0.3 / 0.1 = 2.9999… adds no tick.
    first, last = math.floor(low / step + 1e-9), math.ceil(high / step - 1e-9)
    return [round(k * step, digits) if digits else k * step for k in range(first, last + 1)]
