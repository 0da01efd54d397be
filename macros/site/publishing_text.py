"""The words of the publishing side, in each language: citations of one figure, the record of changes
(Changes page, Atom feed, each fact's "last changed") and the Data page's files and licence.

Kept beside `text.py` (the interface's words) rather than in it, so neither module outgrows the house
limit; the rules are text.py's: keyed by language first, plain text (the renderers escape it), and
`tests/test_publishing_text.py` fails when a language lacks a key that English has.
"""

from __future__ import annotations

from macros.site.text_base import Words, frozen_table

# "Cite this figure" (citation.figure_citation): {title} is what the fact measures and its period,
# {fact} its id; the other fields as above.
CITE_FIGURE_WORDS: Words = frozen_table(
    {
        "en": {
            "heading": "Cite this figure",
            "citation": "{title} (fact {fact}). {site}. {changed}{url} (accessed {accessed}).",
            "changed": "Data last changed {date}. ",
        },
        "ru": {
            "heading": "Как цитировать эту цифру",
            "citation": "{title} (показатель {fact}) // {site}. {changed}URL: {url} (дата обращения: {accessed}).",
            "changed": "Последнее изменение данных: {date}. ",
        },
    }
)

# The record of changes: the Changes page, the Atom feed and each fact's "last changed" (change_notes.py,
# changes_feed.py). {date}, {commit}, {count} and {what} are filled in there.
CHANGE_WORDS: Words = frozen_table(
    {
        "en": {
            "unavailable": "The history of the data is not available to this copy of the site (it was built "
            "from a copy without its git history), so the changes cannot be listed here.",
            "none": "No recorded change to the data yet.",
            "commit": "commit",
            "added": "added",
            "removed": "removed",
            "changed": "changed",
            "added_many": "Added: {count} {what}.",
            "listed_no_more": "And {count} more ({what}); the commit lists every change.",
            "earlier": "Earlier changes",
            "last_changed": "Last changed on {date}",
            "was": "what changed, old → new:",
            "fact_added_short": "first recorded",
            "no_history": "When this fact last changed is not known to this copy of the site.",
            "feed_title": "Changes to the data",
            "feed_link": "Follow the changes in a feed reader (Atom)",
            "entry_title": "Data changed on {date}",
            "more": "and {count} more",
        },
        "ru": {
            "unavailable": "История данных недоступна этой копии сайта (она собрана из копии без истории git), "
            "поэтому изменения здесь не перечислены.",
            "none": "Изменений в данных пока не зафиксировано.",
            "commit": "коммит",
            "added": "добавлено",
            "removed": "удалено",
            "changed": "изменено",
            "added_many": "Добавлено: {what} — {count}.",
            "listed_no_more": "И ещё {count} ({what}); все изменения перечислены в коммите.",
            "earlier": "Более ранние изменения",
            "last_changed": "Последнее изменение {date}",
            "was": "что изменилось, было → стало:",
            "fact_added_short": "впервые внесён в данные",
            "no_history": "Когда этот показатель менялся в последний раз, этой копии сайта неизвестно.",
            "feed_title": "Изменения в данных",
            "feed_link": "Следить за изменениями в программе чтения лент (Atom)",
            "entry_title": "Изменения в данных {date}",
            "more": "и ещё {count}",
        },
    }
)
# The kinds of record, as `Snapshot.collections` names them; a kind missing here is shown by its name.
COLLECTION_WORDS: Words = frozen_table(
    {
        "en": {"facts": "Facts", "events": "Events", "sources": "Sources", "commitments": "Commitments"},
        "ru": {"facts": "Показатели", "events": "События", "sources": "Источники", "commitments": "Обязательства"},
    }
)
# The fields of the data, as a reader of the Changes page reads them; a field missing here is shown by its name.
FIELD_WORDS: Words = frozen_table(
    {
        "en": {
            "value": "value",
            "period": "period",
            "date": "date",
            "source": "source",
            "qualifier": "wording of the figure",
            "stated_by": "who stated it",
            "also_reported_by": "other sources",
            "quote": "quote",
            "quote_gloss": "translation of the quote",
            "note": "note",
            "headline": "figure shown first",
            "ref": "internal reference",
            "label": "name",
            "title": "title",
            "summary": "summary",
            "unit": "unit",
            "planned": "plan or result",
            "review_every_days": "review interval",
            "state_visit_2025": "part of the 2025 state visit",
            "other_dates": "other dates",
            "publisher": "publisher",
            "url": "address",
            "published": "publication date",
            "date_inferred": "how the date is known",
            "language": "language",
            "via": "original outlet",
        },
        "ru": {
            "value": "значение",
            "period": "период",
            "date": "дата",
            "source": "источник",
            "qualifier": "формулировка числа",
            "stated_by": "кто заявил",
            "also_reported_by": "другие источники",
            "quote": "цитата",
            "quote_gloss": "перевод цитаты",
            "note": "примечание",
            "headline": "основное значение",
            "ref": "внутренняя ссылка",
            "label": "название",
            "title": "заголовок",
            "summary": "описание",
            "unit": "единица",
            "planned": "план или итог",
            "review_every_days": "срок проверки",
            "state_visit_2025": "часть государственного визита 2025 года",
            "other_dates": "другие даты",
            "publisher": "издатель",
            "url": "адрес",
            "published": "дата публикации",
            "date_inferred": "как установлена дата",
            "language": "язык",
            "via": "первоисточник",
        },
    }
)
# The Data page's list of files and its licence (data_page.py).
DATA_FILE_WORDS: Words = frozen_table(
    {
        "en": {
            "all": "All the data",
            "by_area": "One area's data",
            "by_fact": "One fact's data",
            "package": "Description of every file (Frictionless Data Package)",
            "licence": "The compilation of data on this site is licensed under",
            "licence_rest": "Credit “{site}” and link to the site. The figures and quotes remain those of "
            "their sources, which each row names.",
            "file": "File",
            "format": "Format",
            "size": "Size",
            "holds": "What it holds",
            "description": "Sourced, dated and attributed figures on the strategic partnership between Russia "
            "and Kyrgyzstan: every reported figure with its period, who stated it and its source.",
        },
        "ru": {
            "all": "Все данные",
            "by_area": "Данные одного направления",
            "by_fact": "Данные одного показателя",
            "package": "Описание всех файлов (Frictionless Data Package)",
            "licence": "Подборка данных этого сайта распространяется по лицензии",
            "licence_rest": "Укажите «{site}» и ссылку на сайт. Права на цифры и цитаты принадлежат их источникам, "
            "названным в каждой строке.",
            "file": "Файл",
            "format": "Формат",
            "size": "Размер",
            "holds": "Что содержит",
            "description": "Цифры о стратегическом партнёрстве России и Киргизии: каждое приведённое значение — "
            "с периодом, автором заявления и источником.",
        },
    }
)
