"""The words of fact blocks, their views and tables, the events lists, the timeline and the "where the
sources disagree" list, in each language. Read by fact_blocks.py, fact_views.py, observation_tables.py,
event_lists.py, timeline.py and disagreements.py; the rules are text.py's (keyed by language first,
plain text; tests/test_text.py holds every language to the English keys).
"""

from __future__ import annotations

from macros.site.text_base import Words, frozen_table

# A fact's block (fact_blocks.py, fact_views.py): its status, its views and the key data of its sources.
FACT_BLOCK_WORDS: Words = frozen_table(
    {
        "en": {
            "views": "Views of {label}",
            "view_chart": "Chart",
            "view_table": "Table",
            "view_sources": "Sources",
            "view_download": "Download",
            "read_more": "Read more",
            "status": "Status",
            "status_agree": "Sources agree",
            "status_differ": "Sources differ: {low} to {high}",
            "status_differ_short": "Sources differ",
            "status_measure": "Different measures",
            "status_single": "Single source",
            "status_target": "Target",
            "key_sources": "Sources",
            "key_stated_by": "Stated by",
            "key_period": "Period covered",
            "key_unit": "Unit",
            "key_reports": "Reports",
            "key_about_chart": "About this chart",
            "key_links": "Data",
            "download_csv": "CSV",
            "download_json": "JSON",
            "download_svg": "Chart (SVG)",
            "cell_more": "Note and quote",
        },
        "ru": {
            "views": "Способы просмотра: {label}",
            "view_chart": "Диаграмма",
            "view_table": "Таблица",
            "view_sources": "Источники",
            "view_download": "Скачать",
            "read_more": "Читать полностью",
            "status": "Статус",
            "status_agree": "Источники совпадают",
            "status_differ": "Источники расходятся: от {low} до {high}",
            "status_differ_short": "Источники расходятся",
            "status_measure": "Разные показатели",
            "status_single": "Один источник",
            "status_target": "Цель",
            "key_sources": "Источники",
            "key_stated_by": "Кто заявил",
            "key_period": "Период",
            "key_unit": "Единица измерения",
            "key_reports": "Сообщений",
            "key_about_chart": "О диаграмме",
            "key_links": "Данные",
            "download_csv": "CSV",
            "download_json": "JSON",
            "download_svg": "Диаграмма (SVG)",
            "cell_more": "Примечание и цитата",
        },
    }
)

# Captions of the site's tables (observation_tables.py, event_lists.py, page_macros.py).
TABLE_CAPTIONS: Words = frozen_table(
    {
        "en": {
            "summary": "{area}: headline figures",
            "macros": "The macros and what each shows",
            "columns": "The columns of {file}",
        },
        "ru": {
            "summary": "{area}: основные цифры",
            "macros": "Макросы и что показывает каждый",
            "columns": "Столбцы файла {file}",
        },
    }
)

# The events lists and the timeline (event_lists.py, timeline.py).
EVENT_WORDS: Words = frozen_table(
    {
        "en": {
            "planned": "Planned",
            "date_disputed": "Date disputed",
            "filter": "Show events of",
            "all_areas": "All areas",
            "sources": "Sources",
            "full_entry": "Full entry",
        },
        "ru": {
            "planned": "Запланировано",
            "date_disputed": "Даты в источниках расходятся",
            "filter": "Показать события",
            "all_areas": "Все направления",
            "sources": "Источники",
            "full_entry": "Полная запись",
        },
    }
)

# "Where the sources disagree" (disagreements.py): whose figures the extremes are.
DISAGREEMENT_WORDS: Words = frozen_table(
    {
        "en": {
            "line": "{label}, {period}: {low} to {high}",
            "versus": "{low_side} vs {high_side}",
            "russia": "Russian side",
            "kyrgyzstan": "Kyrgyz side",
            "other": "other sources",
            "russian_official": "Russian statistics",
            "kyrgyz_official": "Kyrgyz statistics",
            "international": "international bodies",
            "estimate": "estimates",
            "press": "press reports",
        },
        "ru": {
            "line": "{label}, {period}: от {low} до {high}",
            "versus": "{low_side} и {high_side}",
            "russia": "российская сторона",
            "kyrgyzstan": "киргизская сторона",
            "other": "другие источники",
            "russian_official": "российская статистика",
            "kyrgyz_official": "киргизская статистика",
            "international": "международные организации",
            "estimate": "оценки",
            "press": "сообщения СМИ",
        },
    }
)

# The areas as the navigation names them (mkdocs.yml nav and its nav_translations): every list, filter
# and label uses these, never the longer titles of the data files.
AREA_NAMES: Words = frozen_table(
    {
        "en": {
            "trade": "Trade and economy",
            "education": "Education",
            "migration": "Migration",
            "security": "Security",
            "diplomacy": "Diplomacy",
        },
        "ru": {
            "trade": "Торговля и экономика",
            "education": "Образование",
            "migration": "Миграция",
            "security": "Безопасность",
            "diplomacy": "Дипломатия",
        },
    }
)
