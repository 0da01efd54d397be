"""The downloads every build writes into the site: data/facts.json, data/facts.csv, data/sources.csv.

`hooks.py` writes them after the build; the Data page (`pagemacros.downloads`, `download_columns`)
documents them from the same column lists below, so the documentation cannot drift from the files.
Every observation of every fact is one CSV row; fact ids are the stable keys. Each file carries the
build date and the commit it was built from.
"""
from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from macros.site.build_info import BuildStamp
from macros.data.model import Dataset, Observation, Source

DOWNLOAD_FOLDER = "data"  # inside the built site, beside the Data page (docs/data.md -> data/)


@dataclass(frozen=True)
class Column:
    name: str
    doc: dict  # {en, ru}: what the column holds, for the Data page
    value: Callable  # row object -> cell


def _text(value) -> str:
    """A cell: '' for nothing, 'true'/'false' for yes/no, numbers as written in the data."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _localized(localized: dict | None, lang: str):
    return localized[lang] if localized else None


def _published(source: Source):
    return source.published.text if source.published else None


def _speaker(observation: Observation, attribute: str, lang: str | None = None):
    speaker = observation.stated_by
    if speaker is None:
        return None
    value = getattr(speaker, attribute)
    return _localized(value, lang) if lang else value


def _doc(en: str, ru: str) -> dict:
    return {"en": en, "ru": ru}


FACT_COLUMNS = (
    Column("fact_id", _doc("Stable id of the fact, <area>.<name>; the same on every build.",
                           "Постоянный идентификатор показателя, <раздел>.<имя>; не меняется от сборки к сборке."),
           lambda o, d: o.fact_id),
    Column("area", _doc("Cooperation area (the first part of the id).", "Раздел сотрудничества (первая часть идентификатора)."),
           lambda o, d: d.facts[o.fact_id].area),
    Column("label_en", _doc("What the fact measures, in English.", "Что измеряет показатель, по-английски."),
           lambda o, d: d.facts[o.fact_id].label["en"]),
    Column("label_ru", _doc("What the fact measures, in Russian.", "Что измеряет показатель, по-русски."),
           lambda o, d: d.facts[o.fact_id].label["ru"]),
    Column("unit", _doc("Unit id, e.g. usd_billion: the value 4.1 means 4.1 billion US dollars.",
                        "Код единицы, например usd_billion: значение 4.1 означает 4,1 млрд долларов США."),
           lambda o, d: d.facts[o.fact_id].unit.id),
    Column("unit_description", _doc("The unit in words.", "Единица словами (по-английски)."),
           lambda o, d: d.facts[o.fact_id].unit.doc),
    Column("planned", _doc("true when the fact is a target or plan, not a result.",
                           "true, если показатель плановый или целевой, а не достигнутый."),
           lambda o, d: d.facts[o.fact_id].planned),
    Column("value", _doc("The figure, in the unit, with a dot as decimal separator.",
                         "Значение в указанной единице; десятичный разделитель — точка."),
           lambda o, d: o.value),
    Column("qualifier", _doc("exact, about, almost, more_than, less_than or up_to: how the source words the figure.",
                             "exact, about, almost, more_than, less_than или up_to: как источник формулирует число."),
           lambda o, d: o.qualifier),
    Column("period", _doc("The period the figure refers to, as in the data: 2024, 2024-05, 2025-11-26, or START/END "
                          "such as 2025-01/2025-09.",
                          "Период, к которому относится число, как в данных: 2024, 2024-05, 2025-11-26 или "
                          "НАЧАЛО/КОНЕЦ, например 2025-01/2025-09."),
           lambda o, d: o.period.text),
    Column("period_start", _doc("First day of the period (YYYY-MM-DD).", "Первый день периода (ГГГГ-ММ-ДД)."),
           lambda o, d: o.period.first.isoformat()),
    Column("period_end", _doc("Last day of the period (YYYY-MM-DD).", "Последний день периода (ГГГГ-ММ-ДД)."),
           lambda o, d: o.period.last.isoformat()),
    Column("headline", _doc("true for the figure the site shows by default for this fact.",
                            "true для значения, которое сайт показывает по умолчанию."),
           lambda o, d: o.headline),
    Column("stated_by", _doc("Id of the person or body the source quotes; empty when the source itself reports it.",
                             "Идентификатор человека или ведомства, на которого ссылается источник; пусто, если "
                             "сообщает сам источник."),
           lambda o, d: _speaker(o, "id")),
    Column("stated_by_name_en", _doc("Their name in English.", "Имя по-английски."),
           lambda o, d: _speaker(o, "name", "en")),
    Column("stated_by_name_ru", _doc("Their name in Russian.", "Имя по-русски."),
           lambda o, d: _speaker(o, "name", "ru")),
    Column("stated_by_role_en", _doc("The role in which they spoke, in English.", "Должность по-английски."),
           lambda o, d: _speaker(o, "role", "en")),
    Column("stated_by_role_ru", _doc("The role in which they spoke, in Russian.", "Должность по-русски."),
           lambda o, d: _speaker(o, "role", "ru")),
    Column("stated_by_side", _doc("russia, kyrgyzstan or other: which side they speak for.",
                                  "russia, kyrgyzstan или other: чью сторону представляет."),
           lambda o, d: _speaker(o, "side")),
    Column("source_id", _doc("Id of the source (a row of sources.csv).", "Идентификатор источника (строка sources.csv)."),
           lambda o, d: o.source.id),
    Column("source_publisher", _doc("Who published the source.", "Кто опубликовал источник."),
           lambda o, d: o.source.publisher),
    Column("source_title", _doc("The source page's title.", "Заголовок страницы источника."),
           lambda o, d: o.source.title),
    Column("source_url", _doc("The source page's address; empty when none is preserved.",
                              "Адрес страницы источника; пусто, если адрес не сохранился."),
           lambda o, d: o.source.url),
    Column("source_published", _doc("When the source was published (YYYY, YYYY-MM or YYYY-MM-DD); empty when undated.",
                                    "Дата публикации источника (ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД); пусто, если без даты."),
           lambda o, d: _published(o.source)),
    Column("source_date_inferred", _doc("true when that date is inferred from context.",
                                        "true, если дата установлена по контексту."),
           lambda o, d: o.source.date_inferred),
    Column("source_language", _doc("The source's language (ISO 639-1).", "Язык источника (ISO 639-1)."),
           lambda o, d: o.source.language),
    Column("source_via", _doc("Whom the source cites or carries.", "На кого ссылается источник."),
           lambda o, d: o.source.via),
    Column("also_reported_by", _doc("Ids of other sources reporting the same figure, separated by spaces.",
                                    "Идентификаторы других источников с тем же значением, через пробел."),
           lambda o, d: " ".join(s.id for s in o.also_reported_by) or None),
    Column("quote", _doc("The source's words, verbatim, in its language.", "Дословная цитата из источника."),
           lambda o, d: o.quote),
    Column("quote_gloss", _doc("An English gloss of a quote in another language.",
                               "Перевод цитаты на английский, если она на другом языке."),
           lambda o, d: o.quote_gloss),
    Column("note_en", _doc("A note on this figure, in English.", "Примечание к значению, по-английски."),
           lambda o, d: _localized(o.note, "en")),
    Column("note_ru", _doc("A note on this figure, in Russian.", "Примечание к значению, по-русски."),
           lambda o, d: _localized(o.note, "ru")),
    Column("fact_note_en", _doc("A note on the fact as a whole, in English.", "Примечание к показателю, по-английски."),
           lambda o, d: _localized(d.facts[o.fact_id].note, "en")),
    Column("fact_note_ru", _doc("A note on the fact as a whole, in Russian.", "Примечание к показателю, по-русски."),
           lambda o, d: _localized(d.facts[o.fact_id].note, "ru")),
    Column("ref", _doc("The row of the project's research dossier the figure comes from.",
                       "Строка исследовательского досье проекта, из которой взято значение."),
           lambda o, d: o.ref),
)

SOURCE_COLUMNS = (
    Column("source_id", _doc("Stable id of the source.", "Постоянный идентификатор источника."), lambda s, d: s.id),
    Column("publisher", _doc("Who published it.", "Кто опубликовал."), lambda s, d: s.publisher),
    Column("title", _doc("The page's title.", "Заголовок страницы."), lambda s, d: s.title),
    Column("url", _doc("The page's address; empty when none is preserved.", "Адрес; пусто, если не сохранился."),
           lambda s, d: s.url),
    Column("published", _doc("When it was published (YYYY, YYYY-MM or YYYY-MM-DD); empty when undated.",
                             "Дата публикации (ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД); пусто, если без даты."),
           lambda s, d: _published(s)),
    Column("date_inferred", _doc("true when that date is inferred from context.", "true, если дата установлена по контексту."),
           lambda s, d: s.date_inferred),
    Column("language", _doc("Its language (ISO 639-1).", "Язык (ISO 639-1)."), lambda s, d: s.language),
    Column("via", _doc("Whom it cites or carries.", "На кого ссылается."), lambda s, d: s.via),
    Column("note_en", _doc("A caveat, in English.", "Оговорка, по-английски."), lambda s, d: _localized(s.note, "en")),
    Column("note_ru", _doc("A caveat, in Russian.", "Оговорка, по-русски."), lambda s, d: _localized(s.note, "ru")),
    Column("cited_by", _doc("Ids of the facts and events that cite it, separated by spaces.",
                            "Идентификаторы показателей и событий, которые на него ссылаются, через пробел."),
           lambda s, d: " ".join(item.id for item in d.citations(s.id))),
)

STAMP_COLUMNS = (
    Column("build_date", _doc("The day this file was built (YYYY-MM-DD).", "День сборки файла (ГГГГ-ММ-ДД)."),
           lambda stamp: stamp.date.isoformat()),
    Column("build_commit", _doc("The git commit it was built from, with -dirty when the data differed from it; "
                                "empty when unknown.",
                                "Коммит git, из которого собран файл; с -dirty, если данные отличались от него; "
                                "пусто, если неизвестен."),
           lambda stamp: stamp.commit),
)


def _csv(columns: tuple, items, dataset: Dataset, stamp: BuildStamp) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([c.name for c in columns + STAMP_COLUMNS])
    stamp_cells = [_text(c.value(stamp)) for c in STAMP_COLUMNS]
    for item in items:
        writer.writerow([_text(c.value(item, dataset)) for c in columns] + stamp_cells)
    return out.getvalue()


def all_observations(dataset: Dataset) -> list:
    """Every observation, fact by fact in data order, each fact's observations as written."""
    return [o for fact in dataset.facts.values() for o in fact.observations]


