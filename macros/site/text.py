"""Every word the site shows a reader, in each language: the one place to translate the interface.

Each table is keyed by language first, so a translator copies the English block and translates it;
adding a language is a new block in each table here (and the data's own translations), nothing else.
`tests/test_text.py` fails if a language lacks a key that English has, or if a unit has no axis
title, so no table can drift from another.

The renderers (`html.py`, `sections.py`, `charts.py`, `citation.py`, `edit_links.py`), the number
formatting (`formatting.py`), the macro reference (`page_macros.py`) and the MkDocs glue
(`mkdocs_plugin.py`, for the ¶ link's title) read these tables; none keeps words of its own. Text is
plain: the renderers escape it. The column documentation of the downloads is not here: it describes
the data files, and lives beside their columns in `downloads.py`.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

NBSP = "\u00a0"
NNBSP = "\u202f"  # narrow no-break space: Russian "п. п." keeps its two letters together

LANGUAGES = ("en", "ru")  # the editions mkdocs.yml builds; tests/test_text.py holds the two lists together
DEFAULT_LANGUAGE = "en"
Words = Mapping[str, Mapping[str, str]]  # language -> key -> text


def _frozen(table: Mapping[str, Any]) -> Mapping[str, Any]:
    """The table and every table inside it as read-only mappings: interface text is a constant."""
    return MappingProxyType(
        {key: _frozen(value) if isinstance(value, Mapping) else value for key, value in table.items()}
    )


# Labels of the figures, tables, the sources list and the downloads list (sections.py, html.py).
PAGE_WORDS: Words = _frozen(
    {
        "en": {
            "according_to": "according to",
            "source": "source",
            "source_col": "Source",
            "period": "Period",
            "figure": "Figure",
            "stated_by": "Stated by",
            "note": "Note",
            "fact": "Fact",
            "date": "Date",
            "event": "Event",
            "planned": "planned",
            "other_reports": "Other reports for",
            "see_table": "(every source in the table)",
            "other_dates": "Other sources give",
            "undated": "undated",
            "inferred": "date inferred",
            "open_original": "open the original page",
            "no_address": "no web address preserved",
            "cited_by": "Cited by",
            "language": "language",
            "via": "via",
            "quote": "Quote",
            "gloss": "gloss",
            "all_reports": "All reported values",
            "area": "Area",
            "column": "Column",
            "holds": "What it holds",
            "built": "These files were built on",
            "from_commit": "from commit",
            "commit_unknown": "the commit is not known to this build",
        },
        "ru": {
            "according_to": "данные приводит",
            "source": "источник",
            "source_col": "Источник",
            "period": "Период",
            "figure": "Значение",
            "stated_by": "Кто заявил",
            "note": "Примечание",
            "fact": "Показатель",
            "date": "Дата",
            "event": "Событие",
            "planned": "запланировано",
            "other_reports": "Другие данные за",
            "see_table": "(все источники — в таблице)",
            "other_dates": "Другие источники называют",
            "undated": "без даты",
            "inferred": "дата установлена по контексту",
            "open_original": "открыть исходную страницу",
            "no_address": "веб-адрес не сохранился",
            "cited_by": "На него ссылаются",
            "language": "язык",
            "via": "через",
            "quote": "Цитата",
            "gloss": "перевод",
            "all_reports": "Все приведённые значения",
            "area": "Раздел",
            "column": "Столбец",
            "holds": "Что содержит",
            "built": "Файлы собраны",
            "from_commit": "из коммита",
            "commit_unknown": "коммит сборке неизвестен",
        },
    }
)

# The charts' legend, accessible name and the notes under each chart (charts.py).
CHART_WORDS: Mapping[str, Mapping[str, Any]] = _frozen(
    {
        "en": {
            "reported_by": "Reported by",
            "sides": {
                "russia": "Russian side",
                "kyrgyzstan": "Kyrgyz side",
                "other": "Other body",
                "publisher": "The publication (no speaker named)",
            },
            "chart": "Chart",
            "in": "in",
            "table_follows": "The same numbers, with their sources, are in the table below.",
            "other_spans": "Outlined, lighter bars cover a span other than one calendar year ({periods}); "
            "they are not directly comparable with full-year figures.",
            "mixed_spans": "The periods under the bars differ in length; compare the bars with care.",
            "side_by_side": "Where sources give different figures for the same period, the bars stand side by "
            "side, coloured by the side that reported them; the table names who.",
            "qualified": "Bars stop at the number stated; where a source says “about”, “more than” or the like, "
            "the table gives its wording.",
            "planned": "These figures are targets or plans.",
        },
        "ru": {
            "reported_by": "Кто сообщил",
            "sides": {
                "russia": "Российская сторона",
                "kyrgyzstan": "Киргизская сторона",
                "other": "Другие",
                "publisher": "Издание (без ссылки на кого-либо)",
            },
            "chart": "Диаграмма",
            "in": "ед. изм.:",
            "table_follows": "Те же числа с источниками приведены в таблице ниже.",
            "other_spans": "Контурные светлые столбцы относятся не к календарному году ({periods}); "
            "их нельзя напрямую сравнивать с годовыми значениями.",
            "mixed_spans": "Периоды под столбцами разной длины; сравнивайте столбцы с осторожностью.",
            "side_by_side": "Если источники приводят разные значения за один период, столбцы стоят рядом, "
            "цвет показывает, чья сторона сообщила значение; кто именно — в таблице.",
            "qualified": "Столбец доходит до названного числа; если источник пишет «около», «более» и т. п., "
            "формулировка приведена в таблице.",
            "planned": "Это плановые или целевые значения.",
        },
    }
)

# The title along a chart's value axis, one per unit in macros/data/units.py (charts.py).
AXIS_TITLES: Words = _frozen(
    {
        "en": {
            "usd": "US dollars",
            "usd_million": "million US dollars",
            "usd_billion": "billion US dollars",
            "rub_million": "million roubles",
            "rub_billion": "billion roubles",
            "percent": "per cent",
            "percentage_points": "percentage points",
            "count": "number",
            "tonnes": "tonnes",
            "tonnes_thousand": "thousand tonnes",
            "tonnes_million": "million tonnes",
            "hectares": "hectares",
            "megawatts": "megawatts",
            "days": "days",
            "years": "years",
        },
        "ru": {
            "usd": "долл. США",
            "usd_million": "млн долл. США",
            "usd_billion": "млрд долл. США",
            "rub_million": "млн руб.",
            "rub_billion": "млрд руб.",
            "percent": "%",
            "percentage_points": "п. п.",
            "count": "количество",
            "tonnes": "т",
            "tonnes_thousand": "тыс. т",
            "tonnes_million": "млн т",
            "hectares": "га",
            "megawatts": "МВт",
            "days": "дни",
            "years": "годы",
        },
    }
)

# "Cite this page" (citation.py). {site}, {title}, {date}, {url} and {path} are filled in there.
CITATION_WORDS: Words = _frozen(
    {
        "en": {
            "heading": "Cite this page",
            "citation": "{site}. “{title}”. Data last changed {date}. {url}",
            "citation_undated": "{site}. “{title}”. {url}",
            "commit": "The date is that of the latest recorded change to this page's data file, {path}.",
            "sources": "The date is the newest publication date among the sources this page cites, because "
            "the history of its data file, {path}, was not available to this build (or the file had "
            "unrecorded changes).",
            "none": "No date is given: neither the history of {path} nor a dated source was available.",
            "no_site_url": "This build does not know the site's public address, so the citation ends with the "
            "page's path; put the address from your browser in its place.",
        },
        "ru": {
            "heading": "Как цитировать эту страницу",
            "citation": "{site}. «{title}». Данные изменены: {date}. {url}",
            "citation_undated": "{site}. «{title}». {url}",
            "commit": "Дата — последнего зафиксированного изменения файла данных этой страницы, {path}.",
            "sources": "Дата — самая поздняя дата публикации среди источников этой страницы: история файла "
            "данных {path} при сборке была недоступна (или в файле были незафиксированные изменения).",
            "none": "Дата не указана: нет ни истории файла {path}, ни датированных источников.",
            "no_site_url": "Сборке неизвестен публичный адрес сайта, поэтому в конце ссылки стоит путь "
            "страницы; замените его адресом из браузера.",
        },
    }
)

# The links under each fact to its YAML line and to the problem report form (edit_links.py). The
# issue's title is not here: it stays English, the language the maintainers triage in.
EDIT_LINK_WORDS: Words = _frozen(
    {
        "en": {"edit": "Edit this fact", "report": "Report a problem with this figure", "line": "line"},
        "ru": {"edit": "Исправить этот показатель", "report": "Сообщить об ошибке в этой цифре", "line": "строка"},
    }
)

# The title of the ¶ link beside every heading (mkdocs_plugin.py).
PERMALINK_TITLES: Mapping[str, str] = _frozen({"en": "Permanent link", "ru": "Постоянная ссылка"})

# The two columns of the macro reference, `{{ macros_list() }}` (page_macros.py).
MACRO_TABLE_HEADER: Mapping[str, tuple[str, str]] = _frozen(
    {"en": ("Macro", "What it shows"), "ru": ("Макрос", "Что показывает")}
)

# --- Words inside a figure (formatting.py) ---------------------------------------------------------

# Before the number: "about $2 billion". "exact" has no word.
QUALIFIER_WORDS: Words = _frozen(
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
MAGNITUDE_WORDS: Words = _frozen(
    {
        "en": {"billion": "billion", "million": "million"},
        "ru": {"billion": "млрд", "million": "млн"},
    }
)
# Around a currency amount, by ISO 4217 code: (before the digits, after them and any magnitude word).
CURRENCY_WORDS: Mapping[str, Mapping[str, tuple[str, str]]] = _frozen(
    {
        "en": {"USD": ("$", ""), "RUB": ("", "roubles")},
        "ru": {"USD": ("", "долл. США"), "RUB": ("", "руб.")},
    }
)
# After a per cent figure, and after a difference of percentages.
PERCENT_SIGN: Mapping[str, str] = _frozen({"en": "%", "ru": NBSP + "%"})
POINTS_WORD: Mapping[str, str] = _frozen({"en": "percentage points", "ru": f"п.{NNBSP}п."})
# After a measure (and any magnitude word), by unit id: "1.2 million tonnes".
MEASURE_WORDS: Words = _frozen(
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
DURATION_WORDS: Mapping[str, Words] = _frozen(
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
DATE_PATTERNS: Words = _frozen(
    {
        "en": {"day": "d MMMM y", "day_in_sentence": "d MMMM y"},
        "ru": {"day": "d MMMM y 'г'.", "day_in_sentence": "d MMMM y"},
    }
)
# After a date inside a sentence, by its precision: Russian "1 июня 2025 года", "2025 год".
DATE_IN_SENTENCE_ENDINGS: Words = _frozen(
    {
        "en": {"day": "", "month": "", "year": ""},
        "ru": {"day": NBSP + "года", "month": NBSP + "года", "year": NBSP + "год"},
    }
)

# Every table above, by name, for the test that holds the languages together.
TABLES: Mapping[str, Mapping[str, Any]] = MappingProxyType(
    {
        "PAGE_WORDS": PAGE_WORDS,
        "CHART_WORDS": CHART_WORDS,
        "AXIS_TITLES": AXIS_TITLES,
        "CITATION_WORDS": CITATION_WORDS,
        "EDIT_LINK_WORDS": EDIT_LINK_WORDS,
        "PERMALINK_TITLES": PERMALINK_TITLES,
        "MACRO_TABLE_HEADER": MACRO_TABLE_HEADER,
        "QUALIFIER_WORDS": QUALIFIER_WORDS,
        "MAGNITUDE_WORDS": MAGNITUDE_WORDS,
        "CURRENCY_WORDS": CURRENCY_WORDS,
        "PERCENT_SIGN": PERCENT_SIGN,
        "POINTS_WORD": POINTS_WORD,
        "MEASURE_WORDS": MEASURE_WORDS,
        "DURATION_WORDS": DURATION_WORDS,
        "DATE_PATTERNS": DATE_PATTERNS,
        "DATE_IN_SENTENCE_ENDINGS": DATE_IN_SENTENCE_ENDINGS,
    }
)
