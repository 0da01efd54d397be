"""The columns of sources.csv, and what every download column is: a `Column` with what it holds in
each language (`doc`). `download_columns.py` builds facts.csv's columns from the same pieces and
re-exports these, so `downloads.py` and the Data page read every column from one place.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from macros.data.model import Observation, Source


@dataclass(frozen=True)
class Column:
    name: str
    doc: Mapping[str, str]  # {en, ru}: what the column holds, for the Data page
    value: Callable[..., Any]  # (row object, dataset) -> cell; (stamp) -> cell for the stamp columns


def localized(texts: Mapping[str, str] | None, lang: str) -> str | None:
    """The text in `lang`, or None (an empty cell) when there is none."""
    return texts.get(lang) if texts else None


def published_text(source: Source) -> str | None:
    return source.published.text if source.published else None


def doc(en: str, ru: str) -> Mapping[str, str]:
    """What a column or a file holds, in each language of the site: read-only, as every column is a constant."""
    return MappingProxyType({"en": en, "ru": ru})


SOURCE_TYPE_DOC = doc(
    "What kind of publication it is: `official`, `agency` (news agency), `media` (an outlet with its own newsroom), "
    "`aggregator` (republishes others' reports), `mirror` (a copy of another outlet's page) or `blog`.",
    "Тип публикации: `official` (официальный источник), `agency` (информационное агентство), `media` (СМИ с "
    "собственной редакцией), `aggregator` (перепечатывает чужие материалы), `mirror` (копия чужой публикации) или "
    "`blog` (блог).",
)
VIA_DOC = doc(
    "The outlet whose report the page carries or copies, by name; empty when it names none.",
    "Издание, чей материал страница перепечатывает или на который ссылается; пусто, если не названо.",
)
DATE_APPROXIMATE_DOC = doc(
    "`true` when that date is approximate: the page shows none, and it is worked out from the context.",
    "`true`, если дата приблизительная: на странице её нет, и она определена по контексту.",
)

SOURCE_COLUMNS = (
    Column("source_id", doc("Stable id of the source.", "Постоянный идентификатор источника."), lambda s, d: s.id),
    Column("publisher", doc("Who published it.", "Кто опубликовал."), lambda s, d: s.publisher),
    Column(
        "publisher_ru",
        doc(
            "The publisher's established Russian name, where it has one (ТАСС, «Коммерсантъ»).",
            "Принятое русское название издателя, если оно есть (ТАСС, «Коммерсантъ»).",
        ),
        lambda s, d: s.publisher_ru,
    ),
    Column("type", SOURCE_TYPE_DOC, lambda s, d: s.type),
    Column("title", doc("The page's title.", "Заголовок страницы."), lambda s, d: s.title),
    Column(
        "url",
        doc("The page's address; empty when no link is available.", "Адрес; пусто, если ссылки нет."),
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
        DATE_APPROXIMATE_DOC,
        lambda s, d: s.date_inferred,
    ),
    Column("language", doc("Its language (ISO 639-1).", "Язык (ISO 639-1)."), lambda s, d: s.language),
    Column("via", VIA_DOC, lambda s, d: s.via),
    Column("note_en", doc("A caveat, in English.", "Оговорка, по-английски."), lambda s, d: localized(s.note, "en")),
    Column("note_ru", doc("A caveat, in Russian.", "Оговорка, по-русски."), lambda s, d: localized(s.note, "ru")),
    Column(
        "cited_by",
        doc(
            "Ids of the facts and events that cite it, separated by spaces.",
            "Идентификаторы показателей и событий, которые на него ссылаются, через пробел.",
        ),
        lambda s, d: " ".join(item.id for item in d.citations(s.id)),
    ),
)


def source_evidence_json(source: Source) -> dict[str, Any]:
    """What facts.json says of a source's kind (issue 12): its type and its Russian name."""
    return {"type": source.type, "publisher_ru": source.publisher_ru}


def observation_evidence_json(observation: Observation) -> dict[str, Any]:
    """What facts.json says of a figure's evidence (issue 12): undated, whose statistics, how it was
    calculated, and whether it is known only from copies. An undated figure's period has no start or end."""
    derived = observation.derived
    period = observation.period
    return {
        "period": {
            "text": period.text,
            "start": None if period.is_undated else period.first.isoformat(),
            "end": None if period.is_undated else period.last.isoformat(),
        },
        "undated": period.is_undated,
        "basis": observation.basis,
        "derived": None
        if derived is None
        else {
            "method": dict(derived.method),
            "inputs": [{"value": i.value, "source": i.source.id, "quote": i.quote} for i in derived.inputs],
        },
        "only_from_copies": observation.only_from_copies,
    }
