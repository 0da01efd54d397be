"""Periods as editors write them, and the messages for impossible ones."""

import datetime as dt

import pytest

from macros.data.periods import Period, PeriodError, PeriodParser


@pytest.mark.parametrize(
    ("text", "first", "last", "precision"),
    [
        ("2024", dt.date(2024, 1, 1), dt.date(2024, 12, 31), "year"),
        ("2024-02", dt.date(2024, 2, 1), dt.date(2024, 2, 29), "month"),
        ("2025-11-26", dt.date(2025, 11, 26), dt.date(2025, 11, 26), "day"),
        ("2025-01/2025-09", dt.date(2025, 1, 1), dt.date(2025, 9, 30), "month"),
        ("2014/2016", dt.date(2014, 1, 1), dt.date(2016, 12, 31), "year"),
        ("2025-11-25/2025-11-27", dt.date(2025, 11, 25), dt.date(2025, 11, 27), "day"),
        ("2026/27", dt.date(2026, 1, 1), dt.date(2027, 12, 31), "year"),
        ("2099/00", dt.date(2099, 1, 1), dt.date(2100, 12, 31), "year"),
    ],
)
def test_valid_periods(text, first, last, precision):
    period = Period.parse(text)
    assert (period.first, period.last, period.precision, period.text) == (first, last, precision, text)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "2024-13",
            "'2024-13' is not a period: there is no month 13; expected YYYY, YYYY-MM, YYYY-MM-DD, a range "
            "START/END such as '2025-01/2025-09' or an academic year such as '2026/27'",
        ),
        (
            "2023-02-29",
            "'2023-02-29' is not a date: February 2023 has 28 days; expected YYYY, YYYY-MM, YYYY-MM-DD, "
            "a range START/END such as '2025-01/2025-09' or an academic year such as '2026/27'",
        ),
        (
            "Q1 2024",
            "'Q1 2024' is not a period; expected YYYY, YYYY-MM, YYYY-MM-DD, a range START/END such as "
            "'2025-01/2025-09' or an academic year such as '2026/27'",
        ),
        ("2026/28", "'2026/28' is not an academic year: it ends in the year after it starts; expected '2026/27'"),
        ("2025-09/2025-01", "'2025-09/2025-01' ends before it starts; expected START/END in order"),
        ("2024/2024-05", "'2024/2024-05' mixes a year and a month; expected both ends alike"),
    ],
)
def test_impossible_periods_explain_themselves(text, message):
    with pytest.raises(PeriodError) as error:
        Period.parse(text)
    assert str(error.value) == message


def test_an_academic_year_is_told_apart_from_two_calendar_years():
    academic, calendar_years = Period.parse("2026/27"), Period.parse("2026/2027")
    assert academic.academic_year
    assert not calendar_years.academic_year
    assert (academic.first, academic.last) == (calendar_years.first, calendar_years.last)
    assert academic != calendar_years  # two periods: their reports are never compared with each other


def test_a_parser_reads_each_text_once_and_shares_the_period():
    parser = PeriodParser()
    first, again = parser.parse("2024"), parser.parse("2024")
    assert first is again
    assert first == Period.parse("2024")
    assert PeriodParser().parse("2024") is not first  # each load has its own: nothing outlives it


def test_a_parser_explains_impossible_periods_as_parse_does():
    with pytest.raises(PeriodError) as error:
        PeriodParser().parse(2024)
    assert str(error.value) == (
        "2024 is not a period; expected quoted text in the form YYYY, YYYY-MM, YYYY-MM-DD, a range START/END "
        "such as '2025-01/2025-09' or an academic year such as '2026/27'"
    )
