"""Numbers, qualifiers, periods and dates in the reader's language, with Babel.

`$4.1 billion` in English and `4,1 млрд долл. США` in Russian come from the same value: the
magnitude words are chosen here, the digits and separators by Babel for the locale. Output is
plain text; `render.py` escapes it.
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

QUALIFIER_WORDS = {
    "en": {"exact": "", "about": "about", "almost": "almost", "more_than": "more than", "at_least": "at least", "less_than": "less than",
           "up_to": "up to"},
    "ru": {"exact": "", "about": "около", "almost": "почти", "more_than": "более", "at_least": "не менее", "less_than": "менее",
           "up_to": "до"},
}
# Magnitude words, largest first: (threshold, en, ru)
MAGNITUDES = ((10**9, "billion", "млрд"), (10**6, "million", "млн"))
CURRENCY_WORDS = {"USD": {"en": ("$", ""), "ru": ("", "долл. США")},
                  "RUB": {"en": ("", "roubles"), "ru": ("", "руб.")}}
DURATION_WORDS = {"days": {"en": ("day", "days"), "ru": {"one": "день", "few": "дня", "many": "дней",
                                                        "other": "дня"}},
                  "years": {"en": ("year", "years"), "ru": {"one": "год", "few": "года", "many": "лет",
                                                           "other": "года"}}}
NBSP = "\u00a0"
EN_DASH = "\u2013"
MINUS = "\u2212"


def _number(value: Decimal, lang: str) -> str:
    text = format_decimal(value, format="#,##0.###", locale=lang)
    return text.replace("-", MINUS)


def _scaled(amount: Decimal, lang: str, thresholds=MAGNITUDES) -> tuple[str, str]:
    """Digits and magnitude word, e.g. ('4.1', 'billion'); no word below a million."""
    for threshold, en_word, ru_word in thresholds:
        if abs(amount) >= threshold:
            return _number(amount / threshold, lang), en_word if lang == "en" else ru_word
    return _number(amount, lang), ""


def format_amount(value, unit: Unit, lang: str) -> str:
    """The value with its unit, no qualifier: '$4.1 billion', '97%', '1,800', '1.2 million tonnes'."""
    amount = Decimal(str(value)) * unit.scale
    if unit.kind == "currency":
        digits, word = _scaled(amount, lang)
        prefix, suffix = CURRENCY_WORDS[unit.currency][lang]
        parts = [digits] + ([word] if word else []) + ([suffix] if suffix else [])
        return prefix + NBSP.join(parts)
    if unit.kind == "percent":
        return _number(amount, lang) + ("%" if lang == "en" else NBSP + "%")
    if unit.kind == "points":
        return _number(amount, lang) + NBSP + ("percentage points" if lang == "en" else "п.\u202fп.")
    if unit.kind == "count":
        return _number(amount, lang)
    if unit.kind == "duration":
        words = DURATION_WORDS[unit.id][lang]
        if lang == "en":
            word = words[0] if amount == 1 else words[1]
        else:
            word = words.get(Locale("ru").plural_form(amount), words["other"])
        return _number(amount, lang) + NBSP + word
    # measures: large ones get a magnitude word ("1.2 million tonnes")
    digits, word = _scaled(amount, lang)
    return NBSP.join([digits] + ([word] if word else []) + [unit.symbol[lang]])


# Formatting is pure, and the same figures, periods and publication dates recur on many pages (a
# source is cited by every figure it backs): each is formatted once per language and kept. Babel
# was half of the time spent rendering the macros. Keys hold only hashable, immutable values.
_formatted_values: dict = {}


def format_value(value, unit: Unit, qualifier: str, lang: str) -> str:
    """The figure as a reader sees it: 'about $2 billion', 'более 1 800'."""
    key = (type(value), value, unit.id, unit.scale, qualifier, lang)
    text = _formatted_values.get(key)
    if text is None:
        words = QUALIFIER_WORDS[lang][qualifier]
        amount = format_amount(value, unit, lang)
        text = _formatted_values[key] = f"{words} {amount}" if words else amount
    return text


@lru_cache(maxsize=None)
def _month_name(month: int, lang: str) -> str:
    # Stand-alone names: "январь", not the genitive "января" that a full date needs.
    return get_month_names("wide", context="stand-alone", locale=lang)[month]


# A full date: "26 November 2025"; Russian writes the year of a day as "26 ноября 2025 г.", or the
# genitive month reads unfinished.
_DAY_PATTERN = {"en": "d MMMM y", "ru": "d MMMM y 'г'."}


def _day(day: dt.date, lang: str) -> str:
    return format_date(day, _DAY_PATTERN.get(lang, "d MMMM y"), locale=lang)


def format_point_in_sentence(point: Point, lang: str) -> str:
    """A date inside a sentence: Russian spells the year out ('1 июня 2025 года', 'июнь 2025 года',
    '2025 год') where a label abbreviates it; English reads the same either way."""
    if lang != "ru":
        return format_point(point, lang)
    if point.precision == "day":
        return format_date(point.first, "d MMMM y", locale=lang) + NBSP + "года"
    return format_point(point, lang) + NBSP + ("год" if point.precision == "year" else "года")


@lru_cache(maxsize=None)
def format_point(point: Point, lang: str) -> str:
    if point.precision == "year":
        return str(point.first.year)
    if point.precision == "month":
        return f"{_month_name(point.first.month, lang)} {point.first.year}"
    return _day(point.first, lang)


@lru_cache(maxsize=None)
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


@lru_cache(maxsize=None)
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
