"""The columns of the CSV downloads, each with what it holds in each language.

`downloads.py` writes data/facts.csv and data/sources.csv from these tuples, in this order; the Data
page (`page_macros.download_columns`) documents every column from the same tuples, so the
documentation cannot drift from the files. Every observation of every fact is one row of facts.csv,
every source one row of sources.csv; the stamp columns end every row of both.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from macros.data.model import Observation, Source


@dataclass(frozen=True)
class Column:
    name: str
    doc: Mapping[str, str]  # {en, ru}: what the column holds, for the Data page
    value: Callable[..., Any]  # (row object, dataset) -> cell; (stamp) -> cell for the stamp columns


def _localized(localized: Mapping[str, str] | None, lang: str) -> str | None:
    return localized[lang] if localized else None


def published_text(source: Source) -> str | None:
    return source.published.text if source.published else None


def _speaker(observation: Observation, attribute: str, lang: str | None = None) -> Any:
    speaker = observation.stated_by
    if speaker is None:
        return None
    value = getattr(speaker, attribute)
    return _localized(value, lang) if lang else value


def doc(en: str, ru: str) -> Mapping[str, str]:
    """What a column or a file holds, in each language of the site."""
    return {"en": en, "ru": ru}


FACT_COLUMNS = (
    Column(
        "fact_id",
        doc(
            "Stable id of the fact, <area>.<name>; the same on every build.",
            "Постоянный идентификатор показателя, <раздел>.<имя>; не меняется от сборки к сборке.",
        ),
        lambda o, d: o.fact_id,
    ),
    Column(
        "area",
        doc("Cooperation area (the first part of the id).", "Раздел сотрудничества (первая часть идентификатора)."),
        lambda o, d: d.facts[o.fact_id].area,
    ),
    Column(
        "label_en",
        doc("What the fact measures, in English.", "Что измеряет показатель, по-английски."),
        lambda o, d: d.facts[o.fact_id].label["en"],
    ),
    Column(
        "label_ru",
        doc("What the fact measures, in Russian.", "Что измеряет показатель, по-русски."),
        lambda o, d: d.facts[o.fact_id].label["ru"],
    ),
    Column(
        "unit",
        doc(
            "Unit id, e.g. usd_billion: the value 4.1 means 4.1 billion US dollars.",
            "Код единицы, например usd_billion: значение 4.1 означает 4,1 млрд долларов США.",
        ),
        lambda o, d: d.facts[o.fact_id].unit.id,
    ),
    Column(
        "unit_description",
        doc("The unit in words.", "Единица словами (по-английски)."),
        lambda o, d: d.facts[o.fact_id].unit.doc,
    ),
    Column(
        "planned",
        doc(
            "true when the fact is a target or plan, not a result.",
            "true, если показатель плановый или целевой, а не достигнутый.",
        ),
        lambda o, d: d.facts[o.fact_id].planned,
    ),
    Column(
        "value",
        doc(
            "The figure, in the unit, with a dot as decimal separator.",
            "Значение в указанной единице; десятичный разделитель — точка.",
        ),
        lambda o, d: o.value,
    ),
    Column(
        "qualifier",
        doc(
            "exact, about, almost, more_than, less_than or up_to: how the source words the figure.",
            "exact, about, almost, more_than, less_than или up_to: как источник формулирует число.",
        ),
        lambda o, d: o.qualifier,
    ),
    Column(
        "period",
        doc(
            "The period the figure refers to, as in the data: 2024, 2024-05, 2025-11-26, or START/END "
            "such as 2025-01/2025-09.",
            "Период, к которому относится число, как в данных: 2024, 2024-05, 2025-11-26 или "
            "НАЧАЛО/КОНЕЦ, например 2025-01/2025-09.",
        ),
        lambda o, d: o.period.text,
    ),
    Column(
        "period_start",
        doc("First day of the period (YYYY-MM-DD).", "Первый день периода (ГГГГ-ММ-ДД)."),
        lambda o, d: o.period.first.isoformat(),
    ),
    Column(
        "period_end",
        doc("Last day of the period (YYYY-MM-DD).", "Последний день периода (ГГГГ-ММ-ДД)."),
        lambda o, d: o.period.last.isoformat(),
    ),
    Column(
        "headline",
        doc(
            "true for the figure the site shows by default for this fact.",
            "true для значения, которое сайт показывает по умолчанию.",
        ),
        lambda o, d: o.headline,
    ),
    Column(
        "stated_by",
        doc(
            "Id of the person or body the source quotes; empty when the source itself reports it.",
            "Идентификатор человека или ведомства, на которого ссылается источник; пусто, если сообщает сам источник.",
        ),
        lambda o, d: _speaker(o, "id"),
    ),
    Column(
        "stated_by_name_en",
        doc("Their name in English.", "Имя по-английски."),
        lambda o, d: _speaker(o, "name", "en"),
    ),
    Column(
        "stated_by_name_ru",
        doc("Their name in Russian.", "Имя по-русски."),
        lambda o, d: _speaker(o, "name", "ru"),
    ),
    Column(
        "stated_by_role_en",
        doc("The role in which they spoke, in English.", "Должность по-английски."),
        lambda o, d: _speaker(o, "role", "en"),
    ),
    Column(
        "stated_by_role_ru",
        doc("The role in which they spoke, in Russian.", "Должность по-русски."),
        lambda o, d: _speaker(o, "role", "ru"),
    ),
    Column(
        "stated_by_side",
        doc(
            "russia, kyrgyzstan or other: which side they speak for.",
            "russia, kyrgyzstan или other: чью сторону представляет.",
        ),
        lambda o, d: _speaker(o, "side"),
    ),
    Column(
        "source_id",
        doc("Id of the source (a row of sources.csv).", "Идентификатор источника (строка sources.csv)."),
        lambda o, d: o.source.id,
    ),
    Column(
        "source_publisher",
        doc("Who published the source.", "Кто опубликовал источник."),
        lambda o, d: o.source.publisher,
    ),
    Column(
        "source_title",
        doc("The source page's title.", "Заголовок страницы источника."),
        lambda o, d: o.source.title,
    ),
    Column(
        "source_url",
        doc(
            "The source page's address; empty when none is preserved.",
            "Адрес страницы источника; пусто, если адрес не сохранился.",
        ),
        lambda o, d: o.source.url,
    ),
    Column(
        "source_published",
        doc(
            "When the source was published (YYYY, YYYY-MM or YYYY-MM-DD); empty when undated.",
            "Дата публикации источника (ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД); пусто, если без даты.",
        ),
        lambda o, d: published_text(o.source),
    ),
    Column(
        "source_date_inferred",
        doc("true when that date is inferred from context.", "true, если дата установлена по контексту."),
        lambda o, d: o.source.date_inferred,
    ),
    Column(
        "source_language",
        doc("The source's language (ISO 639-1).", "Язык источника (ISO 639-1)."),
        lambda o, d: o.source.language,
    ),
    Column(
        "source_via",
        doc("Whom the source cites or carries.", "На кого ссылается источник."),
        lambda o, d: o.source.via,
    ),
    Column(
        "also_reported_by",
        doc(
            "Ids of other sources reporting the same figure, separated by spaces.",
            "Идентификаторы других источников с тем же значением, через пробел.",
        ),
        lambda o, d: " ".join(s.id for s in o.also_reported_by) or None,
    ),
    Column(
        "quote",
        doc("The source's words, verbatim, in its language.", "Дословная цитата из источника."),
        lambda o, d: o.quote,
    ),
    Column(
        "quote_gloss",
        doc(
            "An English gloss of a quote in another language.",
            "Перевод цитаты на английский, если она на другом языке.",
        ),
        lambda o, d: o.quote_gloss,
    ),
    Column(
        "note_en",
        doc("A note on this figure, in English.", "Примечание к значению, по-английски."),
        lambda o, d: _localized(o.note, "en"),
    ),
    Column(
        "note_ru",
        doc("A note on this figure, in Russian.", "Примечание к значению, по-русски."),
        lambda o, d: _localized(o.note, "ru"),
    ),
    Column(
        "fact_note_en",
        doc("A note on the fact as a whole, in English.", "Примечание к показателю, по-английски."),
        lambda o, d: _localized(d.facts[o.fact_id].note, "en"),
    ),
    Column(
        "fact_note_ru",
        doc("A note on the fact as a whole, in Russian.", "Примечание к показателю, по-русски."),
        lambda o, d: _localized(d.facts[o.fact_id].note, "ru"),
    ),
    Column(
        "ref",
        doc(
            "The row of the project's research dossier the figure comes from.",
            "Строка исследовательского досье проекта, из которой взято значение.",
        ),
        lambda o, d: o.ref,
    ),
)

SOURCE_COLUMNS = (
    Column("source_id", doc("Stable id of the source.", "Постоянный идентификатор источника."), lambda s, d: s.id),
    Column("publisher", doc("Who published it.", "Кто опубликовал."), lambda s, d: s.publisher),
    Column("title", doc("The page's title.", "Заголовок страницы."), lambda s, d: s.title),
    Column(
        "url",
        doc("The page's address; empty when none is preserved.", "Адрес; пусто, если не сохранился."),
        lambda s, d: s.url,
    ),
    Column(
        "published",
        doc(
            "When it was published (YYYY, YYYY-MM or YYYY-MM-DD); empty when undated.",
            "Дата публикации (ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД); пусто, если без даты.",
        ),
        lambda s, d: published_text(s),
    ),
    Column(
        "date_inferred",
        doc("true when that date is inferred from context.", "true, если дата установлена по контексту."),
        lambda s, d: s.date_inferred,
    ),
    Column("language", doc("Its language (ISO 639-1).", "Язык (ISO 639-1)."), lambda s, d: s.language),
    Column("via", doc("Whom it cites or carries.", "На кого ссылается."), lambda s, d: s.via),
    Column("note_en", doc("A caveat, in English.", "Оговорка, по-английски."), lambda s, d: _localized(s.note, "en")),
    Column("note_ru", doc("A caveat, in Russian.", "Оговорка, по-русски."), lambda s, d: _localized(s.note, "ru")),
    Column(
        "cited_by",
        doc(
            "Ids of the facts and events that cite it, separated by spaces.",
            "Идентификаторы показателей и событий, которые на него ссылаются, через пробел.",
        ),
        lambda s, d: " ".join(item.id for item in d.citations(s.id)),
    ),
)

STAMP_COLUMNS = (
    Column(
        "build_date",
        doc("The day this file was built (YYYY-MM-DD).", "День сборки файла (ГГГГ-ММ-ДД)."),
        lambda stamp: stamp.date.isoformat(),
    ),
    Column(
        "build_commit",
        doc(
            "The git commit it was built from, with -dirty when the data differed from it; empty when unknown.",
            "Коммит git, из которого собран файл; с -dirty, если данные отличались от него; пусто, если неизвестен.",
        ),
        lambda stamp: stamp.commit,
    ),
)
