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
            "'2024-13' is not a period: there is no month 13; expected YYYY, YYYY-MM, YYYY-MM-DD or a range "
            "START/END such as '2025-01/2025-09'",
        ),
        (
            "2023-02-29",
            "'2023-02-29' is not a date: February 2023 has 28 days; expected YYYY, YYYY-MM, YYYY-MM-DD or "
            "a range START/END such as '2025-01/2025-09'",
        ),
        (
            "Q1 2024",
            "'Q1 2024' is not a period; expected YYYY, YYYY-MM, YYYY-MM-DD or a range START/END such as "
            "'2025-01/2025-09'",
        ),
        ("2025-09/2025-01", "'2025-09/2025-01' ends before it starts; expected START/END in order"),
        ("2024/2024-05", "'2024/2024-05' mixes a year and a month; expected both ends alike"),
    ],
)
def test_impossible_periods_explain_themselves(text, message):
    with pytest.raises(PeriodError) as error:
        Period.parse(text)
    assert str(error.value) == message


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
        "2024 is not a period; expected quoted text in the form YYYY, YYYY-MM, YYYY-MM-DD or a range START/END "
        "such as '2025-01/2025-09'"
    )
