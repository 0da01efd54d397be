"""The words that numbers and dates are written with, in each language: qualifiers ("about", "more
than"), magnitudes, currencies, the percent sign, measures, durations by plural category, and date
patterns. Read by formatting.py only; the rules are text.py's (keyed by language first, plain text).
"""

from __future__ import annotations

from collections.abc import Mapping

from macros.site.text_base import NBSP, NNBSP, Words, frozen_table

# Before the number: "about $2 billion". "exact" has no word.
QUALIFIER_WORDS: Words = frozen_table(
    {
        "en": {
            "exact": "",
            "about": "about",
            "almost": "almost",
            "more_than": "more than",
            "at_least": "at least",
            "less_than": "less than",
            "up_to": "up to",
        },
        "ru": {
            "exact": "",
            "about": "около",
            "almost": "почти",
            "more_than": "более",
            "at_least": "не менее",
            "less_than": "менее",
            "up_to": "до",
        },
    }
)
# After the digits of a large amount: "4.1 billion". formatting.MAGNITUDES holds the thresholds.
MAGNITUDE_WORDS: Words = frozen_table(
    {
        "en": {"billion": "billion", "million": "million", "thousand": ""},  # English writes thousands in digits
        "ru": {"billion": "млрд", "million": "млн", "thousand": "тыс."},
    }
)
# Around a currency amount, by ISO 4217 code: (before the digits, after a magnitude word, after the
# digits alone). Russian spells the currency out after «млн»/«млрд», where its case never changes
# («4,1 млрд долларов», as the notes write it), and abbreviates it after bare digits, where the case
# would follow the number («1 долл.»).
CURRENCY_WORDS: Mapping[str, Mapping[str, tuple[str, str, str]]] = frozen_table(
    {
        "en": {"USD": ("$", "", ""), "RUB": ("", "roubles", "roubles")},
        "ru": {"USD": ("", "долларов", "долл."), "RUB": ("", "рублей", "руб.")},
    }
)
# After a per cent figure, and after a difference of percentages: Russian press style, «13,6%».
PERCENT_SIGN: Mapping[str, str] = frozen_table({"en": "%", "ru": "%"})
POINTS_WORD: Mapping[str, str] = frozen_table({"en": "percentage points", "ru": f"п.{NNBSP}п."})
# After a measure (and any magnitude word), by unit id: "1.2 million tonnes".
MEASURE_WORDS: Words = frozen_table(
    {
        "en": {
            "tonnes": "tonnes",
            "tonnes_thousand": "tonnes",
            "tonnes_million": "tonnes",
            "hectares": "ha",
            "megawatts": "MW",
        },
        "ru": {"tonnes": "т", "tonnes_thousand": "т", "tonnes_million": "т", "hectares": "га", "megawatts": "МВт"},
    }
)
# After a duration, by unit id, then by the language's CLDR plural category of the number (Babel's
# `Locale.plural_form`): a language lists every category it has, and "other".
DURATION_WORDS: Mapping[str, Words] = frozen_table(
    {
        "en": {"days": {"one": "day", "other": "days"}, "years": {"one": "year", "other": "years"}},
        "ru": {
            "days": {"one": "день", "few": "дня", "many": "дней", "other": "дня"},
            "years": {"one": "год", "few": "года", "many": "лет", "other": "года"},
        },
    }
)
# Babel date patterns: a day as a label ("26 November 2025"; Russian adds "г.", or the genitive month
# reads unfinished) and a day inside a sentence, where Russian spells the year out instead.
DATE_PATTERNS: Words = frozen_table(
    {
        "en": {"day": "d MMMM y", "day_in_sentence": "d MMMM y"},
        "ru": {"day": "d MMMM y 'г'.", "day_in_sentence": "d MMMM y"},
    }
)
# An academic year as a label, from its short form '2026/27' (Russian convention and British usage alike).
ACADEMIC_YEAR_WORDS: Mapping[str, str] = frozen_table(
    {"en": "{years} academic year", "ru": "{years}" + NBSP + "учебный год"}
)
# Between the two ends of a range whose ends are word groups ('October 2020 – July 2021'): English
# sets a spaced en dash, Russian a spaced em dash («октябрь 2020 — июль 2021»), which stays on the
# line of the first end. Ranges of bare numbers ('2014–2016') take an unspaced en dash in both.
RANGE_DASH: Mapping[str, str] = frozen_table({"en": " \u2013 ", "ru": NBSP + "\u2014 "})
# A period inside a running sentence, by its kind: Russian adds the preposition and the case a label
# does without («в апреле 2014 года», «в 2014 году», «20 сентября 2012 года»); English prose writes its
# own "on" or "in" before the label form. {period} is the date without «г.», months in
# MONTHS_IN_SENTENCE, or an academic year's short form ('2026/27').
PERIOD_IN_SENTENCE: Words = frozen_table(
    {
        "en": {
            "day": "{period}",
            "month": "{period}",
            "year": "{period}",
            "years": "{period}",
            "academic_year": "{period} academic year",
        },
        "ru": {
            "day": "{period}" + NBSP + "года",
            "month": "в {period}" + NBSP + "года",
            "year": "в {period}" + NBSP + "году",
            "years": "в {period}" + NBSP + "годах",
            "academic_year": "в {period}" + NBSP + "учебном году",
        },
    }
)
# A source's date in a citation, compact: English abbreviates the month ('26 Nov 2025', 'Nov 2025');
# Russian writes it in full, as its newsrooms do ('26 ноября 2025', 'ноябрь 2025'), never «нояб.».
SHORT_DATE_PATTERNS: Words = frozen_table(
    {"en": {"day": "d MMM y", "month": "LLL y"}, "ru": {"day": "d MMMM y", "month": "LLLL y"}}
)
# A period after "for" («за»), as in "Other reports for 2024": English its label; Russian adds the word
# a bare year or month lacks («за 2024 год», «за 2014–2016 годы», «за ноябрь 2025 года»). {period} is
# the label form; a day keeps it («за 26 ноября 2025 г.»).
PERIOD_AFTER_FOR: Words = frozen_table(
    {
        "en": {"year": "{period}", "years": "{period}", "month": "{period}", "day": "{period}"},
        "ru": {
            "year": "{period}" + NBSP + "год",
            "years": "{period}" + NBSP + "годы",
            "month": "{period}" + NBSP + "года",
            "day": "{period}",
        },
    }
)
# Month names after the preposition of PERIOD_IN_SENTENCE: Russian's prepositional case («в апреле»),
# which Babel's tables do not carry; English's are its usual names.
MONTHS_IN_SENTENCE: Mapping[str, tuple[str, ...]] = frozen_table(
    {
        "en": (
            "January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December",
        ),
        "ru": (
            "январе", "феврале", "марте", "апреле", "мае", "июне",
            "июле", "августе", "сентябре", "октябре", "ноябре", "декабре",
        ),
    }
)  # fmt: skip
# After a date inside a sentence, by its precision: Russian "1 июня 2025 года", "2025 год".
DATE_IN_SENTENCE_ENDINGS: Words = frozen_table(
    {
        "en": {"day": "", "month": "", "year": ""},
        "ru": {"day": NBSP + "года", "month": NBSP + "года", "year": NBSP + "год"},
    }
)
