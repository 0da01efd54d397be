"""The words of the blocks that lay out pages, in each language: the home page's meta line under the
title, its area tiles, the annotated "how to read a figure" and the list of the state visit's
documents, and an area page's downloads. Read by page_blocks.py; the rules are text.py's (keyed by
language first, plain text; tests/test_text.py holds every language to the English keys).
"""

from __future__ import annotations

from collections.abc import Mapping

from macros.site.text_base import Words, frozen_table

# Counts by CLDR plural category (Babel's `Locale.plural_form`). Every language lists the same four
# categories, so tests/test_text.py can hold them to English's keys; English repeats "other".
COUNT_WORDS: Mapping[str, Mapping[str, Mapping[str, str]]] = frozen_table(
    {
        "en": {
            "facts": {"one": "{count} fact", "few": "{count} facts", "many": "{count} facts", "other": "{count} facts"},
            "sources": {
                "one": "{count} source",
                "few": "{count} sources",
                "many": "{count} sources",
                "other": "{count} sources",
            },
        },
        "ru": {
            "facts": {
                "one": "{count} показатель",
                "few": "{count} показателя",
                "many": "{count} показателей",
                "other": "{count} показателя",
            },
            "sources": {
                "one": "{count} источник",
                "few": "{count} источника",
                "many": "{count} источников",
                "other": "{count} источника",
            },
        },
    }
)

HOME_WORDS: Words = frozen_table(
    {
        "en": {
            "updated": "updated {date}",
            "meta_label": "About the data",
            "tiles_label": "Cooperation areas",
            "tile_more": "{area}: every figure",
            "how_label": "How to read a figure",
            "how_value": "Value",
            "how_value_text": "the figure as the source stated it, with its qualifier (about, more than, almost).",
            "how_period": "Period",
            "how_period_text": "the year, month or day the figure refers to.",
            "how_who": "Who said it",
            "how_who_text": "the person or body the figure comes from.",
            "how_control": "ⓘ and a number",
            "how_control_text": "how many reports there are for that period; tap it to see them.",
            "how_status": "Status",
            "how_status_text": (
                "whether the sources agree or differ, measure different things, are one source, or state a target."
            ),
            "documents_label": "Documents signed during the visit",
            "area_data": "{area}, every figure to download:",
            "all_data": "all the data",
        },
        "ru": {
            "updated": "обновлено {date}",
            "meta_label": "О данных",
            "tiles_label": "Направления сотрудничества",
            "tile_more": "{area}: все показатели",
            "how_label": "Как читать цифру",
            "how_value": "Значение",
            "how_value_text": "цифра так, как её привёл источник, с уточнением («около», «более», «почти»).",
            "how_period": "Период",
            "how_period_text": "год, месяц или день, к которому относится цифра.",
            "how_who": "Кто заявил",
            "how_who_text": "человек или ведомство — автор цифры.",
            "how_control": "ⓘ и число",
            "how_control_text": "сколько сообщений за этот период; нажмите, чтобы их увидеть.",
            "how_status": "Статус",
            "how_status_text": "совпадают источники или расходятся, измеряют ли разное, источник один или это цель.",
            "documents_label": "Документы, подписанные в ходе визита",
            "area_data": "Все цифры направления «{area}» для скачивания:",
            "all_data": "все данные",
        },
    }
)

# The language of a source's original, as the source list says it: "in Russian", «на русском» (the
# language codes of data/sources.yaml, ISO 639-1). A code not listed here is shown as the code itself.
SOURCE_LANGUAGES: Words = frozen_table(
    {
        "en": {
            "ar": "in Arabic",
            "en": "in English",
            "es": "in Spanish",
            "it": "in Italian",
            "ky": "in Kyrgyz",
            "ru": "in Russian",
            "uz": "in Uzbek",
        },
        "ru": {
            "ar": "на арабском",
            "en": "на английском",
            "es": "на испанском",
            "it": "на итальянском",
            "ky": "на киргизском",
            "ru": "на русском",
            "uz": "на узбекском",
        },
    }
)
