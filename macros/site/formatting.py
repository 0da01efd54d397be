"""Numbers, qualifiers, periods and dates in the reader's language, with Babel.

`$4.1 billion` in English and `4,1 млрд долл. США` in Russian come from the same value: the
words come from `text.py`, the digits and separators from Babel for the locale. Output is plain
text; the renderers escape it (`html.escape_for_page`). The fact diff and the stale report of the
editors' commands use it too.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from decimal import Decimal
from types import MappingProxyType
from typing import Literal

from babel import Locale
from babel.dates import get_month_names
from babel.numbers import format_decimal

from macros.data.periods import Period, Point
from macros.data.units import Unit
from macros.site.formatting_text import (
    ACADEMIC_YEAR_WORDS,
    RANGE_DASH,
    CURRENCY_WORDS,
    DATE_IN_SENTENCE_ENDINGS,
    DATE_PATTERNS,
    DURATION_WORDS,
    MAGNITUDE_WORDS,
    MEASURE_WORDS,
    MONTHS_IN_SENTENCE,
    PERIOD_AFTER_FOR,
    PERIOD_IN_SENTENCE,
    SHORT_DATE_PATTERNS,
    PERCENT_SIGN,
    POINTS_WORD,
    QUALIFIER_WORDS,
)
from macros.site.text_base import LANGUAGES

# The magnitude words, largest first: (threshold, key of text.MAGNITUDE_WORDS). A language whose word
# for one is empty (English, for thousands) writes those amounts in digits.
MAGNITUDES = ((10**9, "billion"), (10**6, "million"), (10**3, "thousand"))
# Russian news style writes round thousands with «тыс.» («350 тыс.», «460 тыс. т») from five digits on;
# a four-digit number is written whole («1800»), and so is any amount that is not whole thousands.
THOUSANDS_FROM = 10**4
# Month names for every language of the site, read from Babel once at import: dates recur on every
# page (a source is cited by every figure it backs), and asking Babel for each one was a third of the
# macros' share of a build. A constant table, not a cache: nothing here changes during or between builds.
# Each language's names by Babel's pattern letter: MMMM and MMM are the forms inside a date
# ("26 ноября"), LLLL and LLL stand alone ("ноябрь 2025").
_MONTH_FORMS: tuple[tuple[str, Literal["wide", "abbreviated"], Literal["format", "stand-alone"]], ...] = (
    ("MMMM", "wide", "format"),
    ("MMM", "abbreviated", "format"),
    ("LLLL", "wide", "stand-alone"),
    ("LLL", "abbreviated", "stand-alone"),
)


def _month_names_of(lang: str) -> Mapping[str, tuple[str, ...]]:
    names = {
        letters: tuple(str(get_month_names(width, context=context, locale=lang)[month]) for month in range(1, 13))
        for letters, width, context in _MONTH_FORMS
    }
    return MappingProxyType(names)


_MONTH_NAMES: Mapping[str, Mapping[str, tuple[str, ...]]] = MappingProxyType(
    {lang: _month_names_of(lang) for lang in LANGUAGES}
)
# The parts of a date pattern this module writes: a day, a month name, a year, or a quoted literal.
_PATTERN_PART = re.compile(r"'([^']*)'|(d|MMMM|MMM|LLLL|LLL|y)")


def _format_date(day: dt.date, pattern: str, lang: str) -> str:
    """`day` written with a CLDR date pattern (only the letters d, MMMM, MMM, LLLL, LLL and y), as
    babel.dates.format_date writes it (tests/test_formatting.py holds the two equal)."""

    def part(match: re.Match[str]) -> str:
        literal, letters = match.groups()
        if letters is None:
            return literal
        if letters == "d":
            return str(day.day)
        if letters == "y":
            return str(day.year)
        return _MONTH_NAMES[lang][letters][day.month - 1]

    return _PATTERN_PART.sub(part, pattern)


NBSP = "\u00a0"
EN_DASH = "\u2013"
MINUS = "\u2212"


def _number(value: Decimal, lang: str) -> str:
    text = str(format_decimal(value, format="#,##0.###", locale=lang))
    return text.replace("-", MINUS)


def _scaled(amount: Decimal, lang: str, round_only: bool = False) -> tuple[str, str]:
    """Digits and magnitude word, e.g. ('4.1', 'billion'), ('350', 'тыс.'); ('408,448', '') where no
    word fits. `round_only` (a count): millions only when they are round to a tenth ('1.2 million'),
    so that an exact count keeps every digit."""
    words = MAGNITUDE_WORDS[lang]
    for threshold, magnitude in MAGNITUDES:
        scaled = amount / threshold
        if not words[magnitude] or abs(amount) < threshold:
            continue
        if magnitude == "thousand" and (abs(amount) < THOUSANDS_FROM or scaled != scaled.to_integral_value()):
            break
        if round_only and scaled != scaled.quantize(Decimal("0.1")):
            break
        return _number(scaled, lang), words[magnitude]
    return _number(amount, lang), ""


def format_amount(value: float, unit: Unit, lang: str) -> str:
    """The value with its unit, no qualifier: '$4.1 billion', '97%', '1,800', '1.2 million tonnes'."""
    amount = Decimal(str(value)) * unit.scale
    if unit.kind == "currency":
        digits, word = _scaled(amount, lang)
        prefix, after_magnitude, after_digits = CURRENCY_WORDS[lang][unit.currency]
        suffix = after_magnitude if word else after_digits
        parts = [digits] + ([word] if word else []) + ([suffix] if suffix else [])
        return prefix + NBSP.join(parts)
    if unit.kind == "percent":
        return _number(amount, lang) + PERCENT_SIGN[lang]
    if unit.kind == "points":
        return _number(amount, lang) + NBSP + POINTS_WORD[lang]
    if unit.kind == "count":
        digits, word = _scaled(amount, lang, round_only=True)
        return NBSP.join([digits] + ([word] if word else []))
    if unit.kind == "duration":
        return _number(amount, lang) + NBSP + _duration_word(amount, unit, lang)
    # measures: large ones get a magnitude word ("1.2 million tonnes")
    digits, word = _scaled(amount, lang)
    return NBSP.join([digits] + ([word] if word else []) + [MEASURE_WORDS[lang][unit.id]])


def _duration_word(amount: Decimal, unit: Unit, lang: str) -> str:
    """'day' or 'days', 'день', 'дня' or 'дней': the word for the number as it is shown."""
    words = DURATION_WORDS[lang][unit.id]
    # The plural follows the digits shown, so 1.0 day reads as 1 day (CLDR counts the written decimals).
    shown = amount.to_integral_value() if amount == amount.to_integral_value() else amount
    return str(words.get(Locale(lang).plural_form(shown), words["other"]))


def format_value(value: float, unit: Unit, qualifier: str, lang: str) -> str:
    """The figure as a reader sees it: 'about $2 billion', 'более 1 800'."""
    words = QUALIFIER_WORDS[lang][qualifier]
    amount = format_amount(value, unit, lang)
    return f"{words} {amount}" if words else amount


def _month_name(month: int, lang: str) -> str:
    # Stand-alone names: "январь", not the genitive "января" that a full date needs.
    return _MONTH_NAMES[lang]["LLLL"][month - 1]


def _day(day: dt.date, lang: str) -> str:
    return _format_date(day, DATE_PATTERNS[lang]["day"], lang)


def format_point_in_sentence(point: Point, lang: str) -> str:
    """A date inside a sentence: Russian spells the year out ('1 июня 2025 года', 'июнь 2025 года',
    '2025 год') where a label abbreviates it; English reads the same either way."""
    ending = DATE_IN_SENTENCE_ENDINGS[lang][point.precision]
    if point.precision == "day":
        return _format_date(point.first, DATE_PATTERNS[lang]["day_in_sentence"], lang) + ending
    return format_point(point, lang) + ending


def format_point(point: Point, lang: str) -> str:
    if point.precision == "year":
        return str(point.first.year)
    if point.precision == "month":
        return f"{_month_name(point.first.month, lang)} {point.first.year}"
    return _day(point.first, lang)


def format_period(period: Period, lang: str) -> str:
    """'2024', 'May 2024', '26 November 2025', 'January–September 2025', '2014–2016', '2026/27
    academic year', '1 January – 30 April 2025'; Russian «октябрь 2020 — июль 2021»."""
    if period.end is None:
        return format_point(period.start, lang)
    if period.academic_year:
        return ACADEMIC_YEAR_WORDS[lang].format(years=period.text)
    start, end = period.start.first, period.end.first
    if period.precision == "year":
        return f"{start.year}{EN_DASH}{end.year}"
    if period.precision == "month":
        if start.year == end.year:
            return f"{_month_name(start.month, lang)}{EN_DASH}{_month_name(end.month, lang)} {end.year}"
        return format_point(period.start, lang) + RANGE_DASH[lang] + format_point(period.end, lang)
    if start.year == end.year and start.month == end.month:
        return f"{start.day}{EN_DASH}{_day(end, lang)}"
    if start.year == end.year:  # the year once: '1 January – 30 April 2025', «1 января — 30 апреля 2025 г.»
        return _format_date(start, "d MMMM", lang) + RANGE_DASH[lang] + _day(end, lang)
    return format_point(period.start, lang) + RANGE_DASH[lang] + format_point(period.end, lang)


