"""The columns of the CSV downloads, each with what it holds in each language.

`downloads.py` writes data/facts.csv and data/sources.csv from these tuples, in this order; the Data
page (`page_macros.download_columns`) documents every column from the same tuples, so the
documentation cannot drift from the files. Every observation of every fact is one row of facts.csv,
every source one row of sources.csv; the stamp columns end every row of both.
"""

from __future__ import annotations

from typing import Any

from macros.data.model import Observation
from macros.site.source_columns import (
    DATE_APPROXIMATE_DOC,
    SOURCE_COLUMNS,
    SOURCE_TYPE_DOC,
    VIA_DOC,
    Column,
    doc,
    localized,
    published_text,
)

__all__ = ("FACT_COLUMNS", "SOURCE_COLUMNS", "STAMP_COLUMNS", "Column", "doc", "published_text")


def _speaker(observation: Observation, attribute: str, lang: str | None = None) -> Any:
    speaker = observation.stated_by
    if speaker is None:
        return None
    value = getattr(speaker, attribute)
    return localized(value, lang) if lang else value


FACT_COLUMNS = (
    Column(
        "fact_id",
        doc(
            "Stable id of the fact, <area>.<name>; the same on every build.",
            "Постоянный идентификатор показателя, <направление>.<имя>; не меняется от сборки к сборке.",
        ),
        lambda o, d: o.fact_id,
    ),
    Column(
        "observation",
        doc(
            "The figure's place among its fact's reported values (1, 2, ...), in the order of the data file; "
            "with fact_id, the row's key in this file.",
            "Номер значения среди значений показателя (1, 2, ...) в порядке файла данных; вместе с fact_id — "
            "ключ строки в этом файле.",
        ),
        lambda o, d: next(i for i, other in enumerate(d.facts[o.fact_id].observations, 1) if other is o),
    ),
    Column(
        "area",
        doc(
            "Cooperation area (the first part of the id).", "Направление сотрудничества (первая часть идентификатора)."
        ),
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
            "`true` when the fact is a target or plan, not a result.",
            "`true`, если показатель плановый или целевой, а не достигнутый.",
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
            "`exact`, `about`, `almost`, `more_than`, `at_least`, `less_than` or `up_to`: "
            "how the source words the figure.",
            "`exact`, `about`, `almost`, `more_than`, `at_least`, `less_than` или `up_to`: "
            "как источник формулирует число.",
        ),
        lambda o, d: o.qualifier,
    ),
    Column(
        "period",
        doc(
            "The period the figure refers to, as in the data: 2024, 2024-05, 2025-11-26, START/END "
            "such as 2025-01/2025-09, an academic year such as 2026/27, or `undated` when the source gives none.",
            "Период, к которому относится число, как в данных: 2024, 2024-05, 2025-11-26, "
            "НАЧАЛО/КОНЕЦ, например 2025-01/2025-09, учебный год, например 2026/27, или `undated`, "
            "если источник периода не называет.",
        ),
        lambda o, d: o.period.text,
    ),
    Column(
        "period_start",
        doc(
            "First day of the period (YYYY-MM-DD); empty when undated.",
            "Первый день периода (ГГГГ-ММ-ДД); пусто, если без даты.",
        ),
        lambda o, d: None if o.period.is_undated else o.period.first.isoformat(),
    ),
    Column(
        "period_end",
        doc(
            "Last day of the period (YYYY-MM-DD); empty when undated.",
            "Последний день периода (ГГГГ-ММ-ДД); пусто, если без даты.",
        ),
        lambda o, d: None if o.period.is_undated else o.period.last.isoformat(),
    ),
    Column(
        "headline",
        doc(
            "`true` for the figure the site shows by default for this fact.",
            "`true` для значения, которое сайт показывает по умолчанию.",
        ),
        lambda o, d: o.headline,
    ),
    Column(
        "undated",
        doc(
            "`true` when the source gives no period for the figure; it is then in no chart or series.",
            "`true`, если источник не называет периода; такое значение не входит в графики и ряды.",
        ),
        lambda o, d: o.period.is_undated,
    ),
    Column(
        "basis",
        doc(
            "Whose statistics the figure is, where the sources say: `russian_official`, `kyrgyz_official`, "
            "`international`, `estimate` or `unknown`; empty when not set.",
            "Чья это статистика, если источники это указывают: `russian_official`, `kyrgyz_official`, "
            "`international`, `estimate` или `unknown`; пусто, если не указано.",
        ),
        lambda o, d: o.basis,
    ),
    Column(
        "derived_method_en",
        doc(
            "For a value the editors calculated from stated ones: how, in English; empty for a stated value.",
            "Для значения, рассчитанного редакторами по названным числам: как, по-английски; пусто для названного.",
        ),
        lambda o, d: localized(o.derived.method, "en") if o.derived else None,
    ),
    Column(
        "derived_method_ru",
        doc("The same, in Russian.", "То же по-русски."),
        lambda o, d: localized(o.derived.method, "ru") if o.derived else None,
    ),
    Column(
        "derived_inputs",
        doc(
            "The stated numbers it is calculated from, each as value@source_id, separated by spaces.",
            "Названные числа, по которым оно рассчитано, каждое как значение@source_id, через пробел.",
        ),
        lambda o, d: " ".join(f"{i.value}@{i.source.id}" for i in o.derived.inputs) if o.derived else None,
    ),
    Column(
        "only_from_copies",
        doc(
            "`true` when every source of the figure is a copy (aggregator, mirror or blog).",
            "`true`, если все источники значения — перепечатки (агрегатор, копия или блог).",
        ),
        lambda o, d: o.only_from_copies,
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
            "`russia`, `kyrgyzstan` or `other`: which side they speak for.",
            "`russia`, `kyrgyzstan` или `other`: чью сторону представляет.",
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
    Column("source_type", SOURCE_TYPE_DOC, lambda o, d: o.source.type),
    Column(
        "source_title",
        doc("The source page's title.", "Заголовок страницы источника."),
        lambda o, d: o.source.title,
    ),
    Column(
        "source_url",
        doc(
            "The source page's address; empty when no link is available.",
            "Адрес страницы источника; пусто, если ссылки нет.",
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
        DATE_APPROXIMATE_DOC,
        lambda o, d: o.source.date_inferred,
    ),
    Column(
        "source_language",
        doc("The source's language (ISO 639-1).", "Язык источника (ISO 639-1)."),
        lambda o, d: o.source.language,
    ),
    Column(
        "source_via",
        VIA_DOC,
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
        "quote_gloss_en",
        doc(
            "The quote in English, when it is in another language.",
            "Перевод цитаты на английский, если она на другом языке.",
        ),
        lambda o, d: o.quote_gloss.get("en"),
    ),
    Column(
        "quote_gloss_ru",
        doc(
            "The quote in Russian, when it is in another language.",
            "Перевод цитаты на русский, если она на другом языке.",
        ),
        lambda o, d: o.quote_gloss.get("ru"),
    ),
    Column(
        "note_en",
        doc("A note on this figure, in English.", "Примечание к значению, по-английски."),
        lambda o, d: localized(o.note, "en"),
    ),
    Column(
        "note_ru",
        doc("A note on this figure, in Russian.", "Примечание к значению, по-русски."),
        lambda o, d: localized(o.note, "ru"),
    ),
    Column(
        "fact_note_en",
        doc("A note on the fact as a whole, in English.", "Примечание к показателю, по-английски."),
        lambda o, d: localized(d.facts[o.fact_id].note, "en"),
    ),
    Column(
        "fact_note_ru",
        doc("A note on the fact as a whole, in Russian.", "Примечание к показателю, по-русски."),
        lambda o, d: localized(d.facts[o.fact_id].note, "ru"),
    ),
    Column(
        "ref",
        doc(
            "The editors' reference for the figure in their research notes, e.g. `T14`.",
            "Пометка редакторов: где значение записано в их рабочих заметках, например `T14`.",
        ),
        lambda o, d: o.ref,
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
            "The git commit it was built from, with `-dirty` when the data differed from it; empty when unknown.",
            "Коммит git, из которого собран файл; с `-dirty`, если данные отличались от него; пусто, если неизвестен.",
        ),
        lambda stamp: stamp.commit,
    ),
)
