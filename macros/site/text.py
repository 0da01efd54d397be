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
            "inferred": "date approximate",
            "open_original": "open the original page",
            "no_address": "no link available",
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
            # issue 12: kinds of source, copies, derived and undated figures, agreeing reports
            "read_at": "{original}, read at {copy}",
            "type": "type",
            "type_official": "official publication",
            "type_agency": "news agency",
            "type_media": "news outlet",
            "type_aggregator": "aggregator (republishes others' reports)",
            "type_mirror": "copy of another outlet's page",
            "type_blog": "blog",
            "only_from_copy": "known only from a copy",
            "calculated_from": "calculated from",
            "undated_reported": "undated, reported {date}",
            "reports_agree": "{count} reports agree",
            "statistics": "statistics",
            "basis_russian_official": "Russian official statistics",
            "basis_kyrgyz_official": "Kyrgyz official statistics",
            "basis_international": "an international body",
            "basis_estimate": "an estimate",
            "basis_unknown": "not stated",
            "basis_differs": "(the reports rest on different statistics)",
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
            "inferred": "дата приблизительная",
            "open_original": "открыть исходную страницу",
            "no_address": "ссылки нет",
            "cited_by": "На него ссылаются",
            "language": "язык",
            "via": "со ссылкой на",
            "quote": "Цитата",
            "gloss": "перевод",
            "all_reports": "Все приведённые значения",
            "area": "Раздел",
            "column": "Столбец",
            "holds": "Что содержит",
            "built": "Файлы собраны",
            "from_commit": "из коммита",
            "commit_unknown": "коммит сборке неизвестен",
            # issue 12: kinds of source, copies, derived and undated figures, agreeing reports
            "read_at": "{original} в изложении {copy}",
            "type": "тип",
            "type_official": "официальный источник",
            "type_agency": "информационное агентство",
            "type_media": "СМИ",
            "type_aggregator": "агрегатор (перепечатывает чужие материалы)",
            "type_mirror": "копия чужой публикации",
            "type_blog": "блог",
            "only_from_copy": "известно только по перепечатке",
            "calculated_from": "рассчитано по",
            "undated_reported": "без даты, сообщено {date}",
            "reports_agree": "совпадающих сообщений: {count}",
            "statistics": "статистика",
            "basis_russian_official": "официальная статистика России",
            "basis_kyrgyz_official": "официальная статистика Киргизии",
            "basis_international": "международная организация",
            "basis_estimate": "оценка",
            "basis_unknown": "не указана",
            "basis_differs": "(данные основаны на разной статистике)",
        },
    }
)

