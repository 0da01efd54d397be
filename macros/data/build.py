"""Build the frozen model (`model.Dataset`) from data that passed every check.

Nothing here checks: `load.py` calls `build_dataset` only when conforming (`conform.py`) and the rules
(`rules.py`) found no problem, so every id resolves and every required field is there. A field that
is not what the checks promise is a bug, and raises.
"""

from __future__ import annotations

from typing import cast

from macros.data.build_commitments import with_commitments
from macros.data.conform import RawArea, RawData, RawRecord
from macros.data.model import (
    Area,
    Dataset,
    Derivation,
    DerivedInput,
    Event,
    Fact,
    Observation,
    OtherDate,
    Source,
    SourceLocation,
    Speaker,
)
from macros.data.periods import Period, Point
from macros.data.units import UNITS
from macros.data.vocabulary import REGISTRY_FILES, Basis, Qualifier, Side, SourceType


def _optional_localized(record: RawRecord, key: str) -> dict[str, str] | None:
    localized: dict[str, str] | None = record.get(key, dict)
    return localized


def _glosses(record: RawRecord) -> dict[str, str]:
    glosses: dict[str, str] | None = record.get("quote_gloss", dict)
    return glosses or {}


def _number(record: RawRecord) -> int | float:
    value = record.fields["value"]
    if not isinstance(value, (int, float)):  # a bug: the number kind let it through
        raise TypeError(f"value is {value!r}, not a number")
    return value


def _derivation(raw: RawRecord | None, sources: dict[str, Source]) -> Derivation | None:
    if raw is None:
        return None
    return Derivation(
        method=raw.need("method", dict),
        inputs=tuple(
            DerivedInput(
                value=_number(item),
                source=sources[item.need("source", str)],
                quote=item.need("quote", str),
                quote_gloss=_glosses(item),
            )
            for item in raw.records("inputs")
        ),
    )


def _sources_of(record: RawRecord, key: str, sources: dict[str, Source]) -> tuple[Source, ...]:
    return tuple(sources[source_id] for source_id in record.get(key, tuple) or ())


def _source(source_id: str, raw: RawRecord) -> Source:
    return Source(
        id=source_id,
        publisher=raw.need("publisher", str),
        type=cast(SourceType, raw.need("type", str)),
        publisher_ru=raw.get("publisher_ru", str),
        title=raw.get("title", str),
        url=raw.get("url", str),
        published=raw.get("published", Point),
        date_inferred=raw.need("date_inferred", bool),
        language=raw.need("language", str),
        via=raw.get("via", str),
        note=_optional_localized(raw, "note"),
        origin=SourceLocation(REGISTRY_FILES["sources"], raw.line),
    )


def _speaker(speaker_id: str, raw: RawRecord) -> Speaker:
    return Speaker(
        id=speaker_id,
        name=raw.need("name", dict),
        role=_optional_localized(raw, "role"),
        side=cast(Side, raw.need("side", str)),
        origin=SourceLocation(REGISTRY_FILES["speakers"], raw.line),
        short=_optional_localized(raw, "short"),
    )


def _observation(
    fact_id: str, raw: RawRecord, path: str, sources: dict[str, Source], speakers: dict[str, Speaker]
) -> Observation:
    stated_by = raw.get("stated_by", str)
    return Observation(
        fact_id=fact_id,
        value=_number(raw),
        period=raw.need("period", Period),
        qualifier=cast(Qualifier, raw.need("qualifier", str)),
        stated_by=speakers[stated_by] if stated_by else None,
        source=sources[raw.need("source", str)],
        also_reported_by=_sources_of(raw, "also_reported_by", sources),
        quote=raw.get("quote", str),
        quote_gloss=_glosses(raw),
        basis=cast("Basis | None", raw.get("basis", str)),
        derived=_derivation(raw.get("derived", RawRecord), sources),
        note=_optional_localized(raw, "note"),
        headline=raw.need("headline", bool),
        ref=raw.get("ref", str),
        origin=SourceLocation(path, raw.line),
    )


def _fact(area: RawArea, name: str, raw: RawRecord, sources: dict[str, Source], speakers: dict[str, Speaker]) -> Fact:
    fact_id = f"{area.id}.{name}"
    return Fact(
        id=fact_id,
        area=area.id,
        label=raw.need("label", dict),
        unit=UNITS[raw.need("unit", str)],
        note=_optional_localized(raw, "note"),
        planned=raw.need("planned", bool),
        review_every_days=raw.get("review_every_days", int),
        observations=tuple(
            _observation(fact_id, observation, area.path, sources, speakers)
            for observation in raw.records("observations")
        ),
        origin=SourceLocation(area.path, raw.line),
        chart_events=raw.get("chart_events", tuple) or (),
    )


def _event(area: RawArea, name: str, raw: RawRecord, sources: dict[str, Source]) -> Event:
    return Event(
        id=f"{area.id}.{name}",
        area=area.id,
        date=raw.need("date", Period),
        title=raw.need("title", dict),
        summary=_optional_localized(raw, "summary"),
        source=sources[raw.need("source", str)],
        also_reported_by=_sources_of(raw, "also_reported_by", sources),
        quote=raw.get("quote", str),
        quote_gloss=_glosses(raw),
        planned=raw.need("planned", bool),
        state_visit_2025=raw.need("state_visit_2025", bool),
        other_dates=tuple(
            OtherDate(
                date=other.need("date", Period),
                source=sources[other.need("source", str)],
                note=_optional_localized(other, "note"),
                ref=other.get("ref", str),
            )
            for other in raw.records("other_dates")
        ),
        ref=raw.get("ref", str),
        origin=SourceLocation(area.path, raw.line),
    )


def build_dataset(data: RawData) -> Dataset:
    """The model of data that passed every check."""
    sources = {source_id: _source(source_id, raw) for source_id, raw in data.sources.items()}
    speakers = {speaker_id: _speaker(speaker_id, raw) for speaker_id, raw in data.speakers.items()}
    areas: dict[str, Area] = {}
    all_facts: dict[str, Fact] = {}
    all_events: dict[str, Event] = {}
    for area in data.areas:
        facts = {name: _fact(area, name, raw, sources, speakers) for name, raw in area.record.named("facts").items()}
        events = {name: _event(area, name, raw, sources) for name, raw in area.record.named("events").items()}
        all_facts.update((fact.id, fact) for fact in facts.values())
        all_events.update((event.id, event) for event in events.values())
        areas[area.id] = Area(
            id=area.id, title=area.record.need("title", dict), facts=facts, events=events, path=area.path
        )
    dataset = Dataset(sources=sources, speakers=speakers, areas=areas, facts=all_facts, events=all_events)
    return with_commitments(dataset, data)
