"""Periods and dates as editors write them: '2024', '2024-05', '2025-11-26', 'START/END', or '2026/27'.

A period says what a figure refers to (a year, a month, a day, a range such as Jan–Sep 2025,
written '2025-01/2025-09', or an academic year, written as schools write it: '2026/27'). It is
parsed here, compared by its first and last day, and formatted per language in
`macros/site/formatting.py`. The data loader parses through one `PeriodParser` per load.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal

Precision = Literal["year", "month", "day"]

PERIOD_FORMS = (
    "YYYY, YYYY-MM, YYYY-MM-DD, a range START/END such as '2025-01/2025-09' or an academic year such as '2026/27'"
)
UNDATED = "undated"  # an observation whose source gives no period: shown "undated, reported <date>", never charted
_POINT = re.compile(r"(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?")
# An academic (school) year: its first calendar year and the last two digits of the next, '2026/27'.
# Written apart from a range of two calendar years ('2026/2027'), which readers read differently.
_ACADEMIC_YEAR = re.compile(r"(?P<first>\d{4})/(?P<next>\d{2})")


class PeriodError(ValueError):
    """The text is not a period; the message says why, for an editor."""


@dataclass(frozen=True, order=True)
class Point:
    """One year, month or day: `precision` is 'year', 'month' or 'day'."""

    first: dt.date
    last: dt.date
    precision: Precision
    text: str

    @classmethod
    def parse(cls, text: str) -> Point:
        match = _POINT.fullmatch(text)
        if not match:
            raise PeriodError(f"{text!r} is not a period; expected {PERIOD_FORMS}")
        year = int(match["year"])
        if match["month"] is None:
            return cls(dt.date(year, 1, 1), dt.date(year, 12, 31), "year", text)
        month = int(match["month"])
        if not 1 <= month <= 12:
            raise PeriodError(f"{text!r} is not a period: there is no month {month}; expected {PERIOD_FORMS}")
        last_day = calendar.monthrange(year, month)[1]
        if match["day"] is None:
            return cls(dt.date(year, month, 1), dt.date(year, month, last_day), "month", text)
        day = int(match["day"])
        if not 1 <= day <= last_day:
            raise PeriodError(
                f"{text!r} is not a date: {calendar.month_name[month]} {year} has {last_day} days; "
                f"expected {PERIOD_FORMS}"
            )
        return cls(dt.date(year, month, day), dt.date(year, month, day), "day", text)


@dataclass(frozen=True, order=True)
class Period:
    """A point, or a range of two points of the same precision (`end` is None for a point). An
    academic year is the range of its two calendar years, marked `academic_year`: it is compared and
    charted as that range, and written '2026/27'."""

    start: Point
    end: Point | None = None
    academic_year: bool = False

    @classmethod
    def parse(cls, text: object) -> Period:
        if not isinstance(text, str):
            raise PeriodError(f"{text!r} is not a period; expected quoted text in the form {PERIOD_FORMS}")
        text = text.strip()
        if "/" not in text:
            return cls(Point.parse(text))
        academic = _ACADEMIC_YEAR.fullmatch(text)
        if academic:
            return cls._academic_year(text, int(academic["first"]), int(academic["next"]))
        start_text, _, end_text = text.partition("/")
        start, end = Point.parse(start_text), Point.parse(end_text)
        if start.precision != end.precision:
            raise PeriodError(f"{text!r} mixes a {start.precision} and a {end.precision}; expected both ends alike")
        if end.first <= start.first:
            raise PeriodError(f"{text!r} ends before it starts; expected START/END in order")
        return cls(start, end)

    @classmethod
    def _academic_year(cls, text: str, first: int, next_digits: int) -> Period:
        expected = f"{first}/{(first + 1) % 100:02d}"
        if next_digits != (first + 1) % 100:
            raise PeriodError(
                f"{text!r} is not an academic year: it ends in the year after it starts; expected {expected!r}"
            )
        return cls(Point.parse(str(first)), Point.parse(str(first + 1)), academic_year=True)

    @classmethod
    def undated(cls) -> Period:
        """The period of a figure whose source gives none. It sorts before every dated period, and lies in no
        future; charts and series leave it out (`model.Fact.periods`)."""
        return cls(Point(dt.date.min, dt.date.min, "year", UNDATED))

    @property
    def is_undated(self) -> bool:
        return self.start.text == UNDATED

    @property
    def first(self) -> dt.date:
        return self.start.first

    @property
    def last(self) -> dt.date:
        return (self.end or self.start).last

    @property
    def precision(self) -> Precision:
        return self.start.precision

    @property
    def text(self) -> str:
        if self.end is None:
            return self.start.text
        if self.academic_year:
            return f"{self.start.text}/{self.end.text[-2:]}"
        return f"{self.start.text}/{self.end.text}"

    def __str__(self) -> str:
        return self.text


class PeriodParser:
    """Parses periods for one load of the data, reading each distinct text once.

    The same few periods ("2024", "2025-11-26") recur through the data: the observations of one period
    then share one (immutable) Period, which also compares faster. The cache lives as long as the
    parser, so nothing outlives the load that created it."""

    def __init__(self) -> None:
        self._parsed: dict[str, Period] = {}

    def parse(self, text: object) -> Period:
        if not isinstance(text, str):
            return Period.parse(text)  # raises the editor's message
        parsed = self._parsed.get(text)
        if parsed is None:
            parsed = self._parsed[text] = Period.parse(text)
        return parsed