# The charts' series names, legend, accessible name and the notes under each chart (charts.py,
# chart_legend.py). A series is whose figures they are: the statistical basis, else the speaker's side.
CHART_WORDS: Mapping[str, Mapping[str, Any]] = _frozen(
    {
        "en": {
            "series": {
                "russia": "Russian figures",
                "kyrgyzstan": "Kyrgyz figures",
                "international": "International bodies",
                "estimate": "Estimates",
                "other": "Other sources",
                "publisher": "Press reports",
            },
            "hedges": {
                "about": "“about”: hollow marker",
                "up": "“more than”, “at least”: tick up",
                "down": "“almost”, “less than”, “up to”: tick down",
            },
            "span": "Part of a year, or several years: a line over the span, the marker at its end",
            "chart": "Chart",
            "series_note": "Figures are grouped by whose statistics they are, where known, else by the side of "
            "whoever stated them.",
            "table_follows": "The same numbers, with their sources, are in the table below.",
            "planned": "These figures are targets or plans.",
        },
        "ru": {
            "series": {
                "russia": "Российские данные",
                "kyrgyzstan": "Киргизские данные",
                "international": "Международные организации",
                "estimate": "Оценки",
                "other": "Другие источники",
                "publisher": "Сообщения СМИ",
            },
            "hedges": {
                "about": "«около»: полый маркер",
                "up": "«более», «не менее»: штрих вверх",
                "down": "«почти», «менее», «до»: штрих вниз",
            },
            "span": "Часть года или несколько лет: линия — охваченный период, маркер — его конец",
            "chart": "Диаграмма",
            "series_note": "Значения сгруппированы по тому, чья это статистика, а если это неизвестно, — по "
            "стороне того, кто их назвал.",
            "table_follows": "Те же числа с источниками приведены в таблице ниже.",
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

# "Cite this page" (citation.py). {site}, {title}, {changed}, {url}, {accessed} and {path} are filled in
# there; {changed} is the "changed" sentence, or nothing when no date is known.
CITATION_WORDS: Words = _frozen(
    {
        "en": {
            "heading": "Cite this page",
            "citation": "{site}. “{title}”. {changed}{url} (accessed {accessed}).",
            "changed": "Data last changed {date}. ",
            "commit": "The date is that of the latest recorded change to this page's data file, {path}.",
            "sources": "The date is the newest publication date among the sources this page cites, because "
            "the history of its data file, {path}, was not available to this build (or the file had "
            "unrecorded changes).",
            "none": "No date is given: neither the history of {path} nor a dated source was available.",
            "no_site_url": "This copy of the site was built without its public address, so the citation "
            "gives the page's path.",
        },
        "ru": {
            "heading": "Как цитировать эту страницу",
            "citation": "{title} // {site}. {changed}URL: {url} (дата обращения: {accessed}).",
            "changed": "Данные изменены: {date}. ",
            "commit": "Дата — последнего зафиксированного изменения файла данных этой страницы, {path}.",
            "sources": "Дата — самая поздняя дата публикации среди источников этой страницы: история файла "
            "данных {path} при сборке была недоступна (или в файле были незафиксированные изменения).",
            "none": "Дата не указана: нет ни истории файла {path}, ни датированных источников.",
            "no_site_url": "Эта копия сайта собрана без его публичного адреса, поэтому в ссылке указан "
            "путь страницы.",
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

# The commitments tracker: status words and shapes, statistical bases, the card's labels (commitments.py).
# A status is told in a word and a shape, never by colour alone.
COMMITMENT_WORDS: Words = _frozen(
    {
        "en": {
            "achieved": "Achieved",
            "in_progress": "In progress",
            "not_started": "Not started",
            "missed": "Missed",
            "superseded": "Superseded",
            "unclear": "Unclear",
            "shape_achieved": "✓",
            "shape_in_progress": "◐",
            "shape_not_started": "○",
            "shape_missed": "✕",
            "shape_superseded": "→",
            "shape_unclear": "?",
            "as_of": "as of",
            "basis_russian_official": "by Russian figures",
            "basis_kyrgyz_official": "by Kyrgyz figures",
            "basis_international": "by international figures",
            "basis_estimate": "by an estimate",
            "basis_unknown": "on an unstated basis",
            "of_target": "of the target",
            "in_period": "in",
            "promise": "The promise",
            "committed_by": "Committed by",
            "announced": "announced",
            "deadline": "Deadline",
            "no_deadline": "none set",
            "target": "Target",
            "progress": "Progress, computed from the figures of",
            "no_progress": "No figure measures it on this site; the evidence below is what is known.",
            "why": "Why this status",
            "superseded_by": "Replaced by",
            "evidence": "Evidence",
            "undated": "undated",
            "related_events": "On the timeline",
            "commitments": "commitments",
            "summary": "{count} commitments",
            "all_commitments": "These commitments in full, with their evidence",
            "none_in_area": "No commitment is tracked in this area yet.",
        },
        "ru": {
            "achieved": "Выполнено",
            "in_progress": "Выполняется",
            "not_started": "Не начато",
            "missed": "Не выполнено в срок",
            "superseded": "Заменено другим",
            "unclear": "Неясно",
            "shape_achieved": "✓",
            "shape_in_progress": "◐",
            "shape_not_started": "○",
            "shape_missed": "✕",
            "shape_superseded": "→",
            "shape_unclear": "?",
            "as_of": "по состоянию на",
            "basis_russian_official": "по российским данным",
            "basis_kyrgyz_official": "по киргизским данным",
            "basis_international": "по международным данным",
            "basis_estimate": "по оценке",
            "basis_unknown": "по данным, чьё происхождение не указано",
            "of_target": "от цели",
            "in_period": "за",
            "promise": "Обещание",
            "committed_by": "Кто обещал",
            "announced": "объявлено",
            "deadline": "Срок",
            "no_deadline": "не установлен",
            "target": "Цель",
            "progress": "Ход выполнения, по данным показателя",
            "no_progress": "На сайте нет показателя, который бы это измерял; ниже — то, что известно.",
            "why": "Почему такой статус",
            "superseded_by": "Заменено обязательством",
            "evidence": "Свидетельства",
            "undated": "без даты",
            "related_events": "В хронологии",
            "commitments": "обязательств",
            "summary": "Обязательств: {count}",
            "all_commitments": "Эти обязательства полностью, со свидетельствами",
            "none_in_area": "По этому направлению обязательства пока не отслеживаются.",
        },
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
        "COMMITMENT_WORDS": COMMITMENT_WORDS,
    }
)
