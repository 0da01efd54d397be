"""Numbers, qualifiers, periods and dates in the reader's language, with Babel.

`$4.1 billion` in English and `4,1 млрд долл. США` in Russian come from the same value: the
words come from `text.py`, the digits and separators from Babel for the locale. Output is plain
text; the renderers escape it (`html.escape_for_page`). The fact diff and the stale report of the
editors' commands use it too.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from functools import lru_cache

from babel import Locale
from babel.dates import format_date, get_month_names
from babel.numbers import format_decimal

from macros.data.periods import Period, Point
from macros.data.units import Unit
from macros.site.text import (
    CURRENCY_WORDS,
    DATE_IN_SENTENCE_ENDINGS,
    DATE_PATTERNS,
    DURATION_WORDS,
    MAGNITUDE_WORDS,
    MEASURE_WORDS,
    PERCENT_SIGN,
    POINTS_WORD,
    QUALIFIER_WORDS,
)

# The magnitude words, largest first: (threshold, key of text.MAGNITUDE_WORDS).
MAGNITUDES = ((10**9, "billion"), (10**6, "million"))
# Periods, dates and month names recur on every page (a source is cited by every figure it backs), and
# Babel is slow: the pure functions below keep their answers, which cuts the macros' share of a build by
# a third. The memos hold nothing but text made from immutable arguments, so they cannot carry one
# build's data into the next, and they are bounded, so `mkdocs serve` cannot grow them without end.
# (format_value kept a memo too; without it a build takes no measurably longer.)
_MEMO = 2048
NBSP = "\u00a0"
EN_DASH = "\u2013"
MINUS = "\u2212"


def _number(value: Decimal, lang: str) -> str:
    text = str(format_decimal(value, format="#,##0.###", locale=lang))
    return text.replace("-", MINUS)


def _scaled(amount: Decimal, lang: str) -> tuple[str, str]:
    """Digits and magnitude word, e.g. ('4.1', 'billion'); no word below a million."""
    for threshold, magnitude in MAGNITUDES:
        if abs(amount) >= threshold:
            return _number(amount / threshold, lang), MAGNITUDE_WORDS[lang][magnitude]
    return _number(amount, lang), ""


def format_amount(value: float, unit: Unit, lang: str) -> str:
    """The value with its unit, no qualifier: '$4.1 billion', '97%', '1,800', '1.2 million tonnes'."""
    amount = Decimal(str(value)) * unit.scale
    if unit.kind == "currency":
        digits, word = _scaled(amount, lang)
        prefix, suffix = CURRENCY_WORDS[lang][unit.currency]
        parts = [digits] + ([word] if word else []) + ([suffix] if suffix else [])
        return prefix + NBSP.join(parts)
    if unit.kind == "percent":
        return _number(amount, lang) + PERCENT_SIGN[lang]
    if unit.kind == "points":
        return _number(amount, lang) + NBSP + POINTS_WORD[lang]
    if unit.kind == "count":
        return _number(amount, lang)
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


@lru_cache(maxsize=_MEMO)
def _month_name(month: int, lang: str) -> str:
    # Stand-alone names: "январь", not the genitive "января" that a full date needs.
    return str(get_month_names("wide", context="stand-alone", locale=lang)[month])


def _day(day: dt.date, lang: str) -> str:
    return format_date(day, DATE_PATTERNS[lang]["day"], locale=lang)


def format_point_in_sentence(point: Point, lang: str) -> str:
    """A date inside a sentence: Russian spells the year out ('1 июня 2025 года', 'июнь 2025 года',
    '2025 год') where a label abbreviates it; English reads the same either way."""
    ending = DATE_IN_SENTENCE_ENDINGS[lang][point.precision]
    if point.precision == "day":
        return format_date(point.first, DATE_PATTERNS[lang]["day_in_sentence"], locale=lang) + ending
    return format_point(point, lang) + ending


@lru_cache(maxsize=_MEMO)
def format_point(point: Point, lang: str) -> str:
    if point.precision == "year":
        return str(point.first.year)
    if point.precision == "month":
        return f"{_month_name(point.first.month, lang)} {point.first.year}"
    return _day(point.first, lang)


@lru_cache(maxsize=_MEMO)
def format_period(period: Period, lang: str) -> str:
    """'2024', 'May 2024', '26 November 2025', 'January–September 2025', '2014–2016'."""
    if period.end is None:
        return format_point(period.start, lang)
    start, end = period.start.first, period.end.first
    if period.precision == "year":
        return f"{start.year}{EN_DASH}{end.year}"
    if period.precision == "month":
        if start.year == end.year:
            return f"{_month_name(start.month, lang)}{EN_DASH}{_month_name(end.month, lang)} {end.year}"
        return f"{format_point(period.start, lang)} {EN_DASH} {format_point(period.end, lang)}"
    if start.year == end.year and start.month == end.month:
        return f"{start.day}{EN_DASH}{_day(end, lang)}"
    return f"{format_point(period.start, lang)} {EN_DASH} {format_point(period.end, lang)}"


@lru_cache(maxsize=_MEMO)
def format_short_date(point: Point | None, lang: str) -> str:
    """A source's publication date, compact: '26 Nov 2025', 'Nov 2025', '2012'; '' when undated."""
    if point is None:
        return ""
    if point.precision == "day":
        return format_date(point.first, "d MMM y", locale=lang)
    if point.precision == "month":
        return format_date(point.first, "LLL y", locale=lang)
    return str(point.first.year)


def format_long_date(day: dt.date, lang: str) -> str:
    return _day(day, lang)


def parse_number(text: str, lang: str) -> Decimal:
    """Read back the digits of a formatted figure (tests use it to compare languages)."""
    from babel.numbers import parse_decimal

    return parse_decimal(text.replace(MINUS, "-").replace(NBSP, "").replace("\u202f", ""), locale=lang, strict=False)
