"""Every word the site's pages show a reader, in each language: labels of figures, tables, the
sources and downloads lists (PAGE_WORDS), citations, edit links, the ¶ link's title and the macro
reference's header. The words of charts, numbers and dates, commitments and publishing are in the
sibling modules `chart_text.py`, `formatting_text.py`, `commitment_text.py` and `publishing_text.py`;
what they share (the languages, `frozen_table`) is in `text_base.py`.

Each table is keyed by language first, so a translator copies the English block and translates it.
`tests/test_text.py` finds every text module and fails if a language lacks a key that English has, or
if a unit has no axis title, so no table can drift from another. Text is plain: the renderers escape it.
"""

from __future__ import annotations

from collections.abc import Mapping

from macros.site.text_base import DEFAULT_LANGUAGE, LANGUAGES, Words, frozen_table

__all__ = ("DEFAULT_LANGUAGE", "LANGUAGES")  # re-exported: languages.py and mkdocs_plugin.py read them here

# Labels of the figures, tables, the sources list and the downloads list (figures.py, source_list.py, html.py).
PAGE_WORDS: Words = frozen_table(
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
            "area": "Направление",
            "column": "Столбец",
            "holds": "Что содержит",
            "built": "Файлы собраны",
            "from_commit": "из коммита",
            "commit_unknown": "коммит сборки неизвестен",
            # issue 12: kinds of source, copies, derived and undated figures, agreeing reports
            "read_at": "{original} в изложении {copy}",
            "type": "тип",
            "type_official": "официальный источник",
            "type_agency": "информационное агентство",
            "type_media": "СМИ",
            "type_aggregator": "агрегатор, перепечатывающий чужие материалы",
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

# "Cite this page" (citation.py). {site}, {title}, {changed}, {url}, {accessed} and {path} are filled in
# there; {changed} is the "changed" sentence, or nothing when no date is known.
CITATION_WORDS: Words = frozen_table(
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
            "changed": "Последнее изменение данных: {date}. ",
            "commit": "Указана дата последнего зафиксированного изменения файла данных этой страницы ({path}).",
            "sources": "Указана самая поздняя дата публикации среди источников этой страницы: история файла "
            "данных {path} при сборке была недоступна (или в файле были незафиксированные изменения).",
            "none": "Дата не указана: нет ни истории файла {path}, ни датированных источников.",
            "no_site_url": "Эта копия сайта собрана без его публичного адреса, поэтому в ссылке указан путь страницы.",
        },
    }
)

# The links under each fact to its YAML line and to the problem report form (edit_links.py). The
# issue's title is not here: it stays English, the language the maintainers triage in.
EDIT_LINK_WORDS: Words = frozen_table(
    {
        "en": {"edit": "Edit this fact", "report": "Report a problem with this figure", "line": "line"},
        "ru": {"edit": "Исправить этот показатель", "report": "Сообщить об ошибке в этой цифре", "line": "строка"},
    }
)

# The title of the ¶ link beside every heading (mkdocs_plugin.py).
PERMALINK_TITLES: Mapping[str, str] = frozen_table({"en": "Permanent link", "ru": "Постоянная ссылка"})

# The two columns of the macro reference, `{{ macros_list() }}` (page_macros.py).
MACRO_TABLE_HEADER: Mapping[str, tuple[str, str]] = frozen_table(
    {"en": ("Macro", "What it shows"), "ru": ("Макрос", "Что показывает")}
)

# --- Words inside a figure (formatting.py) ---------------------------------------------------------
