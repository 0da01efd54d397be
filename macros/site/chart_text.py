"""The words of the charts, in each language: legends, notes, the marks' labels (CHART_WORDS), and the
title of the value axis for each unit (AXIS_TITLES). Read by charts.py and its chart_* helpers; the
rules are text.py's (keyed by language first, plain text).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from macros.site.text_base import Words, frozen_table

# The charts' series names, legend, accessible name and the notes under each chart (charts.py,
# chart_legend.py). A series is whose figures they are: the statistical basis, else the speaker's side.
CHART_WORDS: Mapping[str, Mapping[str, Any]] = frozen_table(
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
AXIS_TITLES: Words = frozen_table(
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
            "usd": "долларов",
            "usd_million": "млн долларов",
            "usd_billion": "млрд долларов",
            "rub_million": "млн рублей",
            "rub_billion": "млрд рублей",
            "percent": "%",
            "percentage_points": "п.\u202fп.",
            "count": "число",
            "tonnes": "т",
            "tonnes_thousand": "тыс. т",
            "tonnes_million": "млн т",
            "hectares": "га",
            "megawatts": "МВт",
            "days": "дней",
            "years": "лет",
        },
    }
)
