"""The words of a figure's provenance: its short attribution, the source control and its panel, the
numbered source list at the end of each section, and the ends of the key-figure cards' range strips.

Keyed by language first, as every `*_text.py` module (tests/test_text.py checks that each language has
every key English has). Russian avoids constructions that would need a declined name: a short
attribution reads "(Путин)", never "по данным Путина", because the names come from the data as they are.
"""

from __future__ import annotations

from macros.site.text_base import NBSP, Words, frozen_table

# The inline figure, its control and its panel (figures.py, provenance.py, footnotes.py).
PROVENANCE_WORDS: Words = frozen_table(
    {
        "en": {
            "attribution_separator": ", ",
            "attribution": "according to {name}",
            "calculated": "calculated",
            "control_label_one": "Sources for {label}, {period}: 1 report",
            "control_label": "Sources for {label}, {period}: {count} reports",
            "panel_label": "Sources for {label}, {period}",
            "source": "Source",
            "event_entry": "The event and its sources",
            "close": "Close",
            "stated_by": "Stated by",
            "published_by": "Published by",
            "side_russia": "Russian side",
            "side_kyrgyzstan": "Kyrgyz side",
            "side_other": "neither side",
            "copy": "copy",
            "read_at": "{original} — read at {copy} ({copy_word})",
            "also_reported_by": "Also reported by",
            "quote": "Quote",
            "other_reports": "Other reports for {period}",
            "agreeing_reports": "Reports that agree",
            "why_they_differ": "Why they differ",
            "all_figures": "All figures and chart",
            "cite": "Cite this figure",
            "data": "Data",
            "sources_heading": "Sources",
            "no_link": "no link available",
            # around formatting.format_period_in_sentence (in_period_months: around the label)
            "in_period_other": "in {period}",
            "in_period_months": "in {period}",
            "in_period_day": "on {period}",
            "in_period_academic_year": "in the {period}",
        },
        "ru": {
            "attribution_separator": " ",
            "attribution": "({name})",
            "calculated": "(расчёт)",
            "control_label_one": "Источники: {label}, {period}; сообщений: 1",
            "control_label": "Источники: {label}, {period}; сообщений: {count}",
            "panel_label": "Источники: {label}, {period}",
            "source": "Источник",
            "event_entry": "Событие и его источники",
            "close": "Закрыть",
            "stated_by": "Кто заявил",
            "published_by": "Опубликовано",
            "side_russia": "российская сторона",
            "side_kyrgyzstan": "киргизская сторона",
            "side_other": "третья сторона",
            "copy": "копия",
            "read_at": "{original} в изложении {copy} ({copy_word})",
            "also_reported_by": "Также сообщили",
            "quote": "Цитата",
            "other_reports": "Другие данные за {period}",
            "agreeing_reports": "Совпадающие сообщения",
            "why_they_differ": "Почему данные расходятся",
            "all_figures": "Все цифры и график",
            "cite": "Как цитировать",
            "data": "Данные",
            "sources_heading": "Источники",
            "no_link": "ссылки нет",
            # the form in a sentence has its preposition and case already («в 2024 году», «в ноябре 2025
            # года», «26 ноября 2025 года»); a span of months is a sum over it: «за январь–июнь 2025 года»
            "in_period_other": "{period}",
            "in_period_months": "за {period}" + NBSP + "года",
            "in_period_day": "{period}",
            "in_period_academic_year": "{period}",
        },
    }
)

# The two ends of a key-figure card's range strip (key_figure_cards.py); the card's status badge is the fact
# block's (fact_blocks.status_badge, words in fact_block_text.py).
STATUS_WORDS: Words = frozen_table(
    {
        "en": {
            # Whose figure each end of a range strip is: its statistics where the data says, else its side.
            "end_russian_official": "Russian statistics",
            "end_kyrgyz_official": "Kyrgyz statistics",
            "end_international": "international",
            "end_estimate": "estimate",
            "end_russia": "Russian side",
            "end_kyrgyzstan": "Kyrgyz side",
            "end_other": "other",
        },
        "ru": {
            "end_russian_official": "статистика России",
            "end_kyrgyz_official": "статистика Киргизии",
            "end_international": "международные данные",
            "end_estimate": "оценка",
            "end_russia": "российская сторона",
            "end_kyrgyzstan": "киргизская сторона",
            "end_other": "другие",
        },
    }
)