def facts_csv(dataset: Dataset, stamp: BuildStamp) -> str:
    return _csv(FACT_COLUMNS, all_observations(dataset), dataset, stamp)


def sources_csv(dataset: Dataset, stamp: BuildStamp) -> str:
    return _csv(SOURCE_COLUMNS, dataset.sources.values(), dataset, stamp)


def _source_json(source: Source) -> dict:
    return {"publisher": source.publisher, "title": source.title, "url": source.url,
            "published": _published(source), "date_inferred": source.date_inferred,
            "language": source.language, "via": source.via, "note": source.note}


def facts_json(dataset: Dataset, stamp: BuildStamp, site_name: str = "") -> str:
    """Facts with their observations nested, speakers inline and sources by id, plus the build stamp."""
    return _with_site(_facts_json_without_site(dataset, stamp), site_name)


def _with_site(document_json: str, site_name: str) -> str:
    """The document with "site" as its first key (each edition names itself; the rest is shared)."""
    return '{"site": ' + json.dumps(site_name, ensure_ascii=False) + ", " + document_json[1:]


def _facts_json_without_site(dataset: Dataset, stamp: BuildStamp) -> str:
    facts = []
    for fact in dataset.facts.values():
        facts.append({
            "id": fact.id, "area": fact.area, "label": fact.label,
            "unit": {"id": fact.unit.id, "description": fact.unit.doc}, "planned": fact.planned, "note": fact.note,
            "observations": [{
                "value": o.value, "qualifier": o.qualifier,
                "period": {"text": o.period.text, "start": o.period.first.isoformat(), "end": o.period.last.isoformat()},
                "headline": o.headline,
                "stated_by": None if o.stated_by is None else {
                    "id": o.stated_by.id, "name": o.stated_by.name, "role": o.stated_by.role, "side": o.stated_by.side},
                "source": o.source.id, "also_reported_by": [s.id for s in o.also_reported_by],
                "quote": o.quote, "quote_gloss": o.quote_gloss, "note": o.note, "ref": o.ref,
            } for o in fact.observations],
        })
    document = {
        "build_date": stamp.date.isoformat(), "build_commit": stamp.commit,
        "facts": facts,
        "sources": {source.id: _source_json(source) for source in dataset.sources.values()},
    }
    # On one line: json writes an indented document in Python, a compact one in C, about four times
    # faster; the file is for programs, which do not need the indentation, and it is a fifth smaller.
    return json.dumps(document, ensure_ascii=False) + "\n"


