"""Figures, qualifiers and periods as a reader of each language sees them."""

import datetime as dt

import pytest

from macros.data.periods import Period, Point
from macros.data.units import UNITS
from macros.site.formatting import (
    format_period,
    format_period_after_for,
    format_period_in_sentence,
    format_short_date,
    format_value,
    parse_number,
)

NBSP = "\u00a0"


@pytest.mark.parametrize(
    ("value", "unit", "qualifier", "english", "russian"),
    [
        (4.1, "usd_billion", "exact", "$4.1 billion", f"4,1{NBSP}млрд{NBSP}долларов"),
        (2, "usd_billion", "almost", "almost $2 billion", f"почти 2{NBSP}млрд{NBSP}долларов"),
        (1800, "count", "about", "about 1,800", f"около 1{NBSP}800"),
        (1800, "count", "more_than", "more than 1,800", f"более 1{NBSP}800"),
        (97, "percent", "about", "about 97%", "около 97%"),
        (0.3735, "usd_billion", "exact", "$373.5 million", f"373,5{NBSP}млн{NBSP}долларов"),
        (500, "rub_million", "exact", "500 million roubles", f"500{NBSP}млн{NBSP}рублей"),
        (1.2, "tonnes_million", "exact", "1.2 million tonnes", f"1,2{NBSP}млн{NBSP}т"),
        # Round counts read as the press writes them; an exact count keeps every digit
        (1000000, "count", "more_than", "more than 1 million", f"более 1{NBSP}млн"),
        (350000, "count", "about", "about 350,000", f"около 350{NBSP}тыс."),
        (460, "tonnes_thousand", "exact", "460,000 tonnes", f"460{NBSP}тыс.{NBSP}т"),
        (408448, "count", "exact", "408,448", f"408{NBSP}448"),
        (1234567, "count", "exact", "1,234,567", f"1{NBSP}234{NBSP}567"),
        (-17.5, "percent", "exact", "\u221217.5%", "\u221217,5%"),
        (90, "days", "up_to", "up to 90 days", f"до 90{NBSP}дней"),
        (3, "years", "less_than", "less than 3 years", f"менее 3{NBSP}года"),
        (1.0, "days", "exact", "1 day", f"1{NBSP}день"),  # the plural follows the digits shown, not "1.0"
        (5, "years", "exact", "5 years", f"5{NBSP}лет"),
        (1, "usd", "exact", "$1", "1\u00a0долл."),  # no magnitude word: the abbreviation, whatever the number
    ],
)
def test_values_in_both_languages(value, unit, qualifier, english, russian):
    assert format_value(value, UNITS[unit], qualifier, "en").replace(NBSP, " ") == english.replace(NBSP, " ")
    assert format_value(value, UNITS[unit], qualifier, "ru") == russian


@pytest.mark.parametrize(
    ("text", "english", "russian"),
    [
        ("2024", "2024", "2024"),
        ("2024-05", "May 2024", "май 2024"),
        ("2025-11-26", "26 November 2025", "26 ноября 2025 г."),
        ("2025-01/2025-09", "January–September 2025", "январь–сентябрь 2025"),
        ("2025-11-25/2025-11-27", "25–27 November 2025", "25–27 ноября 2025 г."),
        ("2014/2016", "2014–2016", "2014–2016"),
        ("2026/27", "2026/27 academic year", "2026/27\u00a0учебный год"),  # not 2026–2027: a school year
        # ranges of word groups: the year once where both ends share it; Russian's spaced em dash
        ("2025-01-01/2025-04-30", "1 January – 30 April 2025", "1 января\u00a0— 30 апреля 2025 г."),
        ("2024-12-30/2025-01-02", "30 December 2024 – 2 January 2025", "30 декабря 2024 г.\u00a0— 2 января 2025 г."),
        ("2020-10/2021-07", "October 2020 – July 2021", "октябрь 2020\u00a0— июль 2021"),
    ],
)
def test_periods_in_both_languages(text, english, russian):
    period = Period.parse(text)
    assert format_period(period, "en") == english
    assert format_period(period, "ru") == russian


@pytest.mark.parametrize(
    ("text", "russian"),
    [
        ("2012-09-20", "20 сентября 2012\u00a0года"),
        ("2025-11-25/2025-11-27", "25–27 ноября 2025\u00a0года"),
        ("2014-04", "в апреле 2014\u00a0года"),
        ("2025-01/2025-09", "в январе–сентябре 2025\u00a0года"),
        ("2014", "в 2014\u00a0году"),
        ("2014/2016", "в 2014–2016\u00a0годах"),
        ("2026/27", "в 2026/27\u00a0учебном году"),
    ],
)
def test_a_period_inside_a_russian_sentence_takes_its_preposition_and_case(text, russian):
    """«Газпром» приобрёл «Кыргызгаз» в апреле 2014 года, not «апрель 2014»; English prose writes its
    own 'on' or 'in' before the label form."""
    period = Period.parse(text)
    assert format_period_in_sentence(period, "ru") == russian
    assert format_period_in_sentence(period, "en") == format_period(period, "en")


@pytest.mark.parametrize(
    ("value", "unit"), [(4.1, "usd_billion"), (1800, "count"), (96.7, "percent"), (596253, "count")]
)
def test_digits_read_back_equal_in_both_languages(value, unit):
    digits = {
        lang: format_value(value, UNITS[unit], "exact", lang).split(NBSP)[0].lstrip("$").split(" ")[0]
        for lang in ("en", "ru")
    }
    if unit == "count":
        digits = {lang: format_value(value, UNITS[unit], "exact", lang) for lang in ("en", "ru")}
    assert parse_number(digits["en"].rstrip("%"), "en") == parse_number(digits["ru"].rstrip("%"), "ru")


@pytest.mark.parametrize("lang", ["en", "ru"])
@pytest.mark.parametrize("pattern", ["d MMMM y", "d MMMM y 'г'.", "d MMM y", "LLL y", "LLLL y"])
def test_dates_are_written_as_babel_writes_them(pattern, lang):
    from babel.dates import format_date

    from macros.site.formatting import _format_date

    for month in range(1, 13):
        day = dt.date(2025, month, 9 + month)
        assert _format_date(day, pattern, lang) == format_date(day, pattern, locale=lang)


@pytest.mark.parametrize(
    ("text", "russian"),
    [
        ("2024", "2024\u00a0год"),
        ("2014/2016", "2014–2016\u00a0годы"),
        ("2025-11", "ноябрь 2025\u00a0года"),
        ("2025-01/2025-09", "январь–сентябрь 2025\u00a0года"),
        ("2025-11-27", "27 ноября 2025 г."),
        ("2026/27", "2026/27\u00a0учебный год"),
    ],
)
def test_a_period_after_for_says_year_in_russian(text, russian):
    """«Другие данные за 2024 год», not «за 2024»; English 'Other reports for 2024' keeps the label."""
    period = Period.parse(text)
    assert format_period_after_for(period, "ru") == russian
    assert format_period_after_for(period, "en") == format_period(period, "en")


@pytest.mark.parametrize(
    ("text", "english", "russian"),
    [("2025-11-26", "26 Nov 2025", "26 ноября 2025"), ("2025-03", "Mar 2025", "март 2025"), ("2012", "2012", "2012")],
)
def test_a_source_date_is_compact_in_english_and_in_full_in_russian(text, english, russian):
    """Russian writes the month in full («26 ноября 2025»), never Babel's «нояб.»."""
    point = Point.parse(text)
    assert format_short_date(point, "en") == english
    assert format_short_date(point, "ru") == russian