def format_period_in_sentence(period: Period, lang: str) -> str:
    """A period inside a running sentence. Russian adds preposition and case: «20 сентября 2012 года»,
    «25–27 ноября 2025 года», «в апреле 2014 года», «в январе–сентябре 2025 года», «в 2014 году»,
    «в 2014–2016 годах», «в 2026/27 учебном году». English keeps the label form ('April 2014'), after
    the prose's own "on" or "in". A range that runs across months or years keeps its label form."""
    patterns = PERIOD_IN_SENTENCE[lang]
    if period.academic_year:
        return patterns["academic_year"].format(period=period.text)
    start, end = period.first, (period.end or period.start).first
    ranged = period.end is not None
    if period.precision == "day" and not (ranged and (start.year, start.month) != (end.year, end.month)):
        days = f"{start.day}{EN_DASH}" if ranged else ""
        return patterns["day"].format(period=days + _format_date(end, DATE_PATTERNS[lang]["day_in_sentence"], lang))
    if period.precision == "month" and start.year == end.year:
        months = MONTHS_IN_SENTENCE[lang]
        names = months[start.month - 1] + (f"{EN_DASH}{months[end.month - 1]}" if ranged else "")
        return patterns["month"].format(period=f"{names} {end.year}")
    if period.precision == "year":
        years = f"{start.year}{EN_DASH}{end.year}" if ranged else str(start.year)
        return patterns["years" if ranged else "year"].format(period=years)
    return format_period(period, lang)


def format_period_after_for(period: Period, lang: str) -> str:
    """A period after "for": 'Other reports for 2024', «Другие данные за 2024 год», «за ноябрь 2025
    года», «за 2014–2016 годы»; an academic year as its label («за 2026/27 учебный год»)."""
    label = format_period(period, lang)
    if period.academic_year:
        return label
    ranged_years = period.precision == "year" and period.end is not None
    return PERIOD_AFTER_FOR[lang]["years" if ranged_years else period.precision].format(period=label)


def format_short_date(point: Point | None, lang: str) -> str:
    """A source's publication date, compact: '26 Nov 2025', 'Nov 2025', '2012', «26 ноября 2025»; ''
    when undated."""
    if point is None:
        return ""
    if point.precision == "year":
        return str(point.first.year)
    return _format_date(point.first, SHORT_DATE_PATTERNS[lang][point.precision], lang)


def format_long_date(day: dt.date, lang: str) -> str:
    return _day(day, lang)


def parse_number(text: str, lang: str) -> Decimal:
    """Read back the digits of a formatted figure (tests use it to compare languages)."""
    from babel.numbers import parse_decimal

    return parse_decimal(text.replace(MINUS, "-").replace(NBSP, "").replace("\u202f", ""), locale=lang, strict=False)