DOWNLOADS = {  # file name -> (what it holds, {en, ru}), in the order the Data page lists them
    "facts.csv": _doc("Every reported figure, one row each, with its fact, period, who stated it and its source.",
                      "Каждое приведённое значение отдельной строкой: показатель, период, кто заявил, источник."),
    "sources.csv": _doc("Every source, one row each, with the facts and events that cite it.",
                        "Каждый источник отдельной строкой, со ссылающимися на него показателями и событиями."),
    "facts.json": _doc("The same facts as JSON: each fact with its observations, and the sources by id.",
                       "Те же показатели в JSON: каждый со всеми значениями, источники по идентификатору."),
}


# The downloads of the last dataset and stamp: each edition writes the same files beside its Data page, and
# only facts.json's "site" differs between them, so the second edition reuses the first one's work.
_last_contents: dict = {}


def download_contents(dataset: Dataset, stamp: BuildStamp, site_name: str = "") -> dict:
    """File name -> text, for every download."""
    key = (id(dataset), stamp)
    if key not in _last_contents:
        _last_contents.clear()
        _last_contents[key] = (dataset, facts_csv(dataset, stamp), sources_csv(dataset, stamp),
                               _facts_json_without_site(dataset, stamp))
    _, facts, sources, document_json = _last_contents[key]
    return {"facts.csv": facts, "sources.csv": sources, "facts.json": _with_site(document_json, site_name)}


def write_downloads(dataset: Dataset, site_dir: Path, stamp: BuildStamp, site_name: str = "") -> list:
    """Write every download into `site_dir/data/`; returns the paths written."""
    folder = Path(site_dir) / DOWNLOAD_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in download_contents(dataset, stamp, site_name).items():
        path = folder / name
        path.write_text(text, encoding="utf-8", newline="")
        written.append(path)
    return written
